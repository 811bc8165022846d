package org.vigie.text.certainty;

import java.util.Locale;
import org.vigie.core.judgement.IcdLikelihood;

/**
 * Classes of certainty cues, with the default commitment factor c of methods.md §7.3 and the ICD
 * 203 term (§7.1) a claim carrying only that class is read at. See docs/certainty.md.
 */
public enum CueClass {
  /** "confirmed", "a confirmé", "подтвердил", 확인했다. */
  CONFIRMED(1.0, IcdLikelihood.ALMOST_CERTAIN),
  /** "according to", "selon", "заявил", 밝혔다: said, with no judgement. */
  ATTRIBUTION(0.8, IcdLikelihood.VERY_LIKELY),
  /** "estimated", "estime", "по оценкам", 추정. */
  ESTIMATE(0.7, IcdLikelihood.LIKELY),
  /** "may", "pourrait", "возможно", 가능성. */
  MODAL(0.5, IcdLikelihood.ROUGHLY_EVEN_CHANCE),
  /** "reportedly", the French journalistic conditional, "якобы", 것으로 알려졌다. */
  REPORTATIVE(0.5, IcdLikelihood.ROUGHLY_EVEN_CHANCE),
  /** "hinted", "a laissé entendre", "намекнул". */
  INSINUATION(0.4, IcdLikelihood.UNLIKELY),
  /** "unconfirmed", "could not be independently verified", "по неподтверждённым данным". */
  UNVERIFIED(0.3, IcdLikelihood.UNLIKELY),
  /** An explicit likelihood word ("likely", "вероятно"): it states its own ICD 203 term. */
  ESTIMATIVE(Double.NaN, null),
  /** "denied", "a démenti": separate evidence (an ACH row), not a cue of this claim's certainty. */
  DENIAL(Double.NaN, null);

  private final double commitment;
  private final IcdLikelihood likelihood;

  CueClass(double commitment, IcdLikelihood likelihood) {
    this.commitment = commitment;
    this.likelihood = likelihood;
  }

  /** The default commitment factor c, or NaN for estimative words and denials. */
  public double commitment() {
    return commitment;
  }

  /** The ICD 203 term a claim with only this cue is read at, or null. */
  public IcdLikelihood likelihood() {
    return likelihood;
  }

  /** The lower-case name used in JSON and data files ({@code reportative}). */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The class named {@code code}, or an exception listing the valid ones. */
  public static CueClass of(String code) {
    for (CueClass c : values()) {
      if (c.code().equals(code)) {
        return c;
      }
    }
    throw new IllegalArgumentException("unknown cue class '" + code + "'");
  }
}
