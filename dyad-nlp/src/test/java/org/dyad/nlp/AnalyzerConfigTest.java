package org.dyad.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AnalyzerConfigTest {
  @Test
  void defaultsToNoNerAndParsing() {
    AnalyzerConfig c = AnalyzerConfig.defaults();
    assertThat(c.ner()).isEqualTo(NerModel.NONE);
    assertThat(c.parse()).isTrue();
  }

  @Test
  void readsKnownSettings() {
    AnalyzerConfig c =
        AnalyzerConfig.parse(Map.of("ner", "none", "max-sentence-tokens", "80", "parse", "false"));
    assertThat(c).isEqualTo(new AnalyzerConfig(NerModel.NONE, 80, false));
  }

  @Test
  void rejectsAMisspeltKeyInsteadOfFallingBackToADefault() {
    assertThatThrownBy(() -> AnalyzerConfig.parse(Map.of("ner.model", "none")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown analyzer setting(s) [ner.model]");
  }

  @Test
  void rejectsBadValues() {
    assertThatThrownBy(() -> AnalyzerConfig.parse(Map.of("ner", "7class")))
        .hasMessageContaining("unknown ner model '7class'");
    assertThatThrownBy(() -> AnalyzerConfig.parse(Map.of("parse", "yes")))
        .hasMessageContaining("parse must be true or false");
    assertThatThrownBy(() -> AnalyzerConfig.builder().maxSentenceTokens(0).build())
        .hasMessageContaining("max-sentence-tokens");
  }
}
