package org.dyad.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dyad.actors.ActorDictionary;
import org.dyad.io.ArticleReader;
import org.dyad.model.Article;
import org.dyad.pipeline.CodedArticle;
import org.dyad.pipeline.EventPipeline;
import org.dyad.pipeline.StageTimes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad bench}: codes a corpus and reports speed, latency, memory and time per stage. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description =
        "Codes a JSONL corpus without printing events and reports articles/s, sentences/s,"
            + " events/s, p50/p95 latency per article, peak heap and the share of time in each"
            + " stage. Run it with the JVM options of production (DYAD_JAVA_OPTS=-Xmx2g).")
public final class BenchCommand implements Callable<Integer> {
  @Parameters(paramLabel = "CORPUS", description = "JSONL articles.")
  String corpus;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Worker threads (default: ${DEFAULT-VALUE}).",
      defaultValue = "1")
  int threads;

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "Code at most N articles (default: all).",
      defaultValue = "0")
  int limit;

  @Option(
      names = "--repeat",
      paramLabel = "N",
      description = "Code the corpus N times, for a longer run (default: ${DEFAULT-VALUE}).",
      defaultValue = "1")
  int repeat;

  @Mixin AnalyzerOptions analyzer;

  private final InputStream in;
  private final PrintWriter out;
  private final PrintWriter err;

  BenchCommand(InputStream in, PrintWriter out, PrintWriter err) {
    this.in = in;
    this.out = out;
    this.err = err;
  }

  private record Result(long nanos, int sentences, int events) {}

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (threads < 1 || repeat < 1 || limit < 0) {
      err.println("dyad bench: --threads and --repeat must be at least 1, --limit at least 0");
      return ExitCodes.USAGE;
    }
    long start = System.nanoTime();
    List<Article> articles = new ArrayList<>();
    try (BufferedReader r = Inputs.open(corpus, in)) {
      new ArticleReader(null)
          .readJsonLines(
              Inputs.label(corpus),
              r,
              a -> {
                if (limit == 0 || articles.size() < limit) {
                  articles.add(a);
                }
              },
              p -> err.println("dyad bench: " + p));
    }
    if (articles.isEmpty()) {
      err.println("dyad bench: " + corpus + ": no article");
      return ExitCodes.NOTHING_PROCESSED;
    }
    ActorDictionary dictionary = analyzer.dictionaries.dictionary(err);
    StageTimes times = new StageTimes();
    ThreadLocal<EventPipeline> pipelines =
        ThreadLocal.withInitial(() -> analyzer.pipeline(dictionary));
    long[] firstEvent = {-1};
    ExecutorService workers = Executors.newFixedThreadPool(threads);
    List<Future<Result>> results = new ArrayList<>();
    long codingStart = System.nanoTime();
    try {
      for (int round = 0; round < repeat; round++) {
        for (Article a : articles) {
          results.add(
              workers.submit(
                  () -> {
                    long t = System.nanoTime();
                    CodedArticle c = pipelines.get().code(a, times);
                    long elapsed = System.nanoTime() - t;
                    synchronized (firstEvent) {
                      if (firstEvent[0] < 0 && !c.events().isEmpty()) {
                        firstEvent[0] = System.nanoTime() - start;
                      }
                    }
                    return new Result(elapsed, c.analysis().sentences().size(), c.events().size());
                  }));
        }
      }
      List<Long> latencies = new ArrayList<>();
      long sentences = 0;
      long events = 0;
      for (Future<Result> f : results) {
        Result r = f.get();
        latencies.add(r.nanos());
        sentences += r.sentences();
        events += r.events();
      }
      double seconds = (System.nanoTime() - codingStart) / 1e9;
      Collections.sort(latencies);
      report(results.size(), sentences, events, seconds, latencies, times, firstEvent[0]);
    } catch (ExecutionException e) {
      throw new IllegalStateException("coding failed: " + e.getCause(), e.getCause());
    } finally {
      workers.shutdownNow();
    }
    return ExitCodes.OK;
  }

  private void report(
      int articles,
      long sentences,
      long events,
      double seconds,
      List<Long> latencies,
      StageTimes times,
      long firstEventNanos) {
    out.printf(Locale.ROOT, "corpus            %s%n", corpus);
    out.printf(
        Locale.ROOT,
        "threads           %d   (max heap %d MB)%n",
        threads,
        Runtime.getRuntime().maxMemory() >> 20);
    out.printf(
        Locale.ROOT,
        "coded             %d articles, %d sentences, %d events in %.1f s%n",
        articles,
        sentences,
        events,
        seconds);
    out.printf(
        Locale.ROOT,
        "throughput        %.1f articles/s, %.1f sentences/s, %.2f events/s%n",
        articles / seconds,
        sentences / seconds,
        events / seconds);
    out.printf(
        Locale.ROOT,
        "latency/article   p50 %.0f ms, p95 %.0f ms%n",
        percentile(latencies, 0.50) / 1e6,
        percentile(latencies, 0.95) / 1e6);
    out.printf(
        Locale.ROOT,
        "first event after %.1f s from start (reading, models, dictionaries)%n",
        firstEventNanos / 1e9);
    out.printf(Locale.ROOT, "peak heap         %d MB%n", peakHeapBytes() >> 20);
    long total = Math.max(1, times.totalNanos());
    out.println("time per stage (share of all threads' time):");
    for (StageTimes.Stage s : StageTimes.Stage.values()) {
      out.printf(
          Locale.ROOT,
          "  %-14s %5.1f%%  %.1f s%n",
          s.name().toLowerCase(Locale.ROOT),
          100.0 * times.nanos(s) / total,
          times.nanos(s) / 1e9);
    }
  }

  private static double percentile(List<Long> sorted, double p) {
    int i = (int) Math.ceil(p * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
  }

  private static long peakHeapBytes() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }
}
