package org.dyad.spark;

import org.dyad.actors.ActorDictionary;
import org.dyad.coding.VerbLexicon;
import org.dyad.nlp.AnalyzerConfig;
import org.dyad.nlp.CoreNlpAnalyzer;
import org.dyad.pipeline.EventPipeline;

/**
 * The NLP pipelines of one executor JVM: the dictionary and the lexicon are loaded once per JVM,
 * and each task thread gets one pipeline on its first task and keeps it for every later task and
 * partition (Spark reuses its task threads), so a model is never loaded per partition.
 */
final class Pipelines {
  private static ActorDictionary dictionary;
  private static VerbLexicon lexicon;
  private static final ThreadLocal<EventPipeline> PER_THREAD =
      ThreadLocal.withInitial(
          () ->
              new EventPipeline(
                  new CoreNlpAnalyzer(AnalyzerConfig.defaults()), dictionary(), lexicon()));

  private Pipelines() {}

  static EventPipeline get() {
    return PER_THREAD.get();
  }

  private static synchronized ActorDictionary dictionary() {
    if (dictionary == null) {
      dictionary = ActorDictionary.standard();
    }
    return dictionary;
  }

  private static synchronized VerbLexicon lexicon() {
    if (lexicon == null) {
      lexicon = VerbLexicon.standard();
    }
    return lexicon;
  }
}
