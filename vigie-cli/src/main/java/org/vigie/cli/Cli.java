package org.vigie.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.vigie.core.error.AlreadyExistsException;
import org.vigie.core.error.InvalidInputException;
import org.vigie.core.error.NotFoundException;
import org.vigie.core.error.UnavailableException;
import picocli.CommandLine;

/** Builds the picocli command line: commands, UTF-8 output, exit codes and error messages. */
public final class Cli {

  /** Exit codes, also listed in {@code vigie --help}. */
  public static final int OK = 0;

  public static final int FAILURE = 1;
  public static final int USAGE = 2;
  public static final int NOT_FOUND = 3;
  public static final int CONFLICT = 4;
  public static final int UNAVAILABLE = 5;

  private Cli() {}

  /** The command line writing to the process's stdout and stderr, in UTF-8. */
  public static CommandLine commandLine(Environment environment) {
    return commandLine(
        environment,
        new PrintWriter(
            new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8),
            true),
        new PrintWriter(
            new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8),
            true));
  }

  public static CommandLine commandLine(Environment environment, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new VigieCommand(environment));
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExitCodeExceptionMapper(Cli::exitCodeOf);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          commandLine.getErr().println("vigie: " + messageOf(e) + optionHint(e, commandLine));
          if (exitCodeOf(e) == FAILURE) {
            e.printStackTrace(commandLine.getErr());
          }
          commandLine.getErr().flush();
          return exitCodeOf(e);
        });
    return cli;
  }

  static int exitCodeOf(Throwable e) {
    if (e instanceof InvalidInputException || e instanceof CommandLine.ParameterException) {
      return USAGE;
    }
    if (e instanceof NotFoundException) {
      return NOT_FOUND;
    }
    if (e instanceof AlreadyExistsException) {
      return CONFLICT;
    }
    if (e instanceof UnavailableException) {
      return UNAVAILABLE;
    }
    return FAILURE;
  }

  /**
   * Errors below the command line name domain fields ("series", "port"); where the command has an
   * option of that name, the message says which, so that the user knows what to change.
   */
  private static String optionHint(Throwable e, CommandLine commandLine) {
    if (!(e instanceof InvalidInputException invalid) || invalid.field() == null) {
      return "";
    }
    String flag = "--" + invalid.field();
    if (String.valueOf(invalid.getMessage()).contains(flag)) {
      return "";
    }
    for (CommandLine c = commandLine; c != null; c = c.getParent()) {
      if (c.getCommandSpec().findOption(flag) != null) {
        return " (" + flag + ")";
      }
    }
    return "";
  }

  private static String messageOf(Throwable e) {
    if (e instanceof InvalidInputException invalid && invalid.field() != null) {
      return invalid.getMessage();
    }
    if (e instanceof NotFoundException
        || e instanceof AlreadyExistsException
        || e instanceof UnavailableException) {
      return e.getMessage();
    }
    return "unexpected error: " + e;
  }
}
