package org.dyad.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.dyad.actors.ActorResolver;
import org.dyad.actors.EntryType;
import org.dyad.actors.PhraseMatch;
import org.dyad.model.Article;
import org.dyad.model.Dependency;
import org.dyad.model.Location;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.model.Token;

/**
 * Places an event: a place attached to its own clause ("in Tehran", "near Aleppo", "southwest of
 * Baghdad") wins; else a place named in its sentence; else the article's focus country, at country
 * precision. A name several cities share goes to one in a country the phrase names ("Paris, Texas",
 * "Tripoli, Lebanon"), else one in a country the article names, else the capital, else the most
 * populous. Only proper nouns after a place preposition are places: demonyms and people are not.
 */
public final class EventLocator {
  private static final Set<String> PLACE_PREPOSITIONS =
      Set.of("in", "near", "at", "outside", "around", "inside", "into", "across", "from");
  private static final Set<String> DIRECTIONS =
      Set.of(
          "north",
          "south",
          "east",
          "west",
          "northeast",
          "northwest",
          "southeast",
          "southwest",
          "outskirts",
          "suburb",
          "suburbs",
          "centre",
          "center",
          "heart",
          "edge");
  private static final Set<String> REGION_WORDS =
      Set.of(
          "province",
          "governorate",
          "state",
          "region",
          "oblast",
          "prefecture",
          "county",
          "department",
          "district");
  private static final Map<String, String> US_STATES =
      Map.ofEntries(
          Map.entry("alabama", "AL"),
          Map.entry("alaska", "AK"),
          Map.entry("arizona", "AZ"),
          Map.entry("arkansas", "AR"),
          Map.entry("california", "CA"),
          Map.entry("colorado", "CO"),
          Map.entry("connecticut", "CT"),
          Map.entry("delaware", "DE"),
          Map.entry("florida", "FL"),
          Map.entry("georgia", "GA"),
          Map.entry("hawaii", "HI"),
          Map.entry("idaho", "ID"),
          Map.entry("illinois", "IL"),
          Map.entry("indiana", "IN"),
          Map.entry("iowa", "IA"),
          Map.entry("kansas", "KS"),
          Map.entry("kentucky", "KY"),
          Map.entry("louisiana", "LA"),
          Map.entry("maine", "ME"),
          Map.entry("maryland", "MD"),
          Map.entry("massachusetts", "MA"),
          Map.entry("michigan", "MI"),
          Map.entry("minnesota", "MN"),
          Map.entry("mississippi", "MS"),
          Map.entry("missouri", "MO"),
          Map.entry("montana", "MT"),
          Map.entry("nebraska", "NE"),
          Map.entry("nevada", "NV"),
          Map.entry("new hampshire", "NH"),
          Map.entry("new jersey", "NJ"),
          Map.entry("new mexico", "NM"),
          Map.entry("new york", "NY"),
          Map.entry("north carolina", "NC"),
          Map.entry("north dakota", "ND"),
          Map.entry("ohio", "OH"),
          Map.entry("oklahoma", "OK"),
          Map.entry("oregon", "OR"),
          Map.entry("pennsylvania", "PA"),
          Map.entry("rhode island", "RI"),
          Map.entry("south carolina", "SC"),
          Map.entry("south dakota", "SD"),
          Map.entry("tennessee", "TN"),
          Map.entry("texas", "TX"),
          Map.entry("utah", "UT"),
          Map.entry("vermont", "VT"),
          Map.entry("virginia", "VA"),
          Map.entry("washington", "WA"),
          Map.entry("west virginia", "WV"),
          Map.entry("wisconsin", "WI"),
          Map.entry("wyoming", "WY"));

  private final Gazetteer gazetteer;
  private final Function<String, String> countryNames;

  /**
   * @param gazetteer the cities
   * @param countryNames a country's name from its code, for country-precision places
   */
  public EventLocator(Gazetteer gazetteer, Function<String, String> countryNames) {
    this.gazetteer = gazetteer;
    this.countryNames = countryNames;
  }

