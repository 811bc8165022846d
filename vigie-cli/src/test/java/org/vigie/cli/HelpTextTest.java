package org.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command's --help renders whole: picocli reads help text as a format string. */
class HelpTextTest {

  @Test
  void every_help_text_formats_without_a_stray_percent_sign() {
    CommandLine root =
        Cli.commandLine(
            new Environment(),
            new PrintWriter(new StringWriter()),
            new PrintWriter(new StringWriter()));
    List<CommandLine> all = new ArrayList<>();
    collect(root, all);
    PrintStream err = System.err;
    ByteArrayOutputStream warnings = new ByteArrayOutputStream();
    List<String> usages = new ArrayList<>();
    try {
      System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
      for (CommandLine c : all) {
        usages.add(c.getUsageMessage());
      }
    } finally {
      System.setErr(err);
    }
    assertThat(all.size()).as("commands and subcommands").isGreaterThan(30);
    assertThat(warnings.toString(StandardCharsets.UTF_8)).doesNotContain("Could not format");
    assertThat(usages).allSatisfy(u -> assertThat(u).contains("Usage:").doesNotContain("%n"));
  }

  private static void collect(CommandLine c, List<CommandLine> out) {
    out.add(c);
    for (CommandLine sub : c.getSubcommands().values()) {
      if (!out.contains(sub)) {
        collect(sub, out);
      }
    }
  }
}
