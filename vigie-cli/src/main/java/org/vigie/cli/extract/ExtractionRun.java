package org.vigie.cli.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.vigie.cli.ClaimOutput;
import org.vigie.cli.CodePoints;
import org.vigie.core.claim.Claim;

/**
 * Extracts and renders the claims of many texts on every core and hands the rendered lines back in
 * input order. A long text is cut at blank lines into pieces of about {@link #PIECE} characters,
 * each read and rendered on its own (claims never reach across a blank line, so the result is the
 * same as reading it whole); the thread that adds texts only writes what comes back.
 */
final class ExtractionRun implements AutoCloseable {

  /** What reads one text (or piece): its claims, with UTF-16 offsets into what it was given. */
  @FunctionalInterface
  interface Reader {
    List<Claim> read(String text, String lang);
  }

  /**
   * What tells the language to report for a whole text, given the language its rules were; the
   * answer may wait for the language profiles to load.
   */
  @FunctionalInterface
  interface LanguageTeller {
    CompletableFuture<String> languageOf(String text, String rulesLanguage);
  }

  /** About how many characters each parallel piece of a long text holds. */
  static final int PIECE = 1 << 20;

  private final Reader reader;
  private final LanguageTeller languages;
  private final ClaimOutput output;
  private final ExecutorService pool;
  private final int window;
  private final Deque<CompletableFuture<ClaimOutput.Rendered>> pending = new ArrayDeque<>();
  private final Consumer<ClaimOutput.Rendered> sink;

  ExtractionRun(
      Reader reader,
      LanguageTeller languages,
      ClaimOutput output,
      int threads,
      Consumer<ClaimOutput.Rendered> sink) {
    this.reader = reader;
    this.languages = languages;
    this.output = output;
    this.pool = Executors.newFixedThreadPool(threads, named("vigie-extract"));
    this.window = 4 * threads;
    this.sink = sink;
  }

  static ThreadFactory named(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  /**
   * Queues a text; its lines come out through the sink in the order texts were added, piece by
   * piece, so that at most a few pieces' lines wait in memory.
   */
  void add(String doc, String text, String rulesLanguage) {
    CompletableFuture<String> reported = languages.languageOf(text, rulesLanguage);
    // Pieces come in order: one running count gives each its code-point base, on this thread.
    CodePoints points = CodePoints.of(text);
    for (int[] piece : pieces(text)) {
      String part = text.substring(piece[0], piece[1]);
      int base = points.at(piece[0]);
      pending.add(
          CompletableFuture.supplyAsync(() -> reader.read(part, rulesLanguage), pool)
              .thenCombine(
                  reported, (claims, lang) -> output.render(doc, lang, part, base, claims)));
      while (pending.size() > window || !pending.isEmpty() && pending.peekFirst().isDone()) {
        sink.accept(pending.pollFirst().join());
      }
    }
  }

  /** Hands over every result still pending. */
  void finish() {
    while (!pending.isEmpty()) {
      sink.accept(pending.pollFirst().join());
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }

  /** The pieces of a text: cut at blank lines, about {@link #PIECE} characters each. */
  static List<int[]> pieces(String text) {
    List<int[]> out = new ArrayList<>();
    int start = 0;
    while (text.length() - start > 2 * PIECE) {
      int cut = text.indexOf("\n\n", start + PIECE);
      if (cut < 0 || cut > start + 2 * PIECE) {
        break;
      }
      out.add(new int[] {start, cut});
      start = cut;
    }
    out.add(new int[] {start, text.length()});
    return out;
  }
}
