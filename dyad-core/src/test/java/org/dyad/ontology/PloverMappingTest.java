package org.dyad.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PloverMappingTest {
  private final PloverMapping mapping = PloverMapping.standard();
  private final Codebook book = Codebook.standard();

  @Test
  void everyMappedCodeIsInTheCodebook() {
    for (String code : mapping.mappedCodes()) {
      assertThat(book.contains(code)).as(code).isTrue();
    }
  }

  @Test
  void everyCodeFromRootThreeUpHasACategory() {
    for (CameoCode c : book.codes()) {
      if (Integer.parseInt(c.root()) >= 3) {
        assertThat(mapping.map(c.code())).as(c.code()).isPresent();
      }
    }
  }

  @Test
  void statementsAndAppealsHaveNoPloverCategory() {
    assertThat(mapping.map("010")).isEmpty();
    assertThat(mapping.map("0214")).isEmpty();
  }

  @Test
  void mapsVisitsToConsultWithTheVisitMode() {
    PloverMapping.Target t = mapping.map("042").orElseThrow();
    assertThat(t.category().name()).isEqualTo("CONSULT");
    assertThat(t.mode()).isEqualTo("visit");
  }

  @Test
  void fourDigitCodesFallBackToTheirParent() {
    assertThat(mapping.map("0871")).isPresent();
    assertThat(mapping.map("1831").orElseThrow().category().name()).isEqualTo("ASSAULT");
  }

  @Test
  void categoriesAreTheSixteenOfPlover2021() {
    assertThat(mapping.categories()).hasSize(16);
    for (PloverCategory c : mapping.categories()) {
      assertThat(c.quadClass()).isBetween(1, 4);
    }
  }
}
