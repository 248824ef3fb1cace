package org.dyad.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.dyad.model.AnalyzedArticle;
import org.junit.jupiter.api.Test;

class ConlluTest {
  private static final String TWO =
      "# text = Russia attacked Ukraine.\n"
          + "1\tRussia\tRussia\t_\tNNP\t_\t2\tnsubj\t_\tNER=LOCATION\n"
          + "2\tattacked\tattack\t_\tVBD\t_\t0\troot\t_\t_\n"
          + "3\tUkraine\tUkraine\t_\tNNP\t_\t2\tobj\t_\t_\n"
          + "4\t.\t.\t_\t.\t_\t2\tpunct\t_\t_\n"
          + "\n"
          + "# text = Kyiv protested.\n"
          + "1\tKyiv\tKyiv\t_\tNNP\t_\t2\tnsubj\t_\t_\n"
          + "2\tprotested\tprotest\t_\tVBD\t_\t0\troot\t_\t_\n"
          + "3\t.\t.\t_\t.\t_\t2\tpunct\t_\t_\n";

  @Test
  void readsSentencesWithOffsetsIntoTheRebuiltText() {
    AnalyzedArticle a = Conllu.read("x", TWO);
    assertThat(a.article().text()).isEqualTo("Russia attacked Ukraine. Kyiv protested.");
    assertThat(a.sentences()).hasSize(2);
    var kyiv = a.sentences().get(1).token(0);
    assertThat(a.article().text().substring(kyiv.begin(), kyiv.end())).isEqualTo("Kyiv");
    assertThat(a.sentences().get(0).token(0).ner()).isEqualTo("LOCATION");
    assertThat(a.sentences().get(0).head(0).relation()).isEqualTo("nsubj");
  }

  @Test
  void writesWhatItReads() {
    AnalyzedArticle a = Conllu.read("x", TWO);
    AnalyzedArticle b = Conllu.read("x", Conllu.write(a));
    assertThat(b.sentences()).isEqualTo(a.sentences());
  }

  @Test
  void readsThePeriodTheTokenizerRepeatsAfterAnAbbreviation() {
    // regression: "Washington, D.C." ends a sentence as the tokens "D.C." and "."
    AnalyzedArticle a =
        Conllu.read(
            "x",
            "# text = He went to Washington, D.C.\n"
                + "1\tHe\the\t_\tPRP\t_\t2\tnsubj\t_\t_\n"
                + "2\twent\tgo\t_\tVBD\t_\t0\troot\t_\t_\n"
                + "3\tto\tto\t_\tTO\t_\t4\tcase\t_\t_\n"
                + "4\tWashington\tWashington\t_\tNNP\t_\t2\tobl\t_\t_\n"
                + "5\t,\t,\t_\t,\t_\t6\tpunct\t_\t_\n"
                + "6\tD.C.\tD.C.\t_\tNNP\t_\t4\tappos\t_\t_\n"
                + "7\t.\t.\t_\t.\t_\t2\tpunct\t_\t_\n");
    var tokens = a.sentences().get(0).tokens();
    assertThat(tokens).hasSize(7);
    assertThat(a.article().text().substring(tokens.get(6).begin(), tokens.get(6).end()))
        .isEqualTo(".");
    assertThat(tokens.get(6).begin()).isEqualTo(tokens.get(5).end() - 1);
  }

  @Test
  void namesTheLineOfAMalformedRow() {
    assertThatThrownBy(() -> Conllu.read("x", "# text = A\n1\tA\tA\n"))
        .hasMessageContaining("line 2");
  }
}
