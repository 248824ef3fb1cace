package org.dyad.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
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
import org.dyad.store.EventStore;
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

  @Option(
      names = "--store",
      description =
          "Store the articles and events in a temporary DuckDB database, as 'dyad ingest' does,"
              + " and time it.")
  boolean store;

  @Mixin AnalyzerOptions analyzer;

  private final InputStream in;
  private final PrintWriter out;
  private final PrintWriter err;

  BenchCommand(InputStream in, PrintWriter out, PrintWriter err) {
    this.in = in;
    this.out = out;
    this.err = err;
  }

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
    Deque<Future<CodedArticle>> pending = new ArrayDeque<>();
    Path storeDir = store ? Files.createTempDirectory("dyad-bench") : null;
    EventStore db = store ? EventStore.open(storeDir.resolve("bench.duckdb")) : null;
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    long[] totals = new long[4];
    long codingStart = System.nanoTime();
    try {
      for (int round = 0; round < repeat; round++) {
        for (Article original : articles) {
          // Each round's copy is a new article to the store (another URL), not an unchanged one.
          Article a =
              round == 0
                  ? original
                  : new Article(
                      original.id() + "#" + round,
                      original.title(),
                      original.text(),
                      original.published(),
                      (original.url() == null ? original.id() : original.url()) + "#" + round,
                      original.source());
          pending.add(
              workers.submit(
                  () -> {
                    long t = System.nanoTime();
                    CodedArticle c = pipelines.get().code(a, times);
                    latencies.add(System.nanoTime() - t);
                    synchronized (firstEvent) {
                      if (firstEvent[0] < 0 && !c.events().isEmpty()) {
                        firstEvent[0] = System.nanoTime() - start;
                      }
                    }
                    return c;
                  }));
          // Bounded: at most four articles per thread wait, as in 'dyad ingest'.
          while (pending.size() > 4 * threads) {
            collect(pending.poll(), db, times, totals);
          }
        }
      }
      while (!pending.isEmpty()) {
        collect(pending.poll(), db, times, totals);
      }
      double seconds = (System.nanoTime() - codingStart) / 1e9;
      List<Long> sorted;
      synchronized (latencies) {
        sorted = new ArrayList<>(latencies);
      }
      Collections.sort(sorted);
      report(sorted.size(), totals, seconds, sorted, times, firstEvent[0]);
    } catch (ExecutionException e) {
      throw new IllegalStateException("coding failed: " + e.getCause(), e.getCause());
    } finally {
      workers.shutdownNow();
      if (db != null) {
        db.close();
        try (var files = Files.list(storeDir)) {
          for (Path f : files.toList()) {
            Files.delete(f);
          }
        }
        Files.delete(storeDir);
      }
    }
    return ExitCodes.OK;
  }

  private static void collect(
      Future<CodedArticle> next, EventStore db, StageTimes times, long[] totals)
      throws InterruptedException, ExecutionException {
    CodedArticle c = next.get();
    totals[0] += c.analysis().sentences().size();
    totals[1] += c.events().size();
    totals[2] += c.analysis().sentences().stream().filter(s -> s.isParsed()).count();
    totals[3] +=
        c.analysis().sentences().stream()
            .filter(s -> s.tokens().stream().anyMatch(t -> !t.pos().isEmpty()))
            .count();
    if (db != null) {
      long t = System.nanoTime();
      db.put(c, null, false);
      times.add(StageTimes.Stage.STORE, System.nanoTime() - t);
    }
  }

  private void report(
      int articles,
      long[] totals,
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
        totals[0],
        totals[1],
        seconds);
    out.printf(
        Locale.ROOT,
        "tagged            %d sentences (%.1f%%): the rest name no actor%n",
        totals[3],
        100.0 * totals[3] / Math.max(1, totals[0]));
    out.printf(
        Locale.ROOT,
        "parsed            %d sentences (%.1f%%): the rest hold no trigger word or too few actors%n",
        totals[2],
        100.0 * totals[2] / Math.max(1, totals[0]));
    out.printf(
        Locale.ROOT,
        "throughput        %.1f articles/s, %.1f sentences/s, %.2f events/s%n",
        articles / seconds,
        totals[0] / seconds,
        totals[1] / seconds);
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
