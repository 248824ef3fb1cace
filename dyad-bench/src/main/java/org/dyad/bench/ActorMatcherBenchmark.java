package org.dyad.bench;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dyad.actors.ActorDictionary;
import org.dyad.model.AnalyzedArticle;
import org.dyad.model.Sentence;
import org.dyad.model.Token;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The actor matcher: every dictionary phrase (countries, agents, 4,474 people, organisations) found
 * in one sentence's tokens, with the roles held on the article date. One operation is one pass over
 * all the corpus's sentences; the score divided by the sentence count is the cost per sentence.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ActorMatcherBenchmark {
  /** A CoNLL-U file from {@code dyad analyze}; empty for the bundled examples. */
  @Param({""})
  public String conllu;

  private ActorDictionary dictionary;
  private List<List<Token>> sentences;
  private final LocalDate date = LocalDate.of(2015, 11, 25);

  @Setup
  public void load() throws IOException {
    dictionary = ActorDictionary.standard();
    sentences = new ArrayList<>();
    for (AnalyzedArticle a : Corpus.load(conllu, date)) {
      for (Sentence s : a.sentences()) {
        sentences.add(s.tokens());
      }
    }
  }

  @Benchmark
  public void matchEverySentence(Blackhole bh) {
    for (List<Token> tokens : sentences) {
      bh.consume(dictionary.match(tokens, date));
    }
  }
}
