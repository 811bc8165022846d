/**
 * Reading an estimates timeline (CSV text, RFC 4180) into series of observations, with the
 * vague-quantifier defaults of methods §5.3. Pure functions of the file's text: the caller reads
 * the file.
 */
package org.vigie.core.series.timeline;
