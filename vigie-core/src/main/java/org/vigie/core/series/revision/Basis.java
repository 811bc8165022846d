package org.vigie.core.series.revision;

/** What a row of revision tests is computed on (methods §2.2). */
public enum Basis {
  /**
   * The log changes between a source's successive figures. Meaningful for a fixed target ("total
   * sent in 2024"); for a quantity that really grows, upward revisions are expected.
   */
  FIXED_TARGET("fixed-target"),
  /**
   * The changes of d_k = ln(figure_k) − ln(consensus at t_k), the consensus being the pooled
   * estimate of the other sources (leave-one-source-out). Upward: the source rises relative to the
   * others, e.g. catching up from below.
   */
  CONSENSUS_DEVIATION("consensus-deviation");

  private final String label;

  Basis(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
