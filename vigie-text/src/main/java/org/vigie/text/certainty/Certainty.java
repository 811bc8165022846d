package org.vigie.text.certainty;

import java.util.List;
import org.vigie.core.judgement.IcdLikelihood;

/**
 * How firmly a text commits to a claim, read from its cues.
 *
 * <p>The weakest cue sets the level: an explicit likelihood word ("likely", "вероятно") gives its
 * own ICD 203 term; otherwise the smallest commitment factor c among the cues does, through the
 * table of docs/certainty.md (c = 1.0 almost certain, 0.8 very likely, 0.7 likely, 0.5 roughly even
 * chance, 0.4 and 0.3 unlikely). Denials do not count. With no cue, everything is null: the text
 * says nothing about certainty.
 *
 * @param cues the cues found, in text order (denials included, for the analyst)
 * @param commitment the smallest c among the cues that have one, or null
 * @param likelihood the ICD 203 term, or null when the text gives no cue
 * @param probability the logit midpoint of the term's bin (methods §7.1), or null
 */
public record Certainty(
    List<Cue> cues, Double commitment, IcdLikelihood likelihood, Double probability) {

  public Certainty {
    cues = List.copyOf(cues);
  }

  /** Reads the level from the cues of one claim. */
  public static Certainty of(List<Cue> cues) {
    Double c = null;
    IcdLikelihood byCommitment = null;
    IcdLikelihood stated = null;
    for (Cue cue : cues) {
      CueClass k = cue.cueClass();
      if (k == CueClass.ESTIMATIVE) {
        stated = weaker(stated, cue.likelihood());
      } else if (k.likelihood() != null && (c == null || k.commitment() < c)) {
        c = k.commitment();
        byCommitment = k.likelihood();
      }
    }
    IcdLikelihood level = stated != null ? stated : byCommitment;
    return new Certainty(cues, c, level, level == null ? null : level.logitMidpoint());
  }

  private static IcdLikelihood weaker(IcdLikelihood a, IcdLikelihood b) {
    return a == null || b.ordinal() < a.ordinal() ? b : a;
  }
}
