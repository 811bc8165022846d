package org.vigie.core.series;

/**
 * Rare steps of the pooled level on top of its slow drift: a second contingent sent, a new total
 * announced. Between two reports the level jumps with probability {@code 1 - exp(-perDay · days)},
 * by a log step of sd {@code sdLog}; whether it did is weighed by the reports themselves, so a
 * plateau of consistent figures keeps a narrow band while a genuine step is followed at once.
 *
 * @param sdLog sd of one jump in ln N (0.7: a factor of 2 at one sd)
 * @param perDay expected jumps per day (1/60: one every two months)
 */
public record Jumps(double sdLog, double perDay) {

  /** No jumps: the level is a plain Gaussian random walk. */
  public static final Jumps NONE = new Jumps(0, 0);

  public Jumps {
    if (!(sdLog >= 0) || !(perDay >= 0) || Double.isInfinite(sdLog) || Double.isInfinite(perDay)) {
      throw new IllegalArgumentException(
          "jump sd and rate must be finite and ≥ 0, got " + sdLog + " and " + perDay);
    }
  }

  public boolean on() {
    return sdLog > 0 && perDay > 0;
  }

  /** The chance of at least one jump in {@code days}. */
  public double probability(double days) {
    return on() ? -Math.expm1(-perDay * days) : 0;
  }

  /** The variance one jump adds to ln N. */
  public double variance() {
    return sdLog * sdLog;
  }
}
