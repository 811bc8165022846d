package org.vigie.cli.extract;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.vigie.cli.ClaimOutput;
import org.vigie.cli.Cli;
import org.vigie.cli.Languages;
import org.vigie.cli.TextInputs;
import org.vigie.cli.VigieCommand;
import org.vigie.cli.options.ThreadsOption;
import org.vigie.core.claim.ClaimKind;
import org.vigie.text.claims.ClaimReader;
import org.vigie.text.language.LanguageIdentifier;
import org.vigie.text.quantity.QuantityExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Finds every quantity in texts (UTF-8 files, folders, or - for stdin) and says what it"
          + " means, without a store: the number or phrase, the interval it stands for, what is"
          + " counted, whose it is, the rate, who said it and through whom, how hedged, and"
          + " which date it describes. Also prints the named entities and the dates.",
      "French, English, Russian, Ukrainian and Korean. Years, dates, times, model names"
          + " (KN-23, Su-34), ordinals and article or page numbers are not quantities.",
      "",
      "With --json, one object per line and claim; a quantity:",
      "  {\"doc\":\"a.txt\",\"kind\":\"quantity\",\"start\":1323,\"end\":1359,"
          + "\"text\":\"Les milliers de soldats nord-coréens\",\"lang\":\"fr\",\"value\":null,"
          + "\"low\":2000,\"high\":9999,\"modifier\":\"vague\",\"unit\":\"soldier\","
          + "\"subject\":\"soldats nord-coréens\",\"actor\":\"PRK\",\"per\":null,"
          + "\"speaker\":null,\"certainty\":null,\"relayed_by\":null,\"hedges\":[],"
          + "\"as_of\":null}",
      "an entity: {...,\"kind\":\"entity\",...,\"id\":\"PRK\",\"type\":\"country\","
          + "\"candidate\":false}; a date: {...,\"kind\":\"date\",...,"
          + "\"value\":\"2024-10-23\",\"precision\":\"day\",\"relative\":false}.",
      "start and end count Unicode code points in the text as read (after a leading byte-order"
          + " mark); value is the number as stated (null for vague phrases and ranges); low and"
          + " high bound what it means (null is open); modifier is one of exact, approx, gt, ge,"
          + " lt, le, range, vague; lang is the detected language (when it cannot be told, or a"
          + " short text is said to be in another language than the five, the language whose"
          + " rules were used: rules are chosen by script and, for Latin text, by French or"
          + " English words, so that a misdetected one-line text is still read). The defaults"
          + " for vague phrases are in docs/quantities.md. speaker is the canonical name of whom"
          + " the figure is attributed to, relayed_by the outlet it came through, hedges the"
          + " cues that reach it, certainty the ICD 203 probability they give (null without a"
          + " cue), as_of the date it describes (with --published, the publication date when"
          + " the text states none).",
      ""
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  every input was read",
      "  1  an unexpected failure",
      "  2  bad usage, or an input could not be read (it is named on stderr; the others were"
          + " still extracted)",
      "",
      "Examples:",
      "  vigie extract report.txt",
      "  vigie extract --json articles/ > quantities.jsonl",
      "  echo 'Près de 11 000 soldats nord-coréens' | vigie extract --json -"
    })
public final class ExtractCommand implements Callable<Integer> {

  @ParentCommand VigieCommand vigie;

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "FILE",
      arity = "1..*",
      description = "Text files (UTF-8), folders (every file inside), or - for stdin.")
  List<String> files;

  @Option(names = "--json", description = "One JSON object per claim and line.")
  boolean json;

  @Option(
      names = "--kind",
      paramLabel = "KIND",
      split = ",",
      description = "Only claims of these kinds: quantity, entity, date (default: all).")
  List<String> kinds;

  @Option(
      names = "--published",
      paramLabel = "YYYY-MM-DD",
      description =
          "The publication date of the texts: relative dates (\"hier\", \"last week\") are"
              + " resolved against it, and it is the as-of date of figures that state none.")
  LocalDate published;

  @Option(
      names = "--lang",
      paramLabel = "TAG",
      description =
          "Read every input with the rules of this language (fr, en, ru, uk, ko)"
              + " instead of detecting it.")
  String lang;

  @Mixin ThreadsOption threads;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    CompletableFuture<LanguageIdentifier> languages = loadLanguages();
    ClaimReader reader = ClaimReader.builtIn();
    ClaimOutput output = new ClaimOutput(json, kinds());
    long[] count = {0};
    TextInputs.Tally tally;
    out.print(output.start());
    try (ExtractionRun run =
        new ExtractionRun(
            (text, rules) -> reader.read(text, rules, published),
            (text, rules) -> languages.thenApply(identifier -> reported(identifier, text, rules)),
            output,
            threads.count(),
            rendered -> {
              out.print(rendered.lines());
              count[0] += rendered.count();
            })) {
      tally =
          new TextInputs(vigie.environment().stdin())
              .forEach(
                  files,
                  err,
                  (doc, text) -> {
                    String rules =
                        lang != null ? lang : QuantityExtractor.rulesLanguage(text, null);
                    run.add(doc, text, rules);
                  });
      run.finish();
    }
    out.print(output.end(count[0]));
    out.flush();
    return tally.failed() > 0 ? Cli.USAGE : Cli.OK;
  }

  /** The language is told while the first texts are read: loading the profiles takes a second. */
  private CompletableFuture<LanguageIdentifier> loadLanguages() {
    if (lang != null) {
      return CompletableFuture.completedFuture(text -> lang);
    }
    ExecutorService loader = Executors.newSingleThreadExecutor(ExtractionRun.named("vigie-lang"));
    CompletableFuture<LanguageIdentifier> identifier =
        CompletableFuture.supplyAsync(Languages::identifier, loader);
    loader.shutdown();
    return identifier;
  }

  private Set<ClaimKind> kinds() {
    if (kinds == null || kinds.isEmpty()) {
      return EnumSet.allOf(ClaimKind.class);
    }
    Set<ClaimKind> chosen = EnumSet.noneOf(ClaimKind.class);
    for (String k : kinds) {
      try {
        chosen.add(ClaimKind.of(k.strip().toLowerCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "--kind: " + e.getMessage());
      }
    }
    return chosen;
  }

  /**
   * The language to report: the detected one, unless detection is unsure, or names a language
   * outside the five for a short text (then the language whose rules were used).
   */
  private static String reported(LanguageIdentifier identifier, String text, String rules) {
    String detected = identifier.identify(text);
    boolean unsure =
        LanguageIdentifier.UNDETERMINED.equals(detected)
            || !QuantityExtractor.SUPPORTED.contains(detected) && letters(text) < SHORT;
    return unsure ? rules : detected;
  }

  /** Below this many letters, a language outside the five is more likely a misdetection. */
  private static final int SHORT = 200;

  private static int letters(String text) {
    int n = 0;
    for (int i = 0; i < text.length() && n < SHORT; i++) {
      if (Character.isLetter(text.charAt(i))) {
        n++;
      }
    }
    return n;
  }
}
