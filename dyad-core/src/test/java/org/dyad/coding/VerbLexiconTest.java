package org.dyad.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** Reading the lexicon: its object constraints and the problems it reports by line. */
class VerbLexiconTest {
  private static final String HEADER = "id\tcode\tverb\tobject\ttarget\tflags\texample\n";
  private static final String NOUNS = "class\tnouns\nshield\tshield|human shield\n";

  private static VerbLexicon read(String rows) {
    return VerbLexicon.read(
        "verbs.tsv", new StringReader(HEADER + rows), "nouns.tsv", new StringReader(NOUNS));
  }

  @Test
  void readsAPrepositionalPhraseConstraintAsPrepositionAndClass() {
    VerbLexicon lexicon = read("hold.as.184\t184\thold\tas:shield\tobj\t-\tX held Y as shields.\n");
    assertThat(lexicon.problems()).isEmpty();
    VerbPattern p = lexicon.forLemma("hold").get(0);
    assertThat(p.phraseCase()).isEqualTo("as");
    assertThat(p.phraseClass()).isEqualTo("shield");
    assertThat(lexicon.hasGenericPattern("hold")).isFalse();
  }

  @Test
  void reportsAPhraseConstraintOnAnUnknownClassWithItsLine() {
    VerbLexicon lexicon =
        read(
            "hold.as.184\t184\thold\tas:shield\tobj\t-\tX held Y as shields.\n"
                + "use.as.184\t184\tuse\tas:shields\tobj\t-\tX used Y as shields.\n");
    assertThat(lexicon.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(3);
              assertThat(p.message()).contains("unknown noun class 'shields'");
            });
    assertThat(lexicon.forLemma("use")).isEmpty();
  }

  @Test
  void keepsClauseObjectsApartFromPhraseConstraints() {
    VerbLexicon lexicon = read("say.must.100\t100\tsay\tclause:must\tthat\t-\tX said Y must go.\n");
    VerbPattern p = lexicon.forLemma("say").get(0);
    assertThat(p.phraseCase()).isNull();
    assertThat(p.objectClass()).isEqualTo(VerbLexicon.OBLIGATION_CLAUSE);
  }
}
