package org.vigie.ingest.format;

import java.util.Locale;

/**
 * Text cut to the store's limit and cleaned of what no store can hold: NUL characters (PostgreSQL
 * refuses them; PDFs whose font maps the space to NUL are common, so a NUL becomes a space), lone
 * surrogates (not encodable in UTF-8; they become U+FFFD) and a leading byte-order mark.
 */
record BoundedText(String text, String truncatedReason) {

  static BoundedText of(CharSequence raw, int maxChars) {
    String reason = null;
    CharSequence kept = raw;
    if (raw.length() > maxChars) {
      kept = raw.subSequence(0, maxChars);
      reason =
          String.format(
              Locale.ROOT,
              "the text is longer than %,d characters; only the first %,d were kept",
              maxChars,
              maxChars);
    }
    return new BoundedText(clean(kept), reason);
  }

  static BoundedText truncated(CharSequence raw, String reason) {
    return new BoundedText(clean(raw), reason);
  }

  static String clean(CharSequence s) {
    StringBuilder out = null;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      boolean bad;
      if (c == 0 || (c == '\uFEFF' && i == 0)) {
        bad = true;
      } else if (Character.isHighSurrogate(c)) {
        bad = i + 1 >= n || !Character.isLowSurrogate(s.charAt(i + 1));
        if (!bad) {
          if (out != null) {
            out.append(c).append(s.charAt(i + 1));
          }
          i++;
          continue;
        }
      } else {
        bad = Character.isLowSurrogate(c);
      }
      if (bad && out == null) {
        out = new StringBuilder(n);
        out.append(s, 0, i);
      }
      if (out != null) {
        if (bad) {
          if (c == 0) {
            out.append(' ');
          } else if (c != '\uFEFF') {
            out.append('\uFFFD');
          }
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? s.toString() : out.toString();
  }
}
