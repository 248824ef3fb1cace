package org.dyad.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dyad.io.ArticleReader;
import org.dyad.io.EventJson;
import org.dyad.io.InputProblem;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.model.Sentence;
import org.dyad.ontology.Codebook;
import org.dyad.pipeline.CodedArticle;
import org.dyad.pipeline.EventPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad code}: codes articles and prints their events. */
@Command(
    name = "code",
    mixinStandardHelpOptions = true,
    description = {
      "Codes articles and prints their events.",
      "Input: plain text (first line the title when there are several lines; an optional"
          + " 'Date: YYYY-MM-DD' line) or JSON Lines (.jsonl) articles"
          + " {id, title?, text, date?, url?, source?}. '-' or no FILE reads standard input."
    })
public final class CodeCommand implements Callable<Integer> {
  /** How events are printed. */
  enum Format {
    jsonl,
    table,
    eval
  }

  @Parameters(paramLabel = "FILE", description = "Input files; '-' for standard input.")
  List<String> files = new ArrayList<>();

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      description = "Publication date for articles whose input gives none.")
  LocalDate date;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description =
          "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). jsonl: one event a"
              + " line with evidence; table: for people; eval: one line per article"
              + " {id, events:[{source,target,code}]} for shared/eval/score.py.",
      defaultValue = "jsonl")
  Format format;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Worker threads, each with its own NLP pipeline (default: ${DEFAULT-VALUE}).",
      defaultValue = "1")
  int threads;

  @Mixin AnalyzerOptions analyzer;

  private final InputStream in;
  private final PrintWriter out;
  private final PrintWriter err;

  CodeCommand(InputStream in, PrintWriter out, PrintWriter err) {
    this.in = in;
    this.out = out;
    this.err = err;
  }

  @Override
  public Integer call() {
    List<String> inputs = files.isEmpty() ? List.of("-") : files;
    if (threads < 1) {
      err.println("dyad code: --threads must be at least 1");
      return ExitCodes.USAGE;
    }
    org.dyad.actors.ActorDictionary dictionary;
    try {
      dictionary = analyzer.dictionaries.dictionary(err);
    } catch (IOException e) {
      err.println("dyad code: cannot read a dictionary: " + e.getMessage());
      return ExitCodes.NOTHING_PROCESSED;
    }
    // One pipeline per worker thread over one shared, immutable dictionary.
    ThreadLocal<EventPipeline> pipelines =
        ThreadLocal.withInitial(() -> analyzer.pipeline(dictionary));
    ExecutorService workers = Executors.newFixedThreadPool(threads);
    ArticleReader reader = new ArticleReader(date);
    int[] coded = {0};
    int[] problems = {0};
    EventJson json = new EventJson();
    ObjectMapper mapper = new ObjectMapper();
    if (format == Format.table) {
      out.println(TableFormat.header());
    }
    // Articles are coded in parallel and printed in input order; at most 4 per thread wait, so
    // memory stays bounded whatever the corpus size (back-pressure on the reader).
    Deque<Future<CodedArticle>> pending = new ArrayDeque<>();
    Deque<String> pendingFiles = new ArrayDeque<>();
    try {
      for (String file : inputs) {
        try (BufferedReader r = Inputs.open(file, in)) {
          java.util.function.Consumer<Article> sink =
              a -> {
                pending.add(workers.submit(() -> pipelines.get().code(a)));
                pendingFiles.add(Inputs.label(file) + ": article " + a.id());
                while (pending.size() > 4 * threads) {
                  printNext(pending, pendingFiles, coded, problems, json, mapper);
                }
              };
          java.util.function.Consumer<InputProblem> onProblem =
              p -> {
                problems[0]++;
                err.println("dyad code: " + p);
              };
          Inputs.read(reader, file, r, sink, onProblem);
        } catch (IOException e) {
          problems[0]++;
          err.println("dyad code: " + Inputs.label(file) + ": cannot read: " + e.getMessage());
        }
      }
      while (!pending.isEmpty()) {
        printNext(pending, pendingFiles, coded, problems, json, mapper);
      }
      out.flush();
    } finally {
      workers.shutdownNow();
    }
    if (problems[0] > 0) {
      err.printf(
          Locale.ROOT, "dyad code: %d article(s) coded, %d problem(s)%n", coded[0], problems[0]);
    }
    return coded[0] == 0 ? ExitCodes.NOTHING_PROCESSED : ExitCodes.OK;
  }

  private void printNext(
      Deque<Future<CodedArticle>> pending,
      Deque<String> pendingFiles,
      int[] coded,
      int[] problems,
      EventJson json,
      ObjectMapper mapper) {
    Future<CodedArticle> next = pending.poll();
    String file = pendingFiles.poll();
    CodedArticle c;
    try {
      c = next.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      // One article the coder cannot handle is reported; the rest of the batch goes on.
      problems[0]++;
      err.println("dyad code: " + file + ": coding failed: " + rootCause(e));
      return;
    }
    coded[0]++;
    if (c.analysis().article().published() == null) {
      err.println(
          "dyad code: "
              + file
              + " has no date (none in the input, no dateline): its events are undated; give"
              + " --date to date them");
    }
    print(c, json, mapper);
  }

  private void print(CodedArticle c, EventJson json, ObjectMapper mapper) {
    List<Sentence> sentences = c.analysis().sentences();
    String text = c.analysis().article().text();
    switch (format) {
      case jsonl -> {
        for (Event e : c.events()) {
          Sentence s = sentences.get(e.sentenceIndex());
          out.println(json.write(e, text.substring(s.begin(), s.end())));
        }
      }
      case table -> {
        for (Event e : c.events()) {
          out.println(TableFormat.row(e, Codebook.standard()));
        }
      }
      case eval -> {
        ObjectNode o = mapper.createObjectNode();
        o.put("id", c.analysis().article().id());
        ArrayNode events = o.putArray("events");
        for (Event e : c.events()) {
          events
              .addObject()
              .put("source", e.source().code())
              .put("target", e.target().code())
              .put("code", e.cameoCode());
        }
        out.println(o);
      }
    }
  }

  /**
   * The innermost cause: a broken bundled lexicon surfaces as an ExceptionInInitializerError, whose
   * own message is empty; the problem list is in its cause.
   */
  private static Throwable rootCause(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t;
  }
}
