package org.vigie.text.quantity;

import java.util.Arrays;

/**
 * A set of words (folded) that answers, without allocating, whether the word between two offsets of
 * a folded text is in it: the first filter of the scanner, which looks up in the lexicon trie only
 * the words some number phrase starts with.
 */
final class WordSet {

  private char[][] keys = new char[64][];
  private int size;

  void add(String word) {
    if (word.isEmpty()) {
      return;
    }
    if (2 * (size + 1) > keys.length) {
      grow();
    }
    char[] k = word.toCharArray();
    int i = slot(k, 0, k.length, keys.length);
    if (keys[i] == null) {
      keys[i] = k;
      size++;
    }
  }

  boolean contains(char[] c, int from, int to) {
    return keys[slot(c, from, to, keys.length)] != null;
  }

  private int slot(char[] c, int from, int to, int capacity) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + c[i];
    }
    int mask = capacity - 1;
    int i = (h ^ (h >>> 16)) & mask;
    while (keys[i] != null && !Arrays.equals(keys[i], 0, keys[i].length, c, from, to)) {
      i = (i + 1) & mask;
    }
    return i;
  }

  private void grow() {
    char[][] old = keys;
    keys = new char[old.length * 2][];
    size = 0;
    for (char[] k : old) {
      if (k != null) {
        keys[slot(k, 0, k.length, keys.length)] = k;
        size++;
      }
    }
  }
}