  /**
   * Where the event with trigger {@code trigger} happened, or {@code null}.
   *
   * @param articleCountries how often the article names each country
   * @param focus the article's focus country, or {@code null}
   */
  public Location locate(
      Article article,
      Sentence s,
      ActorResolver.SentenceActors actors,
      int trigger,
      Map<String, Integer> articleCountries,
      String focus) {
    List<Integer> heads = new ArrayList<>(s.children(trigger).size());
    clausePlaces(s, trigger, heads);
    Dependency up = s.head(trigger);
    if (up != null && up.governor() >= 0) {
      clausePlaces(s, up.governor(), heads);
    }
    for (Dependency d : s.children(trigger)) {
      if (d.relation().equals("obj")) {
        clausePlaces(s, d.dependent(), heads);
      }
    }
    for (int h : heads) {
      Location l = place(article, s, actors, h, articleCountries);
      if (l != null) {
        return l;
      }
    }
    for (Token t : s.tokens()) {
      Dependency d = s.head(t.index());
      if (d != null && isPlacePhrase(s, d, t.index())) {
        Location l = place(article, s, actors, t.index(), articleCountries);
        if (l != null) {
          return l;
        }
      }
    }
    if (focus != null) {
      Optional<City> p = gazetteer.countryPoint(focus);
      if (p.isPresent()) {
        return new Location(
            focus,
            p.get().latitude(),
            p.get().longitude(),
            focus,
            null,
            Location.Precision.COUNTRY,
            null);
      }
    }
    return null;
  }

