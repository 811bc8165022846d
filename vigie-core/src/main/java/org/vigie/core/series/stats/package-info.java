/**
 * Distribution functions the series maths needs (normal, Student t, binomial, χ²₁), written for
 * accuracy in the tails and free of any dependency.
 */
package org.vigie.core.series.stats;
