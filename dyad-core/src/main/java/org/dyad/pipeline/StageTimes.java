package org.dyad.pipeline;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/** Time spent in each stage of the pipeline, summed over threads; for {@code dyad bench}. */
public final class StageTimes {
  /** The stages timed. */
  public enum Stage {
    /** Tokenizer, sentence splitter, part-of-speech tagger, lemmatizer. */
    TOKENIZE_POS,
    /** Named-entity recogniser. */
    NER,
    /** Dependency parser. */
    PARSE,
    /** Actor matching and resolution. */
    ACTORS,
    /** Event coding. */
    CODING,
    /** Event dates and places. */
    DATES_PLACES,
    /** Writing articles and events to the database ({@code dyad bench --store}). */
    STORE
  }

  private final Map<Stage, LongAdder> nanos = new EnumMap<>(Stage.class);

  public StageTimes() {
    for (Stage s : Stage.values()) {
      nanos.put(s, new LongAdder());
    }
  }

  public void add(Stage stage, long elapsedNanos) {
    nanos.get(stage).add(elapsedNanos);
  }

  /** Nanoseconds spent in a stage so far. */
  public long nanos(Stage stage) {
    return nanos.get(stage).sum();
  }

  public long totalNanos() {
    long t = 0;
    for (LongAdder a : nanos.values()) {
      t += a.sum();
    }
    return t;
  }
}
