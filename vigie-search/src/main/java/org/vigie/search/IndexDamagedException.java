package org.vigie.search;

/** The index cannot be read as it is; rebuilding it from the store is the cure. */
final class IndexDamagedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String reason;

  IndexDamagedException(String message, Throwable cause) {
    super(message, cause);
    this.reason = describe(cause);
  }

  /** What went wrong, in a few words (from {@link #describe}). */
  String reason() {
    return reason;
  }

  /** What went wrong, in a few words. */
  static String describe(Throwable e) {
    String message =
        e.getMessage() == null
            ? ""
            : ": "
                + e.getMessage()
                    .lines()
                    .findFirst()
                    .orElse("")
                    // Lucene names the file it read; the folder is named elsewhere.
                    .replaceAll("\\s*\\(resource[= ][^)]*\\)+", "")
                    .replaceAll(";?\\s*please run checkindex for more details", "");
    String text = e.getClass().getSimpleName() + message;
    return text.length() > 200 ? text.substring(0, 199) + "…" : text;
  }
}
