package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import org.dyad.coding.VerbLexicon;
import org.dyad.nlp.AnalyzerConfig;
import org.dyad.nlp.CoreNlpAnalyzer;
import org.dyad.nlp.NerModel;
import org.dyad.pipeline.EventPipeline;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The analyzer and dictionary options every coding command shares. */
final class AnalyzerOptions {
  @Option(
      names = "--ner",
      paramLabel = "MODEL",
      description = "NER model: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
      defaultValue = "NONE")
  NerModel ner;

  @Option(
      names = "--max-sentence-tokens",
      paramLabel = "N",
      description = "Sentences longer than N tokens are not parsed (default: ${DEFAULT-VALUE}).",
      defaultValue = "120")
  int maxSentenceTokens;

  @Mixin DictionaryOptions dictionaries;

  AnalyzerConfig config() {
    return AnalyzerConfig.builder().ner(ner).maxSentenceTokens(maxSentenceTokens).build();
  }

  EventPipeline pipeline(PrintWriter err) throws IOException {
    return pipeline(dictionaries.dictionary(err));
  }

  /** A pipeline on a dictionary already loaded (one per worker thread, one dictionary). */
  EventPipeline pipeline(org.dyad.actors.ActorDictionary dictionary) {
    return new EventPipeline(new CoreNlpAnalyzer(config()), dictionary, VerbLexicon.standard());
  }
}
