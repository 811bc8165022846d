package org.vigie.ingest.format;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;

/** Plain text in any common encoding; undecodable bytes become U+FFFD and the text is kept. */
final class TextReader {

  private TextReader() {}

  static String decode(byte[] bytes) {
    Charsets.Guess guess = Charsets.guess(bytes);
    CharsetDecoder decoder =
        guess
            .charset()
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    try {
      return decoder
          .decode(ByteBuffer.wrap(bytes, guess.skip(), bytes.length - guess.skip()))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IllegalStateException("a replacing decoder cannot fail", e);
    }
  }

  static ParsedFile read(byte[] bytes, int maxChars) {
    return ParsedFile.of(bytes, "text/plain", BoundedText.of(decode(bytes), maxChars));
  }
}