  private static void clausePlaces(Sentence s, int head, List<Integer> out) {
    for (Dependency d : s.children(head)) {
      if (isPlacePhrase(s, d, d.dependent())) {
        out.add(d.dependent());
      } else if (DIRECTIONS.contains(s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT))) {
        // "southwest of Baghdad", "on the outskirts of Aleppo"
        for (Dependency of : s.children(d.dependent())) {
          if (of.baseRelation().equals("nmod") && caseOf(s, of.dependent()).equals("of")) {
            out.add(of.dependent());
          }
        }
      }
    }
  }

  private static boolean isPlacePhrase(Sentence s, Dependency d, int dependent) {
    String rel = d.baseRelation();
    Token t = s.token(dependent);
    boolean named =
        t.pos().startsWith("NNP") || REGION_WORDS.contains(t.lemma().toLowerCase(Locale.ROOT));
    return (rel.equals("obl") || rel.equals("nmod"))
        && PLACE_PREPOSITIONS.contains(caseOf(s, dependent))
        && named;
  }

  private Location place(
      Article article,
      Sentence s,
      ActorResolver.SentenceActors actors,
      int head,
      Map<String, Integer> articleCountries) {
    Token h = s.token(head);
    boolean regionWord = REGION_WORDS.contains(h.lemma().toLowerCase(Locale.ROOT));
    if (regionWord) {
      // "in Idlib province", "in the Donetsk region": the name is the modifier.
      for (Dependency d : s.children(head)) {
        if ((d.relation().equals("compound") || d.relation().equals("amod"))
            && s.token(d.dependent()).pos().startsWith("NNP")) {
          Location l = region(article, s, d.dependent(), articleCountries);
          if (l != null) {
            return l;
          }
        }
      }
      return null;
    }
    if (!h.pos().startsWith("NNP") || h.ner().equals("PERSON")) {
      return null;
    }
    int[] range = nameRange(s, head);
    String name = text(s, range);
    Span span = Span.of(article.text(), s.token(range[0]).begin(), s.token(range[1] - 1).end());
    String qualifierCountry = null;
    String qualifierState = null;
    for (Dependency d : s.children(head)) {
      String rel = d.relation();
      if ((rel.equals("appos") || rel.equals("conj") || rel.startsWith("nmod"))
          && s.token(d.dependent()).pos().startsWith("NNP")
          && d.dependent() > head) {
        String q = text(s, nameRange(s, d.dependent())).toLowerCase(Locale.ROOT);
        String state = US_STATES.get(q);
        if (state != null) {
          qualifierState = state;
        } else {
          qualifierCountry = countryOf(actors, d.dependent());
        }
      }
    }
    if (qualifierState == null && qualifierCountry == null) {
      for (PhraseMatch m : actors.matches()) {
        if (m.covers(head) && m.entry().type() == EntryType.COUNTRY) {
          String c = m.entry().country();
          return gazetteer
              .countryPoint(c)
              .map(
                  p ->
                      new Location(
                          name,
                          p.latitude(),
                          p.longitude(),
                          c,
                          null,
                          Location.Precision.COUNTRY,
                          span))
              .orElse(null);
        }
      }
    }
    List<City> candidates = gazetteer.named(name);
    if (candidates.isEmpty()) {
      return region(article, s, head, articleCountries);
    }
    City best = null;
    if (qualifierState != null) {
      for (City c : candidates) {
        if (c.country().equals("USA")
            && c.admin1().equals(qualifierState)
            && (best == null || c.population() > best.population())) {
          best = c;
        }
      }
    }
    if (best == null && qualifierCountry != null) {
      best = gazetteer.best(name, List.of(qualifierCountry)).orElse(null);
    }
    if (best == null) {
      // The article's other mentions decide: the name itself (a capital in the dictionary) is
      // not evidence for its own country.
      String own = countryOf(actors, head);
      Map<String, Integer> mentions = new java.util.HashMap<>(articleCountries);
      if (own != null) {
        mentions.merge(own, -1, Integer::sum);
      }
      best =
          candidates.stream()
              .max(
                  java.util.Comparator.comparingInt(
                          (City c) -> Math.max(0, mentions.getOrDefault(c.country(), 0)))
                      .thenComparing(City::capital)
                      .thenComparingLong(City::population))
              .orElse(null);
    }
    if (best == null) {
      return null;
    }
    return new Location(
        best.name(),
        best.latitude(),
        best.longitude(),
        best.country(),
        best.admin1().isEmpty() ? null : best.admin1(),
        Location.Precision.CITY,
        span);
  }

  /** A first-level division named at {@code head}, placed at its capital, or null. */
  private Location region(
      Article article, Sentence s, int head, Map<String, Integer> articleCountries) {
    int[] range = nameRange(s, head);
    String name = text(s, range);
    Span span = Span.of(article.text(), s.token(range[0]).begin(), s.token(range[1] - 1).end());
    List<String> preferred = new ArrayList<>(articleCountries.keySet());
    preferred.sort((a, b) -> articleCountries.get(b) - articleCountries.get(a));
    return gazetteer
        .region(name, preferred)
        .map(
            r ->
                new Location(
                    r.name(),
                    r.capital().latitude(),
                    r.capital().longitude(),
                    r.country(),
                    r.capital().admin1().isEmpty() ? null : r.capital().admin1(),
                    Location.Precision.ADMIN1,
                    span))
        .orElse(null);
  }

  private static String countryOf(ActorResolver.SentenceActors actors, int token) {
    for (PhraseMatch m : actors.matches()) {
      if (m.covers(token)
          && m.entry().type() != EntryType.AGENT
          && m.entry().type() != EntryType.REGION) {
        return m.entry().country();
      }
    }
    return null;
  }

  private static int[] nameRange(Sentence s, int head) {
    int first = head;
    int end = head + 1;
    for (Dependency d : s.children(head)) {
      String rel = d.relation();
      if ((rel.equals("compound") || rel.startsWith("flat"))
          && s.token(d.dependent()).pos().startsWith("NNP")) {
        first = Math.min(first, d.dependent());
        end = Math.max(end, d.dependent() + 1);
      }
    }
    return new int[] {first, end};
  }

  private static String text(Sentence s, int[] range) {
    StringBuilder sb = new StringBuilder();
    for (int i = range[0]; i < range[1]; i++) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(s.token(i).text());
    }
    return sb.toString();
  }

  private static String caseOf(Sentence s, int head) {
    for (Dependency d : s.children(head)) {
      if (d.relation().equals("case")) {
        return s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT);
      }
    }
    return "";
  }
}
