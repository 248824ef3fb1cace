package org.dyad.store.ingest;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.dyad.io.InputProblem;
import org.dyad.model.Article;
import org.dyad.pipeline.CodedArticle;
import org.dyad.store.ArticleIdentity;
import org.dyad.store.EventStore;
import org.dyad.store.StoreException;

/**
 * Codes a corpus into the store. Articles already stored with the same content are not coded again;
 * the rest are coded on worker threads, each with its own coder, and stored one by one, in input
 * order, by the calling thread, each in its own transaction. At most four articles per thread wait
 * to be stored, so memory stays bounded whatever the corpus size.
 */
public final class Ingester {
  /** Codes one article. Each worker thread gets its own, so it need not be thread-safe. */
  @FunctionalInterface
  public interface Coder {
    CodedArticle code(Article article);
  }

  /** Hears what happens, on the calling thread. */
  public interface Listener {
    /** An input record could not be read, or an article could not be coded or stored. */
    void problem(InputProblem problem);

    /** An article was stored, replaced or found unchanged (then sentences and events are 0). */
    void article(Article article, EventStore.Outcome outcome, int sentences, int events);
  }

  private final EventStore store;
  private final CorpusReader reader;
  private final Supplier<Coder> coders;
  private final int threads;
  private final boolean recode;

  /**
   * @param coders makes one coder per worker thread
   * @param threads worker threads, at least 1
   * @param recode code and replace articles even when they are stored unchanged (after the
   *     dictionaries changed)
   */
  public Ingester(
      EventStore store, CorpusReader reader, Supplier<Coder> coders, int threads, boolean recode) {
    this.store = Objects.requireNonNull(store, "store");
    this.reader = Objects.requireNonNull(reader, "reader");
    this.coders = Objects.requireNonNull(coders, "coders");
    if (threads < 1) {
      throw new IllegalArgumentException("threads < 1");
    }
    this.threads = threads;
    this.recode = recode;
  }

  /** Ingests the files ({@code -} reads {@code stdin}) and says what it did. */
  public IngestSummary ingest(List<String> files, InputStream stdin, Listener listener) {
    Run run = new Run(listener);
    ExecutorService workers = Executors.newFixedThreadPool(threads);
    ThreadLocal<Coder> coder = ThreadLocal.withInitial(coders);
    try {
      for (String file : files) {
        reader.read(
            file,
            stdin,
            a -> run.offer(file, a, workers, coder),
            p -> {
              run.skipped++;
              listener.problem(p);
            });
      }
      while (!run.pending.isEmpty()) {
        run.storeNext();
      }
    } finally {
      workers.shutdownNow();
    }
    return new IngestSummary(
        run.inserted,
        run.replaced,
        run.unchanged,
        run.skipped,
        run.failed,
        run.sentences,
        run.events);
  }

  private record Pending(String file, Article article, Future<CodedArticle> coded) {}

  /** One ingest run's state; used by the calling thread only. */
  private final class Run {
    final Listener listener;
    final Deque<Pending> pending = new ArrayDeque<>();

    /** Identity -> content hash of the articles of this run not yet stored. */
    final Map<String, String> inFlight = new HashMap<>();

    int inserted;
    int replaced;
    int unchanged;
    int skipped;
    int failed;
    long sentences;
    long events;

    Run(Listener listener) {
      this.listener = listener;
    }

    void offer(String file, Article a, ExecutorService workers, ThreadLocal<Coder> coder) {
      String identity = ArticleIdentity.of(a);
      String hash = ArticleIdentity.contentHash(a);
      // The same article twice in one run: the first copy is still being coded.
      boolean duplicate = hash.equals(inFlight.get(identity));
      boolean stored;
      try {
        stored = !duplicate && !recode && store.status(a) == EventStore.Status.UNCHANGED;
      } catch (StoreException e) {
        failed++;
        listener.problem(
            new InputProblem(label(file), 0, "article " + a.id() + ": " + e.getMessage()));
        return;
      }
      if (duplicate || stored) {
        unchanged++;
        listener.article(a, EventStore.Outcome.UNCHANGED, 0, 0);
        return;
      }
      inFlight.put(identity, hash);
      pending.add(new Pending(file, a, workers.submit(() -> coder.get().code(a))));
      while (pending.size() > 4 * threads) {
        storeNext();
      }
    }

    void storeNext() {
      Pending p = pending.poll();
      CodedArticle c;
      try {
        c = p.coded().get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while coding", e);
      } catch (ExecutionException e) {
        failed++;
        listener.problem(
            new InputProblem(
                label(p.file()),
                0,
                "article " + p.article().id() + ": coding failed: " + e.getCause()));
        inFlight.remove(ArticleIdentity.of(p.article()));
        return;
      }
      EventStore.Outcome outcome;
      try {
        outcome = store.put(c, p.file().equals(CorpusReader.STDIN) ? null : p.file(), recode);
      } catch (StoreException e) {
        failed++;
        listener.problem(new InputProblem(label(p.file()), 0, e.getMessage()));
        inFlight.remove(ArticleIdentity.of(p.article()));
        return;
      }
      inFlight.remove(ArticleIdentity.of(p.article()));
      int s = c.analysis().sentences().size();
      int ev = c.events().size();
      switch (outcome) {
        case INSERTED -> inserted++;
        case REPLACED -> replaced++;
        case UNCHANGED -> unchanged++;
      }
      if (outcome != EventStore.Outcome.UNCHANGED) {
        sentences += s;
        events += ev;
      }
      listener.article(
          p.article(),
          outcome,
          outcome == EventStore.Outcome.UNCHANGED ? 0 : s,
          outcome == EventStore.Outcome.UNCHANGED ? 0 : ev);
    }
  }

  private static String label(String file) {
    return file.equals(CorpusReader.STDIN) ? "stdin" : file;
  }
}
