package org.dyad.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dyad.model.ActorKind;
import org.dyad.model.Token;
import org.junit.jupiter.api.Test;

/** People with dated roles, organisations, and the checks that keep the knowledge base sound. */
class KnowledgeBaseTest {
  private static final String COUNTRIES =
      "code\tname\taliases\tadjectives\tcapitals\tseats\n"
          + "RUS\tRussia\t-\tRussian\tMoscow\tKremlin\n"
          + "USA\tUnited States\tUS\tAmerican\tWashington\t-\n"
          + "LBN\tLebanon\t-\tLebanese\tBeirut\t-\n";
  private static final String PEOPLE =
      "name\taliases\tbase\troles\n"
          + "Vladimir Putin\tPutin\tRUSELI\tRUSGOV 1999-08-16..2000-05-07 prime minister;"
          + " RUSGOV 2000-05-07..2008-05-07 president; RUSGOV 2008-05-08..2012-05-07 prime"
          + " minister; RUSGOV 2012-05-07.. president\n"
          + "George H. W. Bush\tBush\tUSAELI\tUSAGOV 1989-01-20..1993-01-20 president\n"
          + "George W. Bush\tBush\tUSAELI\tUSAGOV 2001-01-20..2009-01-20 president\n";
  private static final String ORGS =
      "code\tkind\tname\taliases\tcountries\n"
          + "IGOUNO\tigo\tUnited Nations\tUN|U.N.\t-\n"
          + "LBNREBHEZ\tarmed_group\tHezbollah\tHizbollah\tLBN\n";

  private static ActorDictionary kb() {
    return ActorDictionary.builder()
        .addCountries("countries.tsv", new StringReader(COUNTRIES))
        .addPeople("people.tsv", new StringReader(PEOPLE))
        .addOrganisations("orgs.tsv", new StringReader(ORGS))
        .build();
  }

  private static List<Token> tokens(String text) {
    List<Token> out = new ArrayList<>();
    int offset = 0;
    String[] words = text.split(" ");
    for (int i = 0; i < words.length; i++) {
      out.add(new Token(i, words[i], words[i], "NNP", "O", offset, offset + words[i].length()));
      offset += words[i].length() + 1;
    }
    return out;
  }

  private static String codeOf(ActorDictionary d, String text, LocalDate date) {
    List<PhraseMatch> m = d.match(tokens(text), date);
    assertThat(m).as(text).hasSize(1);
    return m.get(0).entry().codeAt(date).toString();
  }

  @Test
  void codesAPersonByTheRoleHeldAtTheArticleDate() {
    ActorDictionary d = kb();
    assertThat(d.problems()).isEmpty();
    assertThat(codeOf(d, "Vladimir Putin", LocalDate.of(2015, 11, 23))).isEqualTo("RUSGOV");
    assertThat(codeOf(d, "Putin", LocalDate.of(2010, 1, 1))).isEqualTo("RUSGOV");
    assertThat(codeOf(d, "Putin", LocalDate.of(1995, 1, 1))).isEqualTo("RUSELI");
  }

  @Test
  void codesAFormerOfficialByTheirBaseCode() {
    assertThat(codeOf(kb(), "George W. Bush", LocalDate.of(2015, 1, 1))).isEqualTo("USAELI");
  }

  @Test
  void tellsApartPeopleWhoShareANameByWhoWasInOffice() {
    ActorDictionary d = kb();
    assertThat(d.match(tokens("Bush"), LocalDate.of(1991, 3, 1)).get(0).entry().name())
        .isEqualTo("George H. W. Bush");
    assertThat(d.match(tokens("Bush"), LocalDate.of(2003, 3, 20)).get(0).entry().name())
        .isEqualTo("George W. Bush");
  }

  @Test
  void usesTheLatestRoleWhenTheDateIsUnknown() {
    assertThat(codeOf(kb(), "Putin", null)).isEqualTo("RUSGOV");
    assertThat(kb().entries().get("people:Vladimir Putin").roleAt(null).title())
        .isEqualTo("president");
  }

  @Test
  void readsOrganisationsWithTheirKind() {
    ActorDictionary d = kb();
    assertThat(codeOf(d, "U.N.", null)).isEqualTo("IGOUNO");
    DictionaryEntry hezbollah = d.match(tokens("Hizbollah"), null).get(0).entry();
    assertThat(hezbollah.codeAt(null).toString()).isEqualTo("LBNREBHEZ");
    assertThat(hezbollah.kind()).isEqualTo(ActorKind.ARMED_GROUP);
  }

