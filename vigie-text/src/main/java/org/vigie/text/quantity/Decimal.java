package org.vigie.text.quantity;

import java.math.BigDecimal;

/** Decimal arithmetic for numbers as written, so that 1,5 million is 1500000 and not 1499999.9. */
final class Decimal {

  private static final java.math.MathContext TWELVE = new java.math.MathContext(12);

  private Decimal() {}

  static double times(double a, double b) {
    if (!Double.isFinite(a) || !Double.isFinite(b)) {
      return a * b;
    }
    return new BigDecimal(Double.toString(a))
        .multiply(new BigDecimal(Double.toString(b)))
        .doubleValue();
  }

  static double plus(double a, double b) {
    if (!Double.isFinite(a) || !Double.isFinite(b)) {
      return a + b;
    }
    return new BigDecimal(Double.toString(a)).add(new BigDecimal(Double.toString(b))).doubleValue();
  }

  /** Rounds to 12 significant digits, to hide binary noise (0.85 × 1000 = 850). */
  static double tidy(double x) {
    if (!Double.isFinite(x) || x == 0 || x == Math.rint(x) && Math.abs(x) < 1e12) {
      return x;
    }
    return BigDecimal.valueOf(x).round(TWELVE).doubleValue();
  }
}
