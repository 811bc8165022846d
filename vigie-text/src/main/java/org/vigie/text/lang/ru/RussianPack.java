package org.vigie.text.lang.ru;

import org.vigie.text.lang.LanguagePack;

/** Russian: a decimal comma; its case endings are read by the lexicons' stems. */
public final class RussianPack implements LanguagePack {

  @Override
  public String tag() {
    return "ru";
  }

  @Override
  public boolean commaDecimal() {
    return true;
  }
}
