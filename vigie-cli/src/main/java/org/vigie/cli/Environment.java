package org.vigie.cli;

import java.io.InputStream;
import java.time.Clock;
import java.util.Map;

/**
 * What the commands take from the world outside their options: the clock, the environment variables
 * and standard input. Tests give their own.
 */
public record Environment(Clock clock, Map<String, String> variables, InputStream stdin) {

  public Environment() {
    this(Clock.systemUTC(), System.getenv(), System.in);
  }

  /** An environment whose standard input is empty. */
  public Environment(Clock clock, Map<String, String> variables) {
    this(clock, variables, InputStream.nullInputStream());
  }

  public String variable(String name) {
    return variables.get(name);
  }
}
