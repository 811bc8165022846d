package org.vigie.core.error;

/**
 * The user asked to create a thing that already exists. The CLI maps it to exit 4, the web to 409.
 */
public class AlreadyExistsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String kind;
  private final String id;

  public AlreadyExistsException(String kind, String id) {
    super(kind + " '" + id + "' already exists");
    this.kind = kind;
    this.id = id;
  }

  public String kind() {
    return kind;
  }

  public String id() {
    return id;
  }
}
