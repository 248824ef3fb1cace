package org.dyad.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress bar on standard error: articles done of the estimated total, articles/s,
 * sentences/s and the time left. Redrawn at most four times a second.
 */
final class Progress {
  private static final int WIDTH = 24;

  private final PrintWriter err;
  private final boolean enabled;
  private final long total;
  private final long start = System.nanoTime();
  private long lastDraw;
  private long articles;
  private long sentences;
  private long events;

  /**
   * @param total the estimated number of articles, or -1 when unknown (standard input)
   */
  Progress(PrintWriter err, boolean enabled, long total) {
    this.err = err;
    this.enabled = enabled;
    this.total = total;
  }

  void article(int articleSentences, int articleEvents) {
    articles++;
    sentences += articleSentences;
    events += articleEvents;
    long now = System.nanoTime();
    if (enabled && now - lastDraw > 250_000_000L) {
      lastDraw = now;
      draw(now);
    }
  }

  /** Clears the line so that a message can be printed. */
  void clear() {
    if (enabled && lastDraw != 0) {
      err.print("\r\033[K");
    }
  }

  void redraw() {
    if (enabled && lastDraw != 0) {
      draw(System.nanoTime());
    }
  }

  void finish() {
    if (enabled && lastDraw != 0) {
      draw(System.nanoTime());
      err.println();
      err.flush();
    }
  }

  private void draw(long now) {
    double seconds = Math.max(1e-3, (now - start) / 1e9);
    double rate = articles / seconds;
    StringBuilder sb = new StringBuilder("\r");
    if (total > 0) {
      double done = Math.min(1, (double) articles / total);
      int filled = (int) Math.round(done * WIDTH);
      sb.append('[')
          .append("#".repeat(filled))
          .append(".".repeat(WIDTH - filled))
          .append("] ")
          .append(String.format(Locale.ROOT, "%d/%d", articles, total));
    } else {
      sb.append(articles);
    }
    sb.append(
        String.format(
            Locale.ROOT,
            " articles  %.1f art/s  %.0f sent/s  %d events",
            rate,
            sentences / seconds,
            events));
    if (total > 0 && rate > 0 && articles < total) {
      long eta = Math.round((total - articles) / rate);
      sb.append(String.format(Locale.ROOT, "  ETA %d:%02d", eta / 60, eta % 60));
    }
    err.print(sb.append("\033[K"));
    err.flush();
  }
}
