package org.dyad.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dyad.actors.ActorDictionary;
import org.dyad.io.InputProblem;
import org.dyad.model.Article;
import org.dyad.store.EventStore;
import org.dyad.store.StoreException;
import org.dyad.store.ingest.CorpusReader;
import org.dyad.store.ingest.CsvColumns;
import org.dyad.store.ingest.IngestSummary;
import org.dyad.store.ingest.Ingester;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad ingest}: codes a corpus into the database. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Codes a corpus into the database: each article once, with all its events, in one"
          + " transaction.",
      "PATH: files, directories (searched recursively), globs ('news/**.jsonl') or '-' for"
          + " standard input. Formats by extension: .txt, .jsonl, .csv/.tsv, .html, .rss/.atom/.xml,"
          + " each optionally .gz. An article is identified by its URL, else by its text:"
          + " ingesting the same corpus again stores nothing new, a changed article replaces"
          + " its events."
    })
final class IngestCommand implements Callable<Integer> {
  /** When the progress bar is drawn. */
  enum ProgressMode {
    auto,
    always,
    never
  }

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "What to ingest.")
  List<String> paths = new ArrayList<>();

  @Mixin StoreOptions store;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Coding threads, each with its own NLP pipeline (default: all cores).")
  Integer threads;

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      description = "Publication date for articles whose input gives none.")
  LocalDate date;

  @Option(
      names = "--csv-columns",
      paramLabel = "FIELD=COLUMN,...",
      description =
          "CSV header names of the fields id, title, text, date, url, source"
              + " (default: the field names themselves).")
  String csvColumns;

  @Option(
      names = "--max-file-size",
      paramLabel = "MB",
      description =
          "Largest text, HTML or feed file read (default: ${DEFAULT-VALUE} MB); JSON Lines and"
              + " CSV stream and have no limit.",
      defaultValue = "64")
  int maxFileMegabytes;

  @Option(
      names = "--recode",
      description =
          "Code and replace articles even when stored unchanged (after a dictionary change).")
  boolean recode;

  @Option(
      names = "--progress",
      paramLabel = "WHEN",
      description =
          "Progress bar on standard error: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
      defaultValue = "auto")
  ProgressMode progress;

  @Mixin AnalyzerOptions analyzer;

  private final InputStream in;
  private final PrintWriter out;
  private final PrintWriter err;

  IngestCommand(InputStream in, PrintWriter out, PrintWriter err) {
    this.in = in;
    this.out = out;
    this.err = err;
  }

  @Override
  public Integer call() {
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (n < 1 || maxFileMegabytes < 1) {
      err.println("dyad ingest: --threads and --max-file-size must be at least 1");
      return ExitCodes.USAGE;
    }
    CsvColumns columns;
    try {
      columns = CsvColumns.parse(csvColumns);
    } catch (IllegalArgumentException e) {
      err.println("dyad ingest: --csv-columns: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    CorpusReader reader = new CorpusReader(date, columns, maxFileMegabytes * 1024L * 1024L);
    List<InputProblem> early = new ArrayList<>();
    List<String> files = reader.expand(paths, early::add);
    for (InputProblem p : early) {
      err.println("dyad ingest: " + p);
    }
    if (files.isEmpty()) {
      err.println("dyad ingest: nothing to read");
      return ExitCodes.NOTHING_PROCESSED;
    }
    ActorDictionary dictionary;
    try {
      dictionary = analyzer.dictionaries.dictionary(err);
    } catch (IOException e) {
      err.println("dyad ingest: cannot read a dictionary: " + e.getMessage());
      return ExitCodes.NOTHING_PROCESSED;
    }
    long total = 0;
    for (String f : files) {
      long e = reader.estimate(f);
      total = e < 0 || total < 0 ? -1 : total + e;
    }
    boolean draw =
        progress == ProgressMode.always
            || (progress == ProgressMode.auto && System.console() != null);
    Progress bar = new Progress(err, draw, total);
    long started = System.nanoTime();
    IngestSummary summary;
    try (EventStore db = EventStore.open(store.db)) {
      Ingester ingester =
          new Ingester(db, reader, () -> analyzer.pipeline(dictionary)::code, n, recode);
      summary =
          ingester.ingest(
              files,
              in,
              new Ingester.Listener() {
                @Override
                public void problem(InputProblem p) {
                  bar.clear();
                  err.println("dyad ingest: " + p);
                  bar.redraw();
                }

                @Override
                public void article(
                    Article a, EventStore.Outcome outcome, int sentences, int events) {
                  bar.article(sentences, events);
                }
              });
      bar.finish();
      double seconds = (System.nanoTime() - started) / 1e9;
      out.println(
          String.format(
              Locale.ROOT,
              "dyad ingest: %s in %.1f s into %s (%d articles, %d events, %d clusters stored)",
              summary.line(),
              seconds,
              store.db,
              db.counts().articles(),
              db.counts().events(),
              db.counts().clusters()));
      out.flush();
    } catch (StoreException e) {
      bar.finish();
      err.println("dyad ingest: " + e.getMessage());
      return ExitCodes.IO;
    }
    boolean nothing =
        summary.inserted() + summary.replaced() + summary.unchanged() == 0
            && summary.skipped() + summary.failed() + early.size() > 0;
    return nothing ? ExitCodes.NOTHING_PROCESSED : ExitCodes.OK;
  }
}
