package org.vigie.text.quantity;

/**
 * Names the country a quantity belongs to from the words around it: "soldats nord-coréens" and
 * "North Korean troops" are North Korea's (PRK). The built-in {@link BuiltInActors} knows a short
 * list of countries in five languages; a curated actor list can replace it.
 */
@FunctionalInterface
public interface ActorLookup {

  /** An actor named in a text: its ISO 3166 alpha-3 code and where its name is. */
  record Found(String code, int start, int end) {}

  /** The first actor named between {@code from} and {@code to} in {@code text}, or null. */
  Found find(CharSequence text, int from, int to);
}
