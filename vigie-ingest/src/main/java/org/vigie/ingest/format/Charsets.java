package org.vigie.ingest.format;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Guesses the encoding of a plain-text file: a byte-order mark first, then UTF-8 when the bytes are
 * UTF-8 (allowing a few stray invalid bytes, which decode as U+FFFD), then UTF-16 without a mark
 * from its pattern of zero bytes, and otherwise ICU's statistical detector for the legacy encodings
 * (windows-1251, KOI8-R, windows-1252, EUC-KR, ...).
 */
final class Charsets {

  /** How much of a file the statistical detector looks at. */
  private static final int SAMPLE_BYTES = 64 * 1024;

  private Charsets() {}

  /** The encoding and how many leading bytes (a byte-order mark) to skip. */
  record Guess(Charset charset, int skip) {}

  static Guess guess(byte[] b) {
    if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
      return new Guess(StandardCharsets.UTF_8, 3);
    }
    if (startsWith(b, 0xFF, 0xFE)) {
      return new Guess(StandardCharsets.UTF_16LE, 2);
    }
    if (startsWith(b, 0xFE, 0xFF)) {
      return new Guess(StandardCharsets.UTF_16BE, 2);
    }
    Charset utf16 = utf16WithoutMark(b);
    if (utf16 != null) {
      return new Guess(utf16, 0);
    }
    Utf8Stats stats = Utf8Stats.of(b);
    if (stats.invalid() == 0
        || stats.multiByte() >= stats.invalid()
        || stats.invalid() * 200L <= b.length) {
      return new Guess(StandardCharsets.UTF_8, 0);
    }
    return new Guess(legacy(b), 0);
  }

  /** Whether these bytes look like text in some encoding rather than binary data. */
  static boolean looksLikeText(byte[] b) {
    if (b.length == 0) {
      return false;
    }
    Guess g = guess(b);
    if (g.skip() > 0) {
      return true; // a byte-order mark is a declaration that this is text
    }
    if (g.charset() != StandardCharsets.UTF_8
        && g.charset() != StandardCharsets.UTF_16LE
        && g.charset() != StandardCharsets.UTF_16BE) {
      return controlShare(b) < 0.01;
    }
    String sample =
        new String(b, g.skip(), Math.min(b.length - g.skip(), SAMPLE_BYTES), g.charset());
    int control = 0, replaced = 0;
    for (int i = 0; i < sample.length(); i++) {
      char c = sample.charAt(i);
      if (c == '\uFFFD') {
        replaced++;
      } else if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        control++;
      }
    }
    return control <= sample.length() / 100 && replaced <= sample.length() / 20;
  }

  private static double controlShare(byte[] b) {
    int n = Math.min(b.length, SAMPLE_BYTES), control = 0;
    for (int i = 0; i < n; i++) {
      int c = b[i] & 0xFF;
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        control++;
      }
    }
    return (double) control / n;
  }

  private static Charset legacy(byte[] b) {
    CharsetDetector detector = new CharsetDetector();
    byte[] sample = b.length > SAMPLE_BYTES ? java.util.Arrays.copyOf(b, SAMPLE_BYTES) : b;
    detector.setText(sample);
    for (CharsetMatch match : detector.detectAll()) {
      String name = match.getName();
      if (!name.startsWith("UTF") && Charset.isSupported(name)) {
        return Charset.forName(legacyAlias(name));
      }
    }
    return Charset.forName("windows-1252");
  }

  /**
   * ICU names ISO-8859-1 where the text is in practice windows-1252 (a superset); use the latter.
   */
  private static String legacyAlias(String name) {
    return name.equals("ISO-8859-1") ? "windows-1252" : name;
  }

  private static Charset utf16WithoutMark(byte[] b) {
    int n = Math.min(b.length, SAMPLE_BYTES) & ~1;
    if (n < 8) {
      return null;
    }
    int zeroEven = 0, zeroOdd = 0;
    for (int i = 0; i < n; i += 2) {
      if (b[i] == 0) {
        zeroEven++;
      }
      if (b[i + 1] == 0) {
        zeroOdd++;
      }
    }
    // Spaces, digits and punctuation are ASCII, so in UTF-16 every tenth character or so has a
    // zero high byte, mostly on one side of each pair (a few letters, such as Hangul U+AC00, have
    // a zero low byte); 8-bit text has no zero bytes at all.
    int pairs = n / 2;
    if (zeroOdd > pairs * 0.1 && zeroEven * 8 < zeroOdd) {
      return StandardCharsets.UTF_16LE;
    }
    if (zeroEven > pairs * 0.1 && zeroOdd * 8 < zeroEven) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** Counts of well-formed multi-byte UTF-8 sequences and of bytes that break UTF-8. */
  record Utf8Stats(int multiByte, int invalid) {
    static Utf8Stats of(byte[] b) {
      int multi = 0, invalid = 0, i = 0;
      while (i < b.length) {
        int c = b[i] & 0xFF;
        int len;
        if (c < 0x80) {
          i++;
          continue;
        } else if (c >= 0xC2 && c <= 0xDF) {
          len = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
          len = 3;
        } else if (c >= 0xF0 && c <= 0xF4) {
          len = 4;
        } else {
          invalid++;
          i++;
          continue;
        }
        boolean ok = i + len <= b.length;
        for (int k = 1; ok && k < len; k++) {
          ok = (b[i + k] & 0xC0) == 0x80;
        }
        if (ok) {
          multi++;
          i += len;
        } else {
          invalid++;
          i++;
        }
      }
      return new Utf8Stats(multi, invalid);
    }
  }
}
