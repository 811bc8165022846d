package org.vigie.text.scan;

import java.util.Arrays;

/**
 * Folded phrases (one or more words) mapped to values, matched in the folded text forwards from a
 * word start or backwards from a word end without allocating. A space (or inner hyphen) in a phrase
 * matches a gap in the text (see below), so "quatre vingt" also finds "quatre-vingt". A match must
 * end (or, going backwards, start) at a word boundary, unless the phrase was added as a prefix (a
 * stem such as "северокорейск" matching "северокорейских").
 *
 * <p>The quantity stages' phrase index, read over a {@link QuantityText}. It is kept beside {@link
 * PhraseIndex}, not merged into it, because the two match otherwise and the quantities found depend
 * on these rules:
 *
 * <ul>
 *   <li>it also matches backwards, from a word end ({@link #longestBefore});
 *   <li>a prefix phrase ends where the phrase ends, not at the end of the word in the text;
 *   <li>a later {@link #put} of the same phrase replaces the earlier value (PhraseIndex keeps the
 *       first added);
 *   <li>a phrase's space matches one space in the text, taken as a plain character, so a second
 *       space ends the match ("quatre vingt" is not found); a gap that starts with a line break
 *       takes one to three line breaks and spaces, and a hyphen is one character; forwards, such a
 *       gap is only taken after a letter, a digit, a full stop or an apostrophe (PhraseIndex takes
 *       one to three spaces, hyphens or line breaks in any order);
 *   <li>a phrase ending in an apostrophe or other non-letter ("d'", "jusqu'") joins the next word,
 *       and a Hangul unit after a non-Hangul one is a boundary; there is no {@code ~} stem, {@code
 *       =} case or Korean particle syntax;
 *   <li>nodes with many children get an open-addressing table on {@link #freeze}.
 * </ul>
 *
 * @param <V> the value of a phrase
 */
public final class QuantityPhrases<V> {

  /** A phrase found: where it starts and ends in the text, and its value. */
  public record Match<V>(int start, int end, V value) {}

  private static final class Node<V> {
    char[] keys = new char[0];
    Object[] kids = new Object[0];
    V value;
    boolean prefix;

    /** Once frozen, the children of a node with many: an open-addressing table by character. */
    char[] table;

    Object[] tableKids;

    @SuppressWarnings("unchecked")
    Node<V> kid(char k) {
      char[] t = table;
      if (t != null) {
        int mask = t.length - 1;
        int i = (k * 0x9E3779B1 >>> 16) & mask;
        while (true) {
          char c = t[i];
          if (c == k) {
            return (Node<V>) tableKids[i];
          }
          if (c == 0) {
            return null;
          }
          i = (i + 1) & mask;
        }
      }
      char[] ks = keys;
      for (int i = 0; i < ks.length; i++) {
        if (ks[i] == k) {
          return (Node<V>) kids[i];
        }
      }
      return null;
    }

    void freeze() {
      if (keys.length > 6) {
        int size = Integer.highestOneBit(keys.length * 3) * 2;
        table = new char[size];
        tableKids = new Object[size];
        for (int j = 0; j < keys.length; j++) {
          int i = (keys[j] * 0x9E3779B1 >>> 16) & (size - 1);
          while (table[i] != 0) {
            i = (i + 1) & (size - 1);
          }
          table[i] = keys[j];
          tableKids[i] = kids[j];
        }
      }
      for (Object kid : kids) {
        ((Node<?>) kid).freeze();
      }
    }

    Node<V> kidOrNew(char k) {
      int i = Arrays.binarySearch(keys, k);
      if (i >= 0) {
        @SuppressWarnings("unchecked")
        Node<V> n = (Node<V>) kids[i];
        return n;
      }
      int at = -i - 1;
      char[] ks = new char[keys.length + 1];
      Object[] ns = new Object[kids.length + 1];
      System.arraycopy(keys, 0, ks, 0, at);
      System.arraycopy(kids, 0, ns, 0, at);
      ks[at] = k;
      Node<V> n = new Node<>();
      ns[at] = n;
      System.arraycopy(keys, at, ks, at + 1, keys.length - at);
      System.arraycopy(kids, at, ns, at + 1, kids.length - at);
      keys = ks;
      kids = ns;
      return n;
    }
  }

  private final Node<V> forward = new Node<>();
  private final Node<V> backward = new Node<>();
  private final boolean[] first = new boolean[Character.MAX_VALUE + 1];
  private final boolean[] last = new boolean[Character.MAX_VALUE + 1];
  private int size;

