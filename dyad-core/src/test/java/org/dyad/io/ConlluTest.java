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
  void namesTheLineOfAMalformedRow() {
    assertThatThrownBy(() -> Conllu.read("x", "# text = A\n1\tA\tA\n"))
        .hasMessageContaining("line 2");
  }
}
