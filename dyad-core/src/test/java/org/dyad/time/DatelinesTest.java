package org.dyad.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatelinesTest {
  @Test
  void readsADatelineAtTheStartOfTheText() {
    assertThat(Datelines.of("MOSCOW, Nov 25, 2015 (Reuters) - Russia said..."))
        .contains(LocalDate.of(2015, 11, 25));
    assertThat(Datelines.of("25 November 2015 — Iran and Russia signed..."))
        .contains(LocalDate.of(2015, 11, 25));
    assertThat(Datelines.of("2015-11-25: Tehran.")).contains(LocalDate.of(2015, 11, 25));
  }

  @Test
  void ignoresDatesWithoutAYearOrFarIntoTheText() {
    assertThat(Datelines.of("On Monday, Russia met Iran.")).isEmpty();
    assertThat(Datelines.of("MOSCOW, Nov 25 (Reuters) - talks began.")).isEmpty();
    assertThat(Datelines.of("x".repeat(300) + " November 25, 2015")).isEmpty();
  }

  @Test
  void rejectsImpossibleDates() {
    assertThat(Datelines.of("February 30, 2015 - ...")).isEmpty();
  }
}
