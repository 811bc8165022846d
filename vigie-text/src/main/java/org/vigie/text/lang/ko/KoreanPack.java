package org.vigie.text.lang.ko;

import org.vigie.text.lang.LanguagePack;

/** Korean: a decimal point, and particles written onto the word ("300명은"). */
public final class KoreanPack implements LanguagePack {

  /**
   * The words the quantity stages read around a Korean number (formations glued to it, documents
   * whose chapters are numbered, set phrases with 한), a resource of this pack.
   */
  public static final String NUMBER_WORDS = "/org/vigie/text/lang/ko/korean-numbers.tsv";

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
