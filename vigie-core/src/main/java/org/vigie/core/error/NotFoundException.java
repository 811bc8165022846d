package org.vigie.core.error;

/** A thing the user named does not exist. The CLI maps it to exit code 3, the web to 404. */
public class NotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String kind;
  private final String id;

  public NotFoundException(String kind, String id) {
    super("no " + kind + " '" + id + "'");
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
