package org.vigie.text.lang.fr;

import java.util.ArrayList;
import java.util.List;
import org.vigie.text.lang.ReportativeForm;
import org.vigie.text.scan.FoldedText;

/**
 * The French journalistic conditional, the strongest non-commitment marker of French news
 * (methods.md §7.3): "auraient été tués", "dépasseraient 3 000 hommes". A verb in -rait or -raient
 * is a reportative cue unless
 *
 * <ul>
 *   <li>a "si" clause makes it hypothetical ("Si Pyongyang envoyait des renforts, la Russie
 *       disposerait de..."),
 *   <li>it is a future in the past after a past main verb and "que" ("a déclaré que Pyongyang
 *       enverrait"), which "aurait"/"serait" + participle never are,
 *   <li>it expresses a wish or a need ("voudrait", "faudrait"), or the word is a noun ("portrait",
 *       "retrait").
 * </ul>
 */
final class FrenchConditional {

  private static final String[] NOT_HEDGES = {
    "voudr", "souhaiter", "aimer", "prefer", "faudr", "conviendr", "pourr", "devr"
  };

  private FrenchConditional() {}

  /** The conditional cues of {@code [from, to)}, a clause or a sentence. */
  static List<ReportativeForm> find(FoldedText t, int from, int to) {
    List<ReportativeForm> out = new ArrayList<>();
    boolean si = false;
    int que = -1;
    boolean pastBeforeQue = false;
    boolean past = false;
    for (int i = from; i < to; i++) {
      if (!t.wordStart(i)) {
        continue;
      }
      int end = t.wordEnd(i);
      if (end - i > 3 && !mayBeConditional(t, end) && !mayBePast(t, end)) {
        i = end - 1;
        continue;
      }
      String w = t.folded(i, end);
      if (w.equals("si") || (w.equals("s") && t.at(end) == '\'' && t.startsWith(end + 1, "il"))) {
        si = true;
      } else if (w.equals("que") || w.equals("qu")) {
        que = i;
        pastBeforeQue = past;
      } else if (isPast(w)) {
        past = true;
      } else if (isConditional(w) && !si) {
        boolean auxiliary = w.startsWith("aur") || w.startsWith("ser");
        if (auxiliary || que < 0 || !pastBeforeQue) {
          out.add(new ReportativeForm(i, end));
        }
      }
      i = end - 1;
    }
    return out;
  }

  /** A cheap look at the last letters before building the word: "-rait", "-raient". */
  private static boolean mayBeConditional(FoldedText t, int end) {
    return t.at(end - 1) == 't'
        && t.at(end - 2) == 'i'
        && (t.at(end - 3) == 'a' || t.at(end - 3) == 'n');
  }

  /** "-ait", "-aient": a possible imperfect (or conditional). */
  private static boolean mayBePast(FoldedText t, int end) {
    return t.at(end - 1) == 't' && (t.at(end - 2) == 'i' || t.at(end - 2) == 'n');
  }

  private static boolean isConditional(String w) {
    if (w.length() < 6 || !(w.endsWith("rait") || w.endsWith("raient"))) {
      return false;
    }
    if (w.endsWith("trait")) {
      return false;
    }
    for (String stem : NOT_HEDGES) {
      if (w.startsWith(stem)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isPast(String w) {
    return w.equals("a")
        || w.equals("ont")
        || w.equals("avait")
        || w.equals("avaient")
        || ((w.endsWith("ait") || w.endsWith("aient")) && !isConditional(w) && w.length() > 5);
  }
}
