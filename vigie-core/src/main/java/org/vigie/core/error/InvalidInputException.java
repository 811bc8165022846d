package org.vigie.core.error;

/**
 * Something a user gave us is wrong: an option, a file, a field of a request. The message says what
 * was wrong and, where it helps, what to do. The CLI maps it to exit code 2, the web to 400.
 */
public class InvalidInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String field;

  public InvalidInputException(String field, String message) {
    super(message);
    this.field = field;
  }

  public InvalidInputException(String field, String message, Throwable cause) {
    super(message, cause);
    this.field = field;
  }

  /**
   * The domain field at fault (e.g. {@code "series"}, {@code "from"}, {@code "store"}), never a CLI
   * flag: the CLI maps it to its option, the web returns it as is.
   */
  public String field() {
    return field;
  }
}
