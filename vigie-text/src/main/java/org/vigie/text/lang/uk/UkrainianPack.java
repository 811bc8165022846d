package org.vigie.text.lang.uk;

import org.vigie.text.lang.LanguagePack;

/** Ukrainian: a decimal comma; its case endings are read by the lexicons' stems. */
public final class UkrainianPack implements LanguagePack {

  @Override
  public String tag() {
    return "uk";
  }

  @Override
  public boolean commaDecimal() {
    return true;
  }
}
