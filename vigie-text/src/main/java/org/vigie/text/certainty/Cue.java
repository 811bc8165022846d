package org.vigie.text.certainty;

import java.util.Objects;
import org.vigie.core.judgement.IcdLikelihood;

/**
 * A certainty cue found in a text.
 *
 * @param start offset of the first character, in UTF-16 units
 * @param end offset after the last character
 * @param text the cue as written
 * @param cueClass what it does to the claim's certainty
 * @param likelihood for an estimative word, the ICD 203 term it states; else null
 */
public record Cue(int start, int end, String text, CueClass cueClass, IcdLikelihood likelihood) {

  public Cue {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(cueClass, "cueClass");
    if (start < 0 || end <= start || text.length() != end - start) {
      throw new IllegalArgumentException(
          "bad cue span [" + start + ", " + end + ") '" + text + "'");
    }
    if ((cueClass == CueClass.ESTIMATIVE) != (likelihood != null)) {
      throw new IllegalArgumentException("only an estimative cue states a likelihood: " + text);
    }
  }
}
