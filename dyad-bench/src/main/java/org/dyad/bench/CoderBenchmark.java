package org.dyad.bench;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dyad.actors.ActorDictionary;
import org.dyad.coding.VerbLexicon;
import org.dyad.model.AnalyzedArticle;
import org.dyad.pipeline.EventPipeline;
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
 * Everything after the NLP analysis, on pre-analysed articles: actor resolution, the coder over the
 * dependency trees, dates and places. One operation codes every article of the corpus once.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CoderBenchmark {
  /** A CoNLL-U file from {@code dyad analyze}; empty for the bundled examples. */
  @Param({""})
  public String conllu;

  private EventPipeline pipeline;
  private List<AnalyzedArticle> articles;

  @Setup
  public void load() throws IOException {
    articles = Corpus.load(conllu, LocalDate.of(2015, 11, 25));
    // The articles are analysed already: an analyzer that is called is a bug in the benchmark.
    pipeline =
        new EventPipeline(
            a -> {
              throw new IllegalStateException("the benchmark's articles are pre-analysed");
            },
            ActorDictionary.standard(),
            VerbLexicon.standard());
  }

  @Benchmark
  public void codeEveryArticle(Blackhole bh) {
    for (AnalyzedArticle a : articles) {
      bh.consume(pipeline.code(a));
    }
  }
}
