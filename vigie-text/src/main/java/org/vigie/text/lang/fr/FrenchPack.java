package org.vigie.text.lang.fr;

import java.util.List;
import org.vigie.text.lang.LanguagePack;
import org.vigie.text.lang.ReportativeForm;
import org.vigie.text.scan.FoldedText;

/** French: a decimal comma, and the journalistic conditional as a reportative cue. */
public final class FrenchPack implements LanguagePack {

  @Override
  public String tag() {
    return "fr";
  }

  @Override
  public boolean commaDecimal() {
    return true;
  }

  @Override
  public List<ReportativeForm> reportativeForms(FoldedText t, int from, int to) {
    return FrenchConditional.find(t, from, to);
  }
}
