package org.vigie.core.claim;

import java.util.Locale;

/** How a stated quantity relates to the true one. */
public enum Modifier {
  /** The number as stated: "11 000 soldats". */
  EXACT,
  /** About, nearly, some: "environ 11 000", "nearly 12,000". */
  APPROX,
  /** More than: "plus de 10 000". */
  GT,
  /** At least: "au moins 3 000". */
  GE,
  /** Less than: "moins de 500". */
  LT,
  /** At most, up to: "jusqu'à 6 000". */
  LE,
  /** Between two stated numbers: "11 à 12 000". */
  RANGE,
  /** A vague plural read as an interval: "des milliers" (2,000 to 9,999). */
  VAGUE;

  /** The lower-case name used in JSON and on the command line ({@code exact}, {@code gt}, ...). */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The modifier with this code.
   *
   * @throws IllegalArgumentException naming the codes there are
   */
  public static Modifier of(String code) {
    for (Modifier m : values()) {
      if (m.code().equals(code)) {
        return m;
      }
    }
    throw new IllegalArgumentException(
        "unknown modifier '" + code + "'; use exact, approx, gt, ge, lt, le, range or vague");
  }
}
