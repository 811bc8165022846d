package org.vigie.text.language;

/** Names the language of a text. */
@FunctionalInterface
public interface LanguageIdentifier {

  /** The tag for a text whose language cannot be told with confidence. */
  String UNDETERMINED = "und";

  /**
   * The BCP 47 language of the text ({@code fr}, {@code en}, {@code ru}, {@code uk}, {@code ko},
   * ...), or {@link #UNDETERMINED}.
   */
  String identify(CharSequence text);
}