  @Test
  void readsReligionsAsAgentsAndRejectsCodesThatAreNoFaithOrBranch() {
    String religions =
        "code\tname\twords\n"
            + "MOSSHI\tShia Muslims\tShiite|Shiites\n"
            + "MOSCTH\tNone\tx\n"
            + "ZZZ\tNone\ty\n";
    ActorDictionary d =
        ActorDictionary.builder()
            .addCountries("countries.tsv", new StringReader(COUNTRIES))
            .addReligions("r.tsv", new StringReader(religions))
            .build();
    assertThat(d.problems())
        .extracting(DictionaryProblem::toString)
        .containsExactly(
            "r.tsv:3: unknown religion code 'MOSCTH'", "r.tsv:4: unknown religion code 'ZZZ'");
    DictionaryEntry shiites = d.match(tokens("Shiites"), null).get(0).entry();
    assertThat(shiites.type()).isEqualTo(EntryType.AGENT);
    assertThat(shiites.sectors()).containsExactly("MOS", "SHI");
  }

  @Test
  void failsBadRecordsWithFileAndLine() {
    String people =
        "name\taliases\tbase\troles\n"
            + "A One\t-\tXXXGOV\t-\n"
            + "B Two\t-\tRUSELI\tRUSGOV 2005..2001 president\n"
            + "C Three\t-\tRUSELI\tRUSGOV 2000..2004 president; RUSGOV 2003..2008 president\n"
            + "D Four\tShared\tRUSELI\tRUSGOV 2000..2004 minister\n"
            + "E Five\tShared\tRUSELI\tRUSGOV 2003..2006 minister\n"
            + "F Six\t-\tRUSQQQ\t-\n"
            + "G Seven\t-\tRUSELI\tRUSGOV 2000-13..2001 minister\n";
    String orgs =
        "code\tkind\tname\taliases\tcountries\n"
            + "IGOXYZ\tclub\tXYZ\t-\t-\n"
            + "IGOABC\tigo\tABC\t-\tZZZ\n"
            + "IGOUN\tigo\tUN\t-\t-\n";
    ActorDictionary d =
        ActorDictionary.builder()
            .addCountries("countries.tsv", new StringReader(COUNTRIES))
            .addPeople("p.tsv", new StringReader(people))
            .addOrganisations("o.tsv", new StringReader(orgs))
            .build();
    assertThat(d.problems())
        .extracting(DictionaryProblem::toString)
        .containsExactlyInAnyOrder(
            "p.tsv:2: unknown country code 'XXX' in XXXGOV",
            "p.tsv:3: role ends before it starts: 2005-01-01..2001-12-31 in 'RUSGOV 2005..2001"
                + " president'",
            "p.tsv:4: overlapping roles: 'RUSGOV 2003..2008 president'",
            "p.tsv:6: 'Shared' already names people:D Four; kept that",
            "p.tsv:7: unknown sector code 'QQQ' in RUSQQQ",
            "p.tsv:8: not a date: '2000-13' in 'RUSGOV 2000-13..2001 minister'",
            "o.tsv:2: unknown kind 'club'; known: " + orgKinds(),
            "o.tsv:3: unknown country code 'ZZZ'",
            "o.tsv:4: not an actor code (groups of 3 capitals): 'IGOUN'");
  }

  private static String orgKinds() {
    try {
      var f = ActorDictionary.class.getDeclaredField("ORGANISATION_KINDS");
      f.setAccessible(true);
      return ((java.util.Map<?, ?>) f.get(null)).keySet().toString();
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void indexListsEveryDictionaryFile() throws IOException {
    Path dir = Path.of(System.getProperty("dyad.dictionaries", "../dictionaries"));
    List<String> listed = ActorDictionary.bundledIndex().stream().map(i -> i[1]).toList();
    try (Stream<Path> files = Files.walk(dir)) {
      List<String> actorFiles =
          files
              .filter(p -> p.toString().endsWith(".tsv"))
              .map(p -> dir.relativize(p).toString().replace('\\', '/'))
              .filter(p -> !p.startsWith("verbs") && !p.startsWith("nouns"))
              .sorted()
              .toList();
      assertThat(listed).containsExactlyInAnyOrderElementsOf(actorFiles);
    }
  }
}
