package org.vigie.ingest.format;

/**
 * An input that cannot become a document. The message is the reason shown to the user, so it says
 * what is wrong with the file in plain words ("the PDF is damaged or truncated").
 */
public final class UnreadableException extends Exception {
  private static final long serialVersionUID = 1L;

  public UnreadableException(String reason) {
    super(reason);
  }

  public UnreadableException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
