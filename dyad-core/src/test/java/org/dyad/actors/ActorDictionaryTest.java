package org.dyad.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.dyad.model.Token;
import org.junit.jupiter.api.Test;

class ActorDictionaryTest {
  private static final String COUNTRIES =
      "code\tname\taliases\tadjectives\tcapitals\tseats\n"
          + "RUS\tRussia\tRussian Federation\tRussian|Russians\tMoscow\tKremlin\n"
          + "USA\tUnited States\tUS|U.S.|America\tAmerican\tWashington\tWhite House\n"
          + "GNB\tGuinea-Bissau\t-\t-\tBissau\t-\n";
  private static final String AGENTS =
      "phrase\tsector\npresident\tGOV\nforeign minister\tGOV\nminister\tGOV\nrebel\tREB\n";

  private static ActorDictionary tiny() {
    return ActorDictionary.builder()
        .addCountries("countries.tsv", new StringReader(COUNTRIES))
        .addAgents("agents.tsv", new StringReader(AGENTS))
        .build();
  }

  private static List<Token> tokens(String... words) {
    List<Token> out = new ArrayList<>();
    int offset = 0;
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      String lemma = w.endsWith("s") && !w.equals("Russians") ? w.substring(0, w.length() - 1) : w;
      out.add(new Token(i, w, lemma, "NN", "O", offset, offset + w.length()));
      offset += w.length() + 1;
    }
    return out;
  }

  private static List<String> matched(ActorDictionary d, String... words) {
    return d.match(tokens(words)).stream()
        .map(m -> m.firstToken() + "-" + m.endToken() + ":" + m.entry().id())
        .toList();
  }

  @Test
  void prefersTheLongestPhrase() {
    assertThat(matched(tiny(), "the", "Russian", "foreign", "minister"))
        .containsExactly("1-2:countries:RUS", "2-4:agents:foreign minister");
  }

  @Test
  void matchesMultiWordSeatsOfPower() {
    assertThat(matched(tiny(), "the", "White", "House", "said"))
        .containsExactly("1-3:countries:USA");
  }

  @Test
  void matchesAPluralThroughItsLemma() {
    assertThat(matched(tiny(), "rebels", "attacked")).containsExactly("0-1:agents:rebel");
  }

  @Test
  void matchesHyphenatedNamesWhetherOrNotTheTokenizerSplitsThem() {
    assertThat(matched(tiny(), "Guinea-Bissau")).containsExactly("0-1:countries:GNB");
    assertThat(matched(tiny(), "Guinea", "-", "Bissau")).containsExactly("0-3:countries:GNB");
  }

  @Test
  void ignoresCase() {
    assertThat(matched(tiny(), "RUSSIA")).containsExactly("0-1:countries:RUS");
  }

  @Test
  void reportsBadLinesWithFileAndLineAndLoadsTheRest() {
    String bad =
        "code\tname\taliases\tadjectives\tcapitals\tseats\n"
            + "ru\tRussia\t-\t-\t-\t-\n"
            + "FRA\tFrance\t-\tFrench\tParis\t-\n"
            + "DEU\tGermany\n"
            + "ITA\tItaly\t-\tFrench\t-\t-\n";
    ActorDictionary d =
        ActorDictionary.builder()
            .addCountries("bad.tsv", new StringReader(bad))
            .addAgents("agents.tsv", new StringReader("phrase\tsector\ngeneral\tXYZ\n"))
            .build();
    assertThat(d.problems())
        .extracting(DictionaryProblem::toString)
        .containsExactlyInAnyOrder(
            "bad.tsv:2: country code must be 3 capital letters: 'ru'",
            "bad.tsv:4: expected 6 tab-separated columns, found 2",
            "bad.tsv:5: 'French' already names countries:FRA; kept that",
            "agents.tsv:2: unknown sector code 'XYZ'");
    assertThat(matched(d, "Paris")).containsExactly("0-1:countries:FRA");
    assertThat(matched(d, "Italy")).containsExactly("0-1:countries:ITA");
  }

  @Test
  void readsWorldRegionsAndRefusesACodeThatIsACountrys() {
    String regions =
        "code\tname\taliases\tadjectives\n"
            + "AFR\tAfrica\t-\tAfrican|Africans\n"
            + "RUS\tRussia again\t-\t-\n"
            + "eu\tEurope\t-\t-\n";
    ActorDictionary d =
        ActorDictionary.builder()
            .addCountries("countries.tsv", new StringReader(COUNTRIES))
            .addWorldRegions("regions.tsv", new StringReader(regions))
            .build();
    assertThat(matched(d, "African", "diplomats")).containsExactly("0-1:world-regions:AFR");
    assertThat(d.match(tokens("Africa")).get(0).entry().type()).isEqualTo(EntryType.REGION);
    assertThat(d.countryName("AFR")).contains("Africa");
    assertThat(d.problems())
        .extracting(DictionaryProblem::toString)
        .anyMatch(p -> p.contains("regions.tsv:3") && p.contains("RUS"))
        .anyMatch(p -> p.contains("regions.tsv:4") && p.contains("3 capital letters"));
  }

  @Test
  void bundledRegionAdjectivesGiveWayToLongerCountryAdjectives() {
    ActorDictionary d = ActorDictionary.standard();
    assertThat(matched(d, "West", "African", "leaders")).startsWith("0-2:world-regions:WAF");
    assertThat(matched(d, "South", "African", "troops")).startsWith("0-2:countries:ZAF");
    assertThat(matched(d, "Central", "African", "troops")).startsWith("0-2:countries:CAF");
    assertThat(matched(d, "African", "American", "voters")).startsWith("0-2:countries:USA");
  }

  @Test
  void bundledDictionariesLoadWithoutProblems() {
    ActorDictionary d = ActorDictionary.standard();
    assertThat(d.problems()).isEmpty();
    assertThat(d.countryName("IRN")).contains("Iran");
    assertThat(d.phraseCount()).isGreaterThan(1000);
  }

  @Test
  void bundledDictionariesCoverEveryIsoCountry() {
    ActorDictionary d = ActorDictionary.standard();
    for (String code :
        java.util.Locale.getISOCountries(java.util.Locale.IsoCountryCode.PART1_ALPHA3)) {
      assertThat(d.countryName(code)).as(code).isPresent();
    }
  }

  @Test
  void survivesSeededRandomTokens() {
    Random random = new Random(42);
    ActorDictionary d = ActorDictionary.standard();
    String[] vocabulary = {
      "the", "Russian", "-", "U.S.", "president", "of", "", "Kremlin", "é", "'s"
    };
    for (int round = 0; round < 500; round++) {
      String[] words = new String[random.nextInt(12)];
      for (int i = 0; i < words.length; i++) {
        words[i] = vocabulary[random.nextInt(vocabulary.length)];
      }
      for (PhraseMatch m : d.match(tokens(words))) {
        assertThat(m.firstToken()).isGreaterThanOrEqualTo(0);
        assertThat(m.endToken()).isLessThanOrEqualTo(words.length);
      }
    }
  }

  @Test
  void matchesAnAcronymOnlyWhenWrittenInCapitals() {
    assertThat(matched(tiny(), "US", "troops")).containsExactly("0-1:countries:USA");
    assertThat(matched(tiny(), "U.S.")).containsExactly("0-1:countries:USA");
    assertThat(matched(tiny(), "told", "us")).isEmpty();
    assertThat(matched(tiny(), "Us")).isEmpty();
  }

  @Test
  void matchesPossessivesSplitByTheTokenizer() {
    ActorDictionary d =
        ActorDictionary.builder()
            .addCountries(
                "c.tsv",
                new StringReader(
                    "code\tname\taliases\tadjectives\tcapitals\tseats\n"
                        + "PRK\tNorth Korea\tDemocratic People's Republic of Korea\t-\t-\t-\n"))
            .addAgents("a.tsv", new StringReader("phrase\tsector\nworkers' party\tPTY\n"))
            .build();
    assertThat(matched(d, "Democratic", "People", "'s", "Republic", "of", "Korea"))
        .containsExactly("0-6:countries:PRK");
    assertThat(matched(d, "Workers", "'", "Party")).containsExactly("0-3:agents:workers' party");
  }
}
