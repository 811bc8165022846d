package org.vigie.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.Locale;

/**
 * A one-line progress bar on stderr, redrawn at most ten times a second. Drawn only when stderr is
 * a terminal; messages printed through it first clear the bar so that the two never mix.
 */
public final class ProgressBar implements AutoCloseable {

  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final boolean interactive;
  private final Clock clock;
  private final long startMillis;
  private long lastDraw;
  private int total;
  private long totalBytes;
  private String unit = "files";
  private boolean drawn;

  ProgressBar(PrintWriter err, boolean interactive, Clock clock) {
    this.err = err;
    this.interactive = interactive;
    this.clock = clock;
    this.startMillis = clock.millis();
  }

  public static ProgressBar forTerminal(PrintWriter err, Clock clock) {
    return new ProgressBar(err, System.console() != null, clock);
  }

  public void start(int total, long totalBytes, String unit) {
    this.total = total;
    this.totalBytes = totalBytes;
    this.unit = unit;
  }

  public synchronized void update(int done, long bytesDone) {
    long now = clock.millis();
    if (!interactive || (now - lastDraw < 100 && done < total)) {
      return;
    }
    lastDraw = now;
    double share = total == 0 ? 1 : (double) done / total;
    int filled = (int) Math.round(share * WIDTH);
    double seconds = Math.max(0.001, (now - startMillis) / 1000.0);
    String rate =
        totalBytes > 0
            ? String.format(Locale.ROOT, "%.1f MB/s", bytesDone / 1e6 / seconds)
            : String.format(Locale.ROOT, "%.0f %s/s", done / seconds, unit);
    err.print(
        String.format(
            Locale.ROOT,
            "\r[%s%s] %3d%%  %d/%d %s  %s ",
            "#".repeat(filled),
            "-".repeat(WIDTH - filled),
            Math.round(share * 100),
            done,
            total,
            unit,
            rate));
    err.flush();
    drawn = true;
  }

  /** Prints a line of its own above the bar. */
  synchronized void message(String line) {
    clear();
    err.println(line);
    err.flush();
  }

  private void clear() {
    if (drawn) {
      err.print("\r" + " ".repeat(WIDTH + 50) + "\r");
      drawn = false;
    }
  }

  @Override
  public synchronized void close() {
    clear();
    err.flush();
  }
}
