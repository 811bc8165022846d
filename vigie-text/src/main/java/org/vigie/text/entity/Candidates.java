package org.vigie.text.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.vigie.text.scan.FoldedText;

/**
 * Names the actor list does not know, reported as candidates for an analyst to add: runs of two or
 * more capitalised words in Latin or Cyrillic script ("Andrew Hastie", "Institute for Defense
 * Analyses"), one capitalised word right after a role title ("министр обороны Иванов") or an
 * unknown acronym, and in Korean a three-syllable name before a title (김철수 장관). The type is a
 * guess: organisation when a word like "Ministry" or "Служба" is in it or it is an acronym, else
 * person.
 */
final class Candidates {

  private static final Set<String> CONNECTORS =
      Set.of("de", "du", "des", "la", "of", "the", "for", "von", "van", "der", "bin", "al", "el");

  /** The most common Korean family names: a candidate Korean name starts with one. */
  private static final String SURNAMES =
      "김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도석선설마길연위표명기반왕금옥육인맹제모탁국어";

  private static final boolean[] SURNAME = new boolean[Character.MAX_VALUE + 1];

  static {
    for (char c : SURNAMES.toCharArray()) {
      SURNAME[c] = true;
    }
  }

  private final NameWords words;

  Candidates(NameWords words) {
    this.words = words;
  }

  /** The candidates of {@code t}, given the entities already resolved (sorted by start). */
  List<Entity> find(FoldedText t, List<Entity> resolved) {
    boolean[] taken = new boolean[t.length + 1];
    for (Entity e : resolved) {
      for (int i = e.start(); i < e.end(); i++) {
        taken[i] = true;
      }
    }
    List<Entity> out = new ArrayList<>();
    List<int[]> run = new ArrayList<>();
    int i = 0;
    while (i < t.length) {
      if (!t.wordStart(i)) {
        i++;
        continue;
      }
      int end = tokenEnd(t, i);
      boolean adjacent = run.isEmpty() || onlySpaces(t, run.get(run.size() - 1)[1], i);
      if (isNamePart(t, i, end, taken) && adjacent) {
        run.add(new int[] {i, end});
      } else if (!run.isEmpty() && adjacent && CONNECTORS.contains(t.folded(i, end))) {
        run.add(new int[] {i, end, 1});
      } else {
        close(t, run, out);
        if (isNamePart(t, i, end, taken)) {
          run.add(new int[] {i, end});
        } else if (t.hangul(i)) {
          korean(t, i, end, taken, out);
        }
      }
      i = end;
    }
    close(t, run, out);
    return out;
  }

  private boolean isNamePart(FoldedText t, int start, int end, boolean[] taken) {
    return t.upper(start) && !taken[start] && !words.notName(t, start, end);
  }

  private void close(FoldedText t, List<int[]> run, List<Entity> out) {
    while (!run.isEmpty() && run.get(run.size() - 1).length == 3) {
      run.remove(run.size() - 1);
    }
    if (run.isEmpty()) {
      return;
    }
    int start = run.get(0)[0];
    int end = run.get(run.size() - 1)[1];
    boolean acronym = run.size() == 1 && acronym(t, start, end);
    if (run.size() >= 2 || acronym || afterTitle(t, start)) {
      boolean org = acronym || words.hasOrgWord(t, start, end);
      out.add(
          Entity.candidate(t.text, start, end, org ? EntityType.ORGANISATION : EntityType.PERSON));
    }
    run.clear();
  }

  /**
   * Whether a role title precedes: right before ("Defense Minister X"), before up to two lower-case
   * words ("министр обороны X", "ministre des Armées X"), or before the comma of an apposition ("le
   * ministre japonais de la Défense, X").
   */
  private boolean afterTitle(FoldedText t, int start) {
    int before = t.skipSpacesBack(start);
    if (before > 0 && t.at(before - 1) == ',') {
      int comma = before - 1;
      return words.hasTitle(t, Math.max(0, comma - 60), comma);
    }
    int end = before;
    for (int n = 0; n < 3; n++) {
      if (words.titleEndsAt(t, end)) {
        return true;
      }
      int w = t.wordStartBefore(end);
      if (w >= end || !t.lower(w)) {
        return false;
      }
      end = t.skipSpacesBack(w);
    }
    return false;
  }

  private void korean(FoldedText t, int start, int end, boolean[] taken, List<Entity> out) {
    if (end - start != 3 || taken[start] || !SURNAME[t.text.charAt(start)]) {
      return;
    }
    for (int k = start; k < end; k++) {
      if (!t.hangul(k)) {
        return;
      }
    }
    int next = t.skipSpaces(end);
    if (next == end || next >= t.length) {
      return;
    }
    int title = words.titleAt(t, next);
    if (title < 0) {
      int second = t.skipSpaces(tokenEnd(t, next));
      title = second > next ? words.titleAt(t, second) : -1;
    }
    if (title > 0) {
      out.add(Entity.candidate(t.text, start, end, EntityType.PERSON));
    }
  }

  private static boolean acronym(FoldedText t, int start, int end) {
    int n = end - start;
    if (n < 2 || n > 6) {
      return false;
    }
    for (int k = start; k < end; k++) {
      if (!t.upper(k)) {
        return false;
      }
    }
    return true;
  }

  /** A word with its inner hyphens: "Yong-hyun", "Jean-Yves". */
  static int tokenEnd(FoldedText t, int start) {
    int j = t.wordEnd(start);
    while (t.at(j) == '-' && t.alnum(j + 1) && !t.space(j - 1)) {
      j = t.wordEnd(j + 1);
    }
    return j;
  }

  private static boolean onlySpaces(FoldedText t, int from, int to) {
    if (to - from != 1) {
      return false;
    }
    return t.at(from) == ' ';
  }
}