  /** Adds a phrase; a later value for the same phrase replaces the earlier one. */
  public void put(String phrase, V value, boolean prefix) {
    String p = normalise(phrase);
    if (p.isEmpty()) {
      return;
    }
    Node<V> n = forward;
    for (int i = 0; i < p.length(); i++) {
      n = n.kidOrNew(p.charAt(i));
    }
    if (n.value == null) {
      size++;
    }
    n.value = value;
    n.prefix = prefix;
    Node<V> b = backward;
    for (int i = p.length() - 1; i >= 0; i--) {
      b = b.kidOrNew(p.charAt(i));
    }
    b.value = value;
    b.prefix = prefix;
    first[p.charAt(0)] = true;
    last[p.charAt(p.length() - 1)] = true;
  }

  /** Builds the lookup tables of nodes with many children; call once all phrases are in. */
  public void freeze() {
    forward.freeze();
    backward.freeze();
  }

  public void put(String phrase, V value) {
    put(phrase, value, false);
  }

  /** Whether some phrase is stored exactly so. */
  public boolean contains(String phrase) {
    String p = normalise(phrase);
    Node<V> n = forward;
    for (int i = 0; i < p.length() && n != null; i++) {
      n = n.kid(p.charAt(i));
    }
    return n != null && n.value != null;
  }

  public int size() {
    return size;
  }

  /** Whether some phrase starts with the folded character {@code ch}: a cheap first test. */
  public boolean mayStartWith(char ch) {
    return first[ch];
  }

  /** The longest phrase starting at {@code from}, or null. */
  public Match<V> longestAt(QuantityText t, int from) {
    if (from >= t.length || !first[t.c[from]]) {
      return null;
    }
    Node<V> n = forward;
    int i = from;
    V best = null;
    int bestEnd = -1;
    while (n != null && i <= t.length) {
      if (n.value != null && i > from && (n.prefix || boundaryAfter(t, i))) {
        best = n.value;
        bestEnd = i;
      }
      if (i == t.length) {
        break;
      }
      char ch = t.c[i];
      Node<V> next = n.kid(ch);
      if (next != null) {
        n = next;
        i++;
        continue;
      }
      if (ch == ' ' || ch == '\n' || ch == '-') {
        Node<V> gap = n.kid(' ');
        if (gap == null || !t.alnum(i - 1) && t.c[i - 1] != '.' && t.c[i - 1] != '\'') {
          break;
        }
        int j = i;
        while (j < t.length && (t.c[j] == ' ' || t.c[j] == '\n') && j - i < 3) {
          j++;
        }
        if (ch == '-') {
          j = i + 1;
        }
        n = gap;
        i = j;
        continue;
      }
      break;
    }
    return best == null ? null : new Match<>(from, bestEnd, best);
  }

  /** The longest phrase ending exactly at {@code end} (exclusive), or null. */
  public Match<V> longestBefore(QuantityText t, int end) {
    if (end <= 0 || !last[t.c[end - 1]]) {
      return null;
    }
    Node<V> n = backward;
    int i = end;
    V best = null;
    int bestStart = -1;
    while (n != null && i >= 0) {
      if (n.value != null && i < end && (n.prefix || !t.alnum(i - 1))) {
        best = n.value;
        bestStart = i;
      }
      if (i == 0) {
        break;
      }
      char ch = t.c[i - 1];
      Node<V> next = n.kid(ch);
      if (next != null) {
        n = next;
        i--;
        continue;
      }
      if (ch == ' ' || ch == '\n' || ch == '-') {
        Node<V> gap = n.kid(' ');
        if (gap == null) {
          break;
        }
        int j = i - 1;
        if (ch != '-') {
          while (j > 0 && (t.c[j - 1] == ' ' || t.c[j - 1] == '\n') && i - j < 3) {
            j--;
          }
        }
        n = gap;
        i = j;
        continue;
      }
      break;
    }
    return best == null ? null : new Match<>(bestStart, end, best);
  }

  private static boolean boundaryAfter(QuantityText t, int i) {
    if (!t.alnum(i)) {
      return true;
    }
    if (QuantityText.hangul(t.c[i]) && !QuantityText.hangul(t.c[i - 1])) {
      return true;
    }
    // a phrase ending in an apostrophe or other non-letter joins the next word ("d'", "jusqu'")
    char last = t.c[i - 1];
    return Fold.kind(last) != Fold.LETTER && !(last >= '0' && last <= '9');
  }

  private static String normalise(String phrase) {
    String f = Fold.of(phrase.strip());
    StringBuilder b = new StringBuilder(f.length());
    boolean gap = false;
    for (int i = 0; i < f.length(); i++) {
      char ch = f.charAt(i);
      boolean isGap = ch == ' ' || ch == '\n' || ch == '-' && i > 0 && i < f.length() - 1;
      if (isGap) {
        gap = true;
        continue;
      }
      if (gap && b.length() > 0) {
        b.append(' ');
      }
      gap = false;
      b.append(ch);
    }
    return b.toString();
  }
}
