package org.vigie.core.document;

/** How complete a stored document's text is. */
public enum DocumentStatus {
  /** The whole text was read. */
  OK,
  /**
   * Only part of the text was kept (its beginning, or what a damaged file let be read), for the
   * reason given beside the status.
   */
  TRUNCATED;

  /** The lower-case name used in the store and in JSON. */
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public static DocumentStatus ofCode(String code) {
    return valueOf(code.toUpperCase(java.util.Locale.ROOT));
  }
}
