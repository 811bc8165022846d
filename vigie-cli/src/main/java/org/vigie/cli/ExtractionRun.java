package org.vigie.cli;

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
import org.vigie.core.claim.Claim;
import org.vigie.core.claim.DateClaim;
import org.vigie.core.claim.EntityClaim;
import org.vigie.core.claim.Quantity;
import org.vigie.core.claim.QuantityClaim;

/**
 * Extracts the claims of many texts on every core and hands them back in input order. A long text
 * is cut at blank lines into pieces of about {@link #PIECE} characters, read in parallel, and put
 * back together; quantities never reach across a blank line, so the result is the same as reading
 * it whole.
 */
final class ExtractionRun implements AutoCloseable {

  /** A text read: where it came from, the language its rules were, and its claims. */
  record Result(String doc, String text, String rulesLanguage, List<Claim> claims) {}

  /** What reads one text (or piece): its claims, with UTF-16 offsets into what it was given. */
  @FunctionalInterface
  interface Reader {
    List<Claim> read(String text, String lang);
  }

  /** About how many characters each parallel piece of a long text holds. */
  static final int PIECE = 1 << 20;

  private final Reader reader;
  private final ExecutorService pool;
  private final int window;
  private final Deque<CompletableFuture<Result>> pending = new ArrayDeque<>();
  private final Consumer<Result> sink;

  ExtractionRun(Reader reader, int threads, Consumer<Result> sink) {
    this.reader = reader;
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

  /** Queues a text; results come out through the sink in the order texts were added. */
  void add(String doc, String text, String lang) {
    List<CompletableFuture<List<Claim>>> pieces = new ArrayList<>();
    for (int[] piece : pieces(text)) {
      String part = text.substring(piece[0], piece[1]);
      int offset = piece[0];
      pieces.add(CompletableFuture.supplyAsync(() -> shift(reader.read(part, lang), offset), pool));
    }
    pending.add(
        CompletableFuture.allOf(pieces.toArray(CompletableFuture[]::new))
            .thenApply(
                done -> {
                  List<Claim> all = new ArrayList<>();
                  pieces.forEach(p -> all.addAll(p.join()));
                  return new Result(doc, text, lang, all);
                }));
    while (pending.size() > window || !pending.isEmpty() && pending.peekFirst().isDone()) {
      sink.accept(pending.pollFirst().join());
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

  private static List<Claim> shift(List<Claim> found, int offset) {
    if (offset == 0) {
      return found;
    }
    List<Claim> out = new ArrayList<>(found.size());
    for (Claim c : found) {
      out.add(shifted(c, offset));
    }
    return out;
  }

  private static Claim shifted(Claim c, int offset) {
    if (c instanceof EntityClaim e) {
      return new EntityClaim(e.start() + offset, e.end() + offset, e.text(), e.id(), e.type());
    }
    if (c instanceof DateClaim d) {
      return new DateClaim(
          d.start() + offset, d.end() + offset, d.text(), d.value(), d.precision(), d.relative());
    }
    QuantityClaim qc = (QuantityClaim) c;
    Quantity q = qc.quantity();
    return new QuantityClaim(
        new Quantity(
            q.start() + offset,
            q.end() + offset,
            q.text(),
            q.value(),
            q.low(),
            q.high(),
            q.modifier(),
            q.unit(),
            q.subject(),
            q.actor(),
            q.per()),
        qc.speaker(),
        qc.relayedBy(),
        qc.hedges(),
        qc.certainty(),
        qc.asOf());
  }
}
