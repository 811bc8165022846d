package org.vigie.core.claim;

import java.util.Locale;

/** The kinds of claims, with the code used in JSON, URLs and the database. */
public enum ClaimKind {
  QUANTITY,
  ENTITY,
  DATE;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The kind with this code.
   *
   * @throws IllegalArgumentException naming the codes there are
   */
  public static ClaimKind of(String code) {
    for (ClaimKind k : values()) {
      if (k.code().equals(code)) {
        return k;
      }
    }
    throw new IllegalArgumentException(
        "unknown claim kind '" + code + "'; use quantity, entity or date");
  }
}
