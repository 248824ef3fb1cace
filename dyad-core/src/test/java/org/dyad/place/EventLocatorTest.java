package org.dyad.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.dyad.io.Conllu;
import org.dyad.model.Event;
import org.dyad.model.Location;
import org.dyad.pipeline.EventPipeline;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Event locations on hand-checked parses of sentences written for these tests. */
class EventLocatorTest {
  private final EventPipeline pipeline =
      EventPipeline.standard(
          article -> {
            throw new AssertionError("these tests code parsed fixtures only");
          });

  private Location locate(String fixture) throws IOException {
    String conllu;
    try (InputStream in = getClass().getResourceAsStream(fixture + ".conllu")) {
      assertThat(in).as(fixture).isNotNull();
      conllu = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Event e = pipeline.code(Conllu.read(fixture, conllu)).events().get(0);
    return e.location();
  }

  @ParameterizedTest
  @CsvSource({
    // the most populous Paris when nothing says otherwise
    "loc-paris, Paris, FRA, 48.85",
    // "Paris, Texas": the state names which Paris
    "loc-paris-texas, Paris, USA, 33.66",
    // an article about Lebanon: Tripoli in Lebanon, not the capital of Libya
    "loc-tripoli-lebanon, Tripoli, LBN, 34.43",
    "loc-tripoli-libya, Tripoli, LBY, 32.89",
    "loc-tripoli-qualified, Tripoli, LBN, 34.43",
    // Georgia the country and Georgia the US state
    "loc-georgia-country, Tbilisi, GEO, 41.69",
    "loc-georgia-state, Atlanta, USA, 33.75",
    // "southwest of Baghdad"
    "loc-direction, Baghdad, IRQ, 33.34"
  })
  void placesTheEventAtTheCityItsClauseNames(
      String fixture, String name, String country, double latitude) throws IOException {
    Location l = locate(fixture);
    assertThat(l.name()).isEqualTo(name);
    assertThat(l.country()).isEqualTo(country);
    assertThat(l.latitude()).isCloseTo(latitude, offset(0.01));
    assertThat(l.precision()).isEqualTo(Location.Precision.CITY);
    assertThat(l.span().text()).isEqualTo(name);
  }

  @ParameterizedTest
  @CsvSource({
    // "in Idlib province": the division, placed at its capital
    "loc-region-province, Idlib, SYR, 35.93",
    // a US state, not a city
    "loc-region-state, Texas, USA, 30.27"
  })
  void placesTheEventInAFirstLevelDivisionAtItsCapital(
      String fixture, String name, String country, double latitude) throws IOException {
    Location l = locate(fixture);
    assertThat(l.name()).isEqualTo(name);
    assertThat(l.country()).isEqualTo(country);
    assertThat(l.latitude()).isCloseTo(latitude, offset(0.01));
    assertThat(l.precision()).isEqualTo(Location.Precision.ADMIN1);
  }
}
