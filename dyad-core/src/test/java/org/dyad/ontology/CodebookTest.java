package org.dyad.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CodebookTest {
  private final Codebook book = Codebook.standard();

  @Test
  void holdsTheTwentyRootsAndEveryThreeAndFourDigitCode() {
    Set<String> roots =
        book.codes().stream()
            .filter(CameoCode::isRoot)
            .map(CameoCode::code)
            .collect(Collectors.toSet());
    assertThat(roots).hasSize(20);
    for (int r = 1; r <= 20; r++) {
      assertThat(roots).contains(String.format("%02d", r));
    }
    assertThat(book.codes().stream().filter(c -> c.code().length() == 3).count())
        .isGreaterThanOrEqualTo(140);
    assertThat(book.codes().stream().filter(c -> c.code().length() == 4).count())
        .isGreaterThanOrEqualTo(140);
    assertThat(book.codes()).hasSizeGreaterThanOrEqualTo(300);
  }

  @Test
  void everyCodesParentExists() {
    for (CameoCode c : book.codes()) {
      if (!c.isRoot()) {
        assertThat(book.contains(c.parent())).as("parent of %s", c.code()).isTrue();
      }
    }
  }

  @Test
  void goldsteinValuesLieOnTheScale() {
    for (CameoCode c : book.codes()) {
      assertThat(c.goldstein()).as(c.code()).isBetween(-10.0, 10.0);
      assertThat(c.goldsteinGdelt()).as(c.code()).isBetween(-10.0, 10.0);
    }
  }

  @Test
  void quadClassFollowsTheRoot() {
    for (CameoCode c : book.codes()) {
      int root = Integer.parseInt(c.root());
      int expected = root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
      assertThat(c.quadClass()).as(c.code()).isEqualTo(expected);
    }
  }

  @Test
  void everyCodeHasAName() {
    for (CameoCode c : book.codes()) {
      assertThat(c.name()).as(c.code()).isNotBlank();
    }
  }

  @Test
  void knowsWellKnownCodes() {
    assertThat(book.get("042").name()).isEqualTo("Make a visit");
    assertThat(book.get("057").goldstein()).isEqualTo(8.0);
    assertThat(book.get("190").quadClass()).isEqualTo(4);
    assertThat(book.find("999")).isEmpty();
    assertThat(book.version()).isNotBlank();
  }

  @Test
  void conflictCodesScoreBelowCooperationCodes() {
    double coop =
        book.codes().stream()
            .filter(c -> c.quadClass() <= 2)
            .mapToDouble(CameoCode::goldstein)
            .average()
            .orElseThrow();
    double conflict =
        book.codes().stream()
            .filter(c -> c.quadClass() >= 3)
            .mapToDouble(CameoCode::goldstein)
            .average()
            .orElseThrow();
    assertThat(coop).isGreaterThan(0);
    assertThat(conflict).isLessThan(0);
  }
}
