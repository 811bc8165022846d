/**
 * Tracked series: reports of one quantity over time ({@link org.vigie.core.series.Observation}),
 * pooled into an estimate with uncertainty and source house effects ({@code .pool}), tested for
 * biased revisions ({@code .revision}), and read from the estimates-timeline CSV ({@code
 * .timeline}). Pure functions; no I/O.
 */
package org.vigie.core.series;
