/**
 * The claims of a text: the one place that runs the stages together over one folded text ({@link
 * org.vigie.text.claims.ClaimReader}).
 */
package org.vigie.text.claims;
