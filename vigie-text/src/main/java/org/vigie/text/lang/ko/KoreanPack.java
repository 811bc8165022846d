package org.vigie.text.lang.ko;

import org.vigie.text.lang.LanguagePack;

/** Korean: a decimal point, and particles written onto the word ("300명은"). */
public final class KoreanPack implements LanguagePack {

  /**
   * The words the quantity stages read around a Korean number (formations glued to it, documents
   * whose chapters are numbered, set phrases with 한), a resource of this pack.
   */
  public static final String NUMBER_WORDS = "/org/vigie/text/lang/ko/korean-numbers.tsv";

  /**
   * The particles the attribution stage cuts off a word to find the noun of a phrase (국정원은, 연합뉴스에),
   * a resource of this pack.
   */
  public static final String PHRASE_PARTICLES = "/org/vigie/text/lang/ko/phrase-particles.tsv";

  @Override
  public String tag() {
    return "ko";
  }

  @Override
  public boolean commaDecimal() {
    return false;
  }

  @Override
  public boolean particlesJoinWords() {
    return true;
  }
}
