package org.dyad.cli;

import org.dyad.nlp.AnalyzerConfig;
import org.dyad.nlp.CoreNlpAnalyzer;
import org.dyad.nlp.NerModel;
import org.dyad.pipeline.EventPipeline;
import picocli.CommandLine.Option;

/** The analyzer options every coding command shares. */
final class AnalyzerOptions {
  @Option(
      names = "--ner",
      paramLabel = "MODEL",
      description = "NER model: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
      defaultValue = "CONLL_4CLASS")
  NerModel ner;

  @Option(
      names = "--max-sentence-tokens",
      paramLabel = "N",
      description = "Sentences longer than N tokens are not parsed (default: ${DEFAULT-VALUE}).",
      defaultValue = "120")
  int maxSentenceTokens;

  EventPipeline pipeline() {
    AnalyzerConfig config =
        AnalyzerConfig.builder().ner(ner).maxSentenceTokens(maxSentenceTokens).build();
    return EventPipeline.standard(new CoreNlpAnalyzer(config));
  }
}
