package org.dyad.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.dyad.io.Conllu;
import org.dyad.model.AnalyzedArticle;
import org.dyad.model.Sentence;
import org.junit.jupiter.api.Test;

/** The resolver on hand-checked parses: capitals that name another country's city. */
class ActorResolverTest {
  private static final Map<String, Map<String, Long>> CITIES =
      Map.of(
          "Tripoli", Map.of("LBY", 1_150_000L, "LBN", 229_000L),
          "London", Map.of("GBR", 8_900_000L, "CAN", 380_000L, "USA", 8_000L));

  private static Sentence sentence(String fixture) throws IOException {
    try (InputStream in = ActorResolverTest.class.getResourceAsStream(fixture)) {
      assertThat(in).as(fixture).isNotNull();
      AnalyzedArticle a =
          Conllu.read(fixture, new String(in.readAllBytes(), StandardCharsets.UTF_8));
      return a.sentences().get(0);
    }
  }

  private static ActorResolver.SentenceActors read(Sentence s) {
    ActorResolver r =
        new ActorResolver(
            ActorDictionary.standard(), null, name -> CITIES.getOrDefault(name, Map.of()));
    r.focusOn(java.util.List.of(s));
    return r.read(s);
  }

  @Test
  void takesACapitalForTheCityOfTheCountryItsSentenceNames() throws IOException {
    Sentence s = sentence("/org/dyad/coding/tripoli-in-lebanon.conllu");
    int tripoli = 9;
    assertThat(s.token(tripoli).text()).isEqualTo("Tripoli");
    assertThat(read(s).placeCountry(tripoli)).contains("LBN");
  }

  @Test
  void keepsACapitalWhenTheOtherCountrysCityIsSmall() throws IOException {
    // London, Ontario has 380,000 people: "Canadian tourists ... in London" are in Britain
    Sentence s = sentence("/org/dyad/coding/london-stays-london.conllu");
    int london = 5;
    assertThat(s.token(london).text()).isEqualTo("London");
    assertThat(read(s).placeCountry(london)).contains("GBR");
  }

  @Test
  void keepsACapitalWhoseCountryTheArticleNames() throws IOException {
    Sentence s = sentence("/org/dyad/coding/tripoli-in-libya.conllu");
    assertThat(read(s).placeCountry(s.tokens().size() - 2)).contains("LBY");
  }
}
