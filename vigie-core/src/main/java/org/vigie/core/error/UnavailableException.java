package org.vigie.core.error;

/**
 * Something Vigie needs from its environment is missing or refuses: a database server that is down
 * or refuses the login, a folder it may not write. Not the user's input, so not bad usage: the CLI
 * maps it to exit code 5, the web to 503. The message names the resource and what to check.
 */
public class UnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String resource;

  public UnavailableException(String resource, String message, Throwable cause) {
    super(message, cause);
    this.resource = resource;
  }

  /** The resource that failed, as a domain name (e.g. {@code "store"}). */
  public String resource() {
    return resource;
  }
}
