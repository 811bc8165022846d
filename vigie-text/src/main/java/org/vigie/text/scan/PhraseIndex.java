package org.vigie.text.scan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A trie of folded phrases, matched in one left-to-right pass at word starts, longest first.
 *
 * <p>Form syntax: words are separated by a space or a hyphen, and either matches one to three
 * spaces, hyphens or line breaks in the text ("Kim Jong-un" finds "Kim Jong Un"). A word ending in
 * {@code ~} is a Russian or Ukrainian stem that may take a case ending ("Курск~" finds Курской); a
 * last word ending in {@code *} is a prefix of the word in the text ("추정*" finds 추정했다); a form
 * starting with {@code =} must match the text's letters in case too ("=US" is not "us"). A form
 * ending in Hangul also matches when Korean particles follow it (국정원은), the match ending before the
 * particle. Every match starts and ends on a word boundary.
 *
 * @param <V> what a phrase stands for
 */
public final class PhraseIndex<V> {

  /** A phrase found in a text: offsets in UTF-16 units, and what it stands for. */
  public record Match<V>(int start, int end, V value) {}

  private static final char GAP = ' ';
  private static final char STEM = '\uE000';
  private static final int MAX_GAP = 3;

  private record Entry<V>(V value, String exact, boolean capital, int order) {}

  /** A trie node; the gap and stem edges have their own fields so that a step costs one lookup. */
  private static final class Node<V> {
    char[] keys = new char[0];
    Node<V>[] kids = newArray(0);
    Node<V> gap;
    Node<V> stem;
    List<Entry<V>> ends;
    List<Entry<V>> prefixEnds;

    @SuppressWarnings("unchecked")
    static <V> Node<V>[] newArray(int n) {
      return (Node<V>[]) new Node<?>[n];
    }

    Node<V> child(char c) {
      char[] k = keys;
      if (k.length <= 6) {
        for (int i = 0; i < k.length; i++) {
          if (k[i] == c) {
            return kids[i];
          }
        }
        return null;
      }
      int i = Arrays.binarySearch(k, c);
      return i >= 0 ? kids[i] : null;
    }

    Node<V> childOrNew(char c) {
      if (c == GAP) {
        gap = gap == null ? new Node<>() : gap;
        return gap;
      }
      if (c == STEM) {
        stem = stem == null ? new Node<>() : stem;
        return stem;
      }
      int k = Arrays.binarySearch(keys, c);
      if (k >= 0) {
        return kids[k];
      }
      int at = -k - 1;
      char[] grownKeys = new char[keys.length + 1];
      System.arraycopy(keys, 0, grownKeys, 0, at);
      grownKeys[at] = c;
      System.arraycopy(keys, at, grownKeys, at + 1, keys.length - at);
      Node<V>[] grownKids = newArray(kids.length + 1);
      System.arraycopy(kids, 0, grownKids, 0, at);
      Node<V> n = new Node<>();
      grownKids[at] = n;
      System.arraycopy(kids, at, grownKids, at + 1, kids.length - at);
      keys = grownKeys;
      kids = grownKids;
      return n;
    }
  }

  /** The root's children, indexed by their first (folded) character. */
  private final Node<V>[] roots = Node.newArray(Character.MAX_VALUE + 1);

  private int size;

  /** Adds a phrase (see the class comment for the syntax). */
  public void add(String form, V value) {
    add(form, value, false);
  }

  /**
   * Adds a phrase.
   *
   * @param capital whether the text must start with an upper-case letter (names: "Rutte", not
   *     "rutte"); scripts without case always pass
   */
  public void add(String form, V value, boolean capital) {
    String f = form.strip();
    String exact = null;
    if (f.startsWith("=")) {
      f = f.substring(1);
      exact = f;
    }
    boolean prefix = f.endsWith("*");
    if (prefix) {
      f = f.substring(0, f.length() - 1);
    }
    if (f.isEmpty() || !Character.isLetterOrDigit(f.charAt(0))) {
      throw new IllegalArgumentException(
          "a lexicon form must start with a letter or a digit: '" + form + "'");
    }
    char first = Fold.of(f.charAt(0));
    Node<V> n = roots[first] == null ? (roots[first] = new Node<>()) : roots[first];
    char previous = first;
    for (int i = 1; i < f.length(); i++) {
      char c = f.charAt(i);
      char key = c == '~' ? STEM : (c == ' ' || c == '-') ? GAP : Fold.of(c);
      if (key == GAP && previous == GAP) {
        continue;
      }
      n = n.childOrNew(key);
      previous = key;
    }
    Entry<V> e = new Entry<>(value, exact, capital, size++);
    if (prefix) {
      n.prefixEnds = append(n.prefixEnds, e);
    } else {
      n.ends = append(n.ends, e);
    }
  }

