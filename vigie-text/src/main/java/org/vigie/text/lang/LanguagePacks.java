package org.vigie.text.lang;

import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The one list of the languages Vigie reads with rules of their own. */
public final class LanguagePacks {

  /**
   * Every pack, in the order their lexicons are consulted after the text's own language (so that a
   * French text also finds the English numbers it quotes).
   */
  public static final List<LanguagePack> ALL = load();

  /** The tags of {@link #ALL}, in the same order: fr, en, ru, uk, ko. */
  public static final List<String> TAGS = ALL.stream().map(LanguagePack::tag).toList();

  /** The pack of a language without rules of its own ("und", "de"): nothing of its own. */
  public static final LanguagePack ROOT =
      new LanguagePack() {
        @Override
        public String tag() {
          return "und";
        }

        @Override
        public boolean commaDecimal() {
          return false;
        }
      };

  private static final Map<String, LanguagePack> BY_TAG =
      ALL.stream().collect(Collectors.toUnmodifiableMap(LanguagePack::tag, Function.identity()));

  private LanguagePacks() {}

  /**
   * The packs named in {@code META-INF/services/org.vigie.text.lang.LanguagePack}, in its order. A
   * list read at run time rather than imports here, so that this package knows none of the language
   * packages that depend on it.
   */
  private static List<LanguagePack> load() {
    List<LanguagePack> packs =
        ServiceLoader.load(LanguagePack.class, LanguagePacks.class.getClassLoader()).stream()
            .map(ServiceLoader.Provider::get)
            .toList();
    if (packs.isEmpty()) {
      throw new IllegalStateException(
          "no language pack in META-INF/services/"
              + LanguagePack.class.getName()
              + "; rebuild the jar");
    }
    return packs;
  }

  /** The pack of {@code tag}, or {@link #ROOT} when it has none (or {@code tag} is null). */
  public static LanguagePack of(String tag) {
    return tag == null ? ROOT : BY_TAG.getOrDefault(tag, ROOT);
  }

  /** Whether {@code tag} names a language with a pack. */
  public static boolean has(String tag) {
    return tag != null && BY_TAG.containsKey(tag);
  }
}
