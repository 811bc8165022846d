package org.vigie.core.judgement;

import java.util.Optional;

/**
 * The seven likelihood terms of ODNI ICD 203 (methods.md §7.1), with their bins. A probability
 * falls in the half-open bin [lower, upper), except that the last bin includes 0.99. Below 1 % or
 * above 99 % there is no word: show the number.
 */
public enum IcdLikelihood {
  ALMOST_NO_CHANCE("almost no chance", "remote", 0.01, 0.05),
  VERY_UNLIKELY("very unlikely", "highly improbable", 0.05, 0.20),
  UNLIKELY("unlikely", "improbable", 0.20, 0.45),
  ROUGHLY_EVEN_CHANCE("roughly even chance", "roughly even odds", 0.45, 0.55),
  LIKELY("likely", "probable", 0.55, 0.80),
  VERY_LIKELY("very likely", "highly probable", 0.80, 0.95),
  ALMOST_CERTAIN("almost certain", "nearly certain", 0.95, 0.99);

  private final String word;
  private final String alternative;
  private final double lower;
  private final double upper;

  IcdLikelihood(String word, String alternative, double lower, double upper) {
    this.word = word;
    this.alternative = alternative;
    this.lower = lower;
    this.upper = upper;
  }

  /** The term of the first row ("likely"). Do not mix it with the second row in one product. */
  public String word() {
    return word;
  }

  /** The term of the second row ("probable"). */
  public String alternative() {
    return alternative;
  }

  public double lower() {
    return lower;
  }

  public double upper() {
    return upper;
  }

  /** Arithmetic midpoint of the bin. */
  public double midpoint() {
    return (lower + upper) / 2;
  }

  /** Midpoint in log-odds; prefer it when feeding the aggregators. */
  public double logitMidpoint() {
    return Aggregation.expit((Aggregation.logit(lower) + Aggregation.logit(upper)) / 2);
  }

  /** The term for a probability, or empty below 0.01 or above 0.99. */
  public static Optional<IcdLikelihood> of(double p) {
    for (IcdLikelihood l : values()) {
      if (p >= l.lower && (p < l.upper || (l == ALMOST_CERTAIN && p <= l.upper))) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }

  /** The term for a probability, or the probability in per cent when there is none. */
  public static String phrase(double p) {
    return of(p)
        .map(IcdLikelihood::word)
        .orElseGet(() -> String.format(java.util.Locale.ROOT, "%.1f %%", 100 * p));
  }
}
