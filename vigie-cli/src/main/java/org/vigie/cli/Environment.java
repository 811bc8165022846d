package org.vigie.cli;

import java.time.Clock;
import java.util.Map;

/**
 * What the commands take from the world outside their options: the clock and the environment
 * variables. Tests give their own.
 */
public record Environment(Clock clock, Map<String, String> variables) {

  public Environment() {
    this(Clock.systemUTC(), System.getenv());
  }

  public String variable(String name) {
    return variables.get(name);
  }
}
