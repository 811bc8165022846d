package org.vigie.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** One run of the {@code vigie} command in this JVM, with what it printed. */
public record CliRun(int exitCode, String out, String err) {

  public static CliRun of(String... args) {
    return of(Map.of(), args);
  }

  public static CliRun of(Map<String, String> variables, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Cli.commandLine(
                new Environment(Clock.systemUTC(), variables),
                new PrintWriter(out, true),
                new PrintWriter(err, true))
            .execute(args);
    return new CliRun(code, out.toString(), err.toString());
  }

  /** A run whose standard input holds this text. */
  public static CliRun withStdin(String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Cli.commandLine(
                new Environment(
                    Clock.systemUTC(),
                    Map.of(),
                    new java.io.ByteArrayInputStream(
                        stdin.getBytes(java.nio.charset.StandardCharsets.UTF_8))),
                new PrintWriter(out, true),
                new PrintWriter(err, true))
            .execute(args);
    return new CliRun(code, out.toString(), err.toString());
  }

  public List<String> outLines() {
    return out.lines().toList();
  }

  public String lastOutLine() {
    List<String> lines = outLines();
    return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
  }
}
