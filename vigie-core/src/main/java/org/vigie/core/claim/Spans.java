package org.vigie.core.claim;

/** Checks shared by the claim records. */
final class Spans {

  private Spans() {}

  static void check(int start, int end, String text) {
    if (start < 0 || end < start || text.length() != end - start) {
      throw new IllegalArgumentException(
          "bad span [" + start + ", " + end + ") for '" + text + "'");
    }
  }
}
