/**
 * Analysis of Competing Hypotheses (methods.md §3): the matrix of evidence against hypotheses, the
 * scoring schemes side by side, diagnosticity, sensitivity, and ratings by several analysts.
 */
package org.vigie.core.ach;
