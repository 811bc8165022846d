package org.vigie.text.scan;

import java.util.Set;

/**
 * The word endings a lexicon form may take without being listed: Russian and Ukrainian case and
 * adjective endings after a stem marked {@code ~} ("Курск~" finds Курска, Курской, Курську), and
 * the Korean particles written without a space after a name (국정원은, 북한군이, 서울에서).
 */
final class Suffixes {

  /** Case endings of Russian and Ukrainian nouns and adjectives, folded (ё reads е). */
  private static final Set<String> SLAVIC =
      Set.of(
          "", "а", "я", "у", "ю", "е", "и", "ы", "і", "ї", "є", "ом", "ем", "ой", "ей", "ою", "ею",
          "єю", "ам", "ям", "ах", "ях", "ов", "ев", "ів", "їв", "ами", "ями", "ий", "ый", "ій",
          "ая", "яя", "ое", "ее", "ую", "юю", "ого", "его", "ому", "ему", "ым", "им", "ім", "ых",
          "их", "іх", "ыми", "ими", "іми", "ые", "ие", "ої", "ові", "еві", "єві", "ь", "й", "о");

  /** Korean particles and their common combinations, longest first where it matters. */
  private static final Set<String> KOREAN =
      Set.of(
          "은", "는", "이", "가", "을", "를", "의", "에", "에서", "에게", "과", "와", "도", "로", "으로", "만", "까지",
          "부터", "께서", "에서는", "에는", "으로는", "로는", "와는", "과는", "에도", "에서도", "으로도", "로도", "에게서", "와의",
          "과의", "에서의", "으로의", "로의", "측", "측은", "측이", "측의", "측도", "측에", "이라고", "라고", "이나", "나", "이며",
          "이고", "이다", "에선", "에서만", "처럼", "보다", "에게는", "께", "께서는", "에의", "이란", "란");

  /** The endings and particles packed into sorted longs, so that a lookup allocates nothing. */
  private static final long[] SLAVIC_KEYS = pack(SLAVIC);

  private static final long[] KOREAN_KEYS = pack(KOREAN);

  private Suffixes() {}

  private static long[] pack(Set<String> words) {
    long[] keys = new long[words.size()];
    int i = 0;
    for (String w : words) {
      char[] c = w.toCharArray();
      keys[i++] = key(c, 0, c.length);
    }
    java.util.Arrays.sort(keys);
    return keys;
  }

  /** Up to four UTF-16 units and the length, in one long; -1 when longer. */
  private static long key(char[] f, int from, int to) {
    int n = to - from;
    if (n > 4) {
      return -1;
    }
    long k = n;
    for (int i = from; i < to; i++) {
      k = k * 65536 + f[i];
    }
    return k;
  }

  /** Whether the folded text {@code f[from, to)} is a Russian or Ukrainian ending. */
  static boolean slavicEnding(char[] f, int from, int to) {
    long k = key(f, from, to);
    return k >= 0 && java.util.Arrays.binarySearch(SLAVIC_KEYS, k) >= 0;
  }

  /** Whether the text {@code f[from, to)} is a Korean particle. */
  static boolean koreanParticle(char[] f, int from, int to) {
    long k = to > from ? key(f, from, to) : -1;
    return k >= 0 && java.util.Arrays.binarySearch(KOREAN_KEYS, k) >= 0;
  }
}
