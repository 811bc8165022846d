/**
 * Probability judgements (methods.md §4, §7.1): pooling several analysts' probabilities, scoring
 * forecasts against outcomes, and the ICD 203 words for a probability.
 */
package org.vigie.core.judgement;
