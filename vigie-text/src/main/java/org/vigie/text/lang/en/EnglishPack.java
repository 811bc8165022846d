package org.vigie.text.lang.en;

import org.vigie.text.lang.LanguagePack;

/** English: a decimal point, and numeric dates month first (11/04/2024 is 4 November). */
public final class EnglishPack implements LanguagePack {

  @Override
  public String tag() {
    return "en";
  }

  @Override
  public boolean commaDecimal() {
    return false;
  }

  @Override
  public boolean monthFirst() {
    return true;
  }
}
