package org.dyad.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Token;
import org.junit.jupiter.api.Test;

/** The Phoenix/PETRARCH dictionary reader, on small fixtures written for these tests. */
class PhoenixFormatTest {
  private static final String ACTORS =
      "# a comment line\n"
          + "FREEDONIA_  [FRD]\n"
          + "+FREEDONIAN_\n"
          + "+REPUBLIC_OF_FREEDONIA # trailing comment\n"
          + "\n"
          + "RUFUS_T_FIREFLY_  # no code on the name line\n"
          + "+FIREFLY_\n"
          + "\t[FRDELI]\n"
          + "\t[FRDGOV 330101-451231]\n"
          + "\t[FRDOPP >20010101]\n"
          + "SYLVANIA_ [SYL]\n"
          + "AMBASSADOR_TRENTINO_\n"
          + "\t[SYLGOV <991231]\n"
          + "GROUCHO_MARX_\n"
          + "PRESIDENT_MARX_\n"
          + "\t[FRDGOV >20120219]\n"
          + "BROKEN_ [SYLGOV 991231-990101]\n"
          + "NOBODY_\n";
  private static final String AGENTS =
      "!PERSON! = MAN, WOMAN\n"
          + "MINISTER [~GOV]\n"
          + "RIOT_POLICE {} [~COP]\n"
          + "CHAMBER_OF_COMMERCE {CHAMBERS_OF_COMMERCE} [~BUS]\n"
          + "POLICE!PERSON! [~COP]\n"
          + "BUDDHIST_STUDENT [~BUDEDU]\n"
          + "BAD_LINE\n";

  private final List<String> problems = new ArrayList<>();

  @Test
  void readsActorsWithSynonymsAndDatedCodes() {
    List<PhoenixFormat.Actor> actors =
        PhoenixFormat.readActors(
            "a.txt", new StringReader(ACTORS), (l, m) -> problems.add(l + ": " + m));
    assertThat(actors).hasSize(5);
    assertThat(actors.get(4).names()).containsExactly("GROUCHO MARX", "PRESIDENT MARX");
    PhoenixFormat.Actor freedonia = actors.get(0);
    assertThat(freedonia.names())
        .containsExactly("FREEDONIA", "FREEDONIAN", "REPUBLIC OF FREEDONIA");
    assertThat(freedonia.defaultCode()).isEqualTo("FRD");
    PhoenixFormat.Actor firefly = actors.get(1);
    assertThat(firefly.defaultCode()).isEqualTo("FRDELI");
    assertThat(firefly.roles())
        .containsExactly(
            new PhoenixFormat.Role("FRDGOV", LocalDate.of(1933, 1, 1), LocalDate.of(1945, 12, 31)),
            new PhoenixFormat.Role("FRDOPP", LocalDate.of(2001, 1, 1), null));
    assertThat(actors.get(3).roles())
        .containsExactly(new PhoenixFormat.Role("SYLGOV", null, LocalDate.of(1999, 12, 31)));
    assertThat(problems)
        .containsExactly(
            "17: date range ends before it starts: '991231-990101'",
            "18: actor 'NOBODY' has no code");
  }

  @Test
  void readsAgentsWithPluralsAndMacros() {
    List<PhoenixFormat.Agent> agents =
        PhoenixFormat.readAgents(
            "g.txt", new StringReader(AGENTS), (l, m) -> problems.add(l + ": " + m));
    assertThat(agents)
        .extracting(a -> a.phrase() + "=" + String.join("", a.sectors()))
        .containsExactly(
            "MINISTER=GOV",
            "MINISTERS=GOV",
            "RIOT POLICE=COP",
            "CHAMBER OF COMMERCE=BUS",
            "CHAMBERS OF COMMERCE=BUS",
            "POLICEMAN=COP",
            "POLICEWOMAN=COP",
            "BUDDHIST STUDENT=BUDEDU",
            "BUDDHIST STUDENTS=BUDEDU");
    assertThat(problems).containsExactly("7: expected PHRASE [~CODE]: 'BAD_LINE'");
  }

  @Test
  void loadsPhoenixFilesIntoADictionaryThatResolvesByDate() {
    ActorDictionary d =
        ActorDictionary.builder()
            .addPhoenixActors("a.txt", new StringReader(ACTORS))
            .addPhoenixAgents("g.txt", new StringReader(AGENTS))
            .build();
    List<Token> tokens = List.of(new Token(0, "Firefly", "Firefly", "NNP", "O", 0, 7));
    DictionaryEntry e = d.match(tokens, LocalDate.of(1940, 6, 1)).get(0).entry();
    assertThat(e.codeAt(LocalDate.of(1940, 6, 1)).toString()).isEqualTo("FRDGOV");
    assertThat(e.codeAt(LocalDate.of(1960, 6, 1)).toString()).isEqualTo("FRDELI");
    assertThat(e.codeAt(LocalDate.of(2005, 6, 1)).toString()).isEqualTo("FRDOPP");
    assertThat(d.problemCount()).isEqualTo(3);
    assertThat(d.match(List.of(new Token(0, "Marx", "Marx", "NNP", "O", 0, 4)), null)).isEmpty();
  }

  @Test
  void readsSixAndEightDigitDates() {
    assertThat(PhoenixFormat.date("080508")).isEqualTo(LocalDate.of(2008, 5, 8));
    assertThat(PhoenixFormat.date("970101")).isEqualTo(LocalDate.of(1997, 1, 1));
    assertThat(PhoenixFormat.date("20070101")).isEqualTo(LocalDate.of(2007, 1, 1));
  }
}
