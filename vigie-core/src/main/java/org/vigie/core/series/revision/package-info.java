/**
 * Revision efficiency and biased-revision tests (methods §2): sign, Wilcoxon signed-rank, t on the
 * mean revision, Nordhaus AR(1), lag-1 autocorrelation with Ljung–Box, Wald–Wolfowitz runs,
 * Bayesian P(up-revision), Benjamini–Hochberg across sources, on fixed-target revisions and on
 * deviations from a leave-one-source-out consensus. Entry point {@link
 * org.vigie.core.series.revision.RevisionAnalysis}.
 */
package org.vigie.core.series.revision;