  private static <V> List<Entry<V>> append(List<Entry<V>> list, Entry<V> e) {
    List<Entry<V>> l = list == null ? new ArrayList<>(1) : list;
    l.add(e);
    return l;
  }

  /** The number of forms added. */
  public int size() {
    return size;
  }

  /** The longest phrase starting at {@code i}, or null. */
  public Match<V> longestAt(FoldedText t, int i) {
    return longestAt(t, i, new Best<>());
  }

  private Match<V> longestAt(FoldedText t, int i, Best<V> best) {
    if (i < 0 || i >= t.length) {
      return null;
    }
    Node<V> n = roots[t.f[i]];
    if (n == null || t.alnum(i - 1)) {
      return null;
    }
    best.reset(i);
    walk(n, t, i + 1, best);
    return best.value == null ? null : new Match<>(i, best.end, best.value);
  }

  /**
   * Every phrase in {@code [from, to)}, left to right; where phrases overlap the leftmost wins,
   * then the longest.
   */
  public List<Match<V>> scan(FoldedText t, int from, int to) {
    List<Match<V>> out = new ArrayList<>();
    int end = Math.min(to, t.length);
    int i = Math.max(0, from);
    Best<V> best = new Best<>();
    while (i < end) {
      if (!t.alnum(i)) {
        i++;
        continue;
      }
      Match<V> m = roots[t.f[i]] == null ? null : longestAt(t, i, best);
      if (m != null && m.end() <= end) {
        out.add(m);
        i = m.end();
      } else {
        i = t.wordEnd(i);
      }
    }
    return out;
  }

  /** The longest form found so far from one start; reused across the starts of a scan. */
  private static final class Best<V> {
    int start;
    int end = -1;
    int order;
    V value;

    void reset(int from) {
      start = from;
      end = -1;
      order = 0;
      value = null;
    }

    void offer(int e, Entry<V> entry) {
      if (e > end || (e == end && entry.order < order)) {
        end = e;
        order = entry.order;
        value = entry.value;
      }
    }
  }

  /**
   * Follows the text down the trie from {@code node}, offering every form that ends on a boundary.
   */
  private void walk(Node<V> node, FoldedText t, int start, Best<V> best) {
    Node<V> n = node;
    int pos = start;
    while (true) {
      if (n.ends != null && boundary(t, pos) >= 0) {
        for (Entry<V> e : n.ends) {
          if (accepts(t, best.start, e)) {
            best.offer(pos, e);
          }
        }
      }
      if (n.prefixEnds != null && t.alnum(pos - 1)) {
        int end = t.wordEnd(pos);
        for (Entry<V> e : n.prefixEnds) {
          if (accepts(t, best.start, e)) {
            best.offer(end, e);
          }
        }
      }
      if (n.stem != null) {
        int end = t.wordEnd(pos);
        if (Suffixes.slavicEnding(t.f, pos, end)) {
          walk(n.stem, t, end, best);
        }
      }
      if (pos >= t.length) {
        return;
      }
      char c = t.f[pos];
      if (c == ' ' || c == '\n' || c == '-') {
        if (n.gap == null) {
          return;
        }
        int q = pos;
        while (q < t.length && q - pos < MAX_GAP && isGap(t.f[q])) {
          q++;
        }
        if (q >= t.length || isGap(t.f[q])) {
          return;
        }
        n = n.gap;
        pos = q;
        continue;
      }
      Node<V> next = n.child(c);
      if (next == null) {
        return;
      }
      n = next;
      pos++;
    }
  }

  private static boolean isGap(char c) {
    return c == ' ' || c == '\n' || c == '-';
  }

  /**
   * Where a match ending at {@code pos} may end: {@code pos} when no letter or digit follows, or
   * when Korean particles follow a Hangul ending; -1 when it would cut a word.
   */
  private static int boundary(FoldedText t, int pos) {
    if (!t.alnum(pos) || !t.alnum(pos - 1)) {
      return pos;
    }
    if (t.hangul(pos - 1) && t.hangul(pos)) {
      int wordEnd = t.wordEnd(pos);
      if (Suffixes.koreanParticle(t.f, pos, wordEnd)) {
        return pos;
      }
    }
    return -1;
  }

  private static boolean accepts(FoldedText t, int start, Entry<?> e) {
    if (e.capital && t.lower(start)) {
      return false;
    }
    return e.exact == null || t.text.regionMatches(start, e.exact, 0, e.exact.length());
  }
}
