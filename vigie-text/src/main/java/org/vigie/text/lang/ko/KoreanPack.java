package org.vigie.text.lang.ko;

import org.vigie.text.lang.LanguagePack;

/** Korean: a decimal point, and particles written onto the word ("300명은"). */
public final class KoreanPack implements LanguagePack {

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
