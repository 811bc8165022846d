package org.vigie.cli;

import org.vigie.text.language.LanguageIdentifier;
import org.vigie.text.language.OptimaizeLanguageIdentifier;

/** The one language identifier of the process, loaded on first use (about a second). */
public final class Languages {

  private Languages() {}

  private static final class Holder {
    static final LanguageIdentifier INSTANCE = new OptimaizeLanguageIdentifier();
  }

  public static LanguageIdentifier identifier() {
    return Holder.INSTANCE;
  }
}
