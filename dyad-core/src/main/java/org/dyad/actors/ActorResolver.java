package org.dyad.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.model.Actor;
import org.dyad.model.ActorKind;
import org.dyad.model.Dependency;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * Resolves the noun phrase hanging on a token into an actor by composition: the phrase's country (a
 * name, a demonym, a capital) joined with its agent ("Russian President Vladimir Putin" gives RUS +
 * GOV). A phrase is the head and what attaches to it by compound, adjective, possessive, flat name,
 * apposition and "of"; clauses and conjuncts are other phrases.
 *
 * <p>One resolver serves one article, in sentence order: it remembers the actors already named so
 * that "the two countries" or "both leaders" can refer back to them.
 */
public final class ActorResolver {
  private static final Set<String> PHRASE_RELATIONS =
      Set.of("compound", "amod", "nmod:poss", "flat", "appos", "det:poss");
  private static final Set<String> GROUP_NOUNS =
      Set.of("country", "nation", "state", "side", "neighbour", "neighbor", "party", "ally");
  private static final Set<String> LEADER_NOUNS =
      Set.of(
          "leader",
          "government",
          "president",
          "minister",
          "head",
          "delegation",
          "official",
          "administration");
  private static final Set<String> PAIR_WORDS = Set.of("two", "both");

  /** Nouns that, with a faith before them, name its people ("their Muslim followers"). */
  private static final Set<String> FAITH_PEOPLE =
      Set.of(
          "follower",
          "believer",
          "faithful",
          "worshipper",
          "worshiper",
          "community",
          "minority",
          "population",
          "people",
          "group",
          "man",
          "woman",
          "family");

  private static final Set<String> INTERNATIONAL_CODES = Set.of("IGO", "NGO", "IMG", "MNC");
  // Sectors of a country's own institutions and people, which a bare agent can take from the
  // article's focus; not IGO/NGO and the like, which belong to no country.
  private static final Set<String> FOCUS_SECTORS =
      Set.of(
          "GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "INS", "SEP", "CVL", "BUS", "MED", "EDU",
          "REL", "HLH", "REF", "SPY", "UAF", "CRM", "LAB", "ELI", "AGR", "PTY", "RAD");

  private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she", "him", "her");

  private final ActorDictionary dictionary;
  private final LocalDate date;
  private final List<Actor> history = new ArrayList<>();
  private final java.util.function.Function<String, Map<String, Long>> cityCountries;
  private String focus;
  private Map<String, Integer> articleCountries = Map.of();
  private Set<String> namedCountries = Set.of();

  /**
   * Whether a token is a pronoun the resolver reads as the last person named ("he", "her"). Other
   * pronouns are never actors of their own: "it", "they", "we" stand for a speaker named anyway.
   */
  public static boolean canReferToPerson(Token t) {
    return t.pos().startsWith("PRP")
        && PERSONAL_PRONOUNS.contains(t.text().toLowerCase(Locale.ROOT));
  }

  /**
   * @param dictionary the knowledge base
   * @param date the article's date, which decides the role a person held; {@code null} if unknown
   */
  public ActorResolver(ActorDictionary dictionary, LocalDate date) {
    this(dictionary, date, name -> Map.of());
  }

  /**
   * A resolver that also knows in which countries a city of a capital's name lies, so that a
   * capital the article does not mean ("Tripoli" in an article about Lebanon) yields to the city of
   * the country it names.
   *
   * @param cityCountries the countries with a city of the name
   */
  public ActorResolver(
      ActorDictionary dictionary,
      LocalDate date,
      java.util.function.Function<String, Map<String, Long>> cityCountries) {
    this.dictionary = dictionary;
    this.date = date;
    this.cityCountries = cityCountries;
  }

  /** The dictionary phrases of one sentence, to resolve heads in it. */
  public SentenceActors read(Sentence sentence) {
    return new SentenceActors(sentence, matches(sentence));
  }

  private List<PhraseMatch> matches(Sentence sentence) {
    List<PhraseMatch> found = dictionary.match(sentence.tokens(), date);
    if (namedCountries.isEmpty()) {
      return found;
    }
    Set<String> inSentence = new java.util.HashSet<>();
    for (PhraseMatch m : found) {
      EntryType t = m.entry().type();
      if (t == EntryType.COUNTRY || t == EntryType.DEMONYM) {
        inSentence.add(m.entry().country());
      }
    }
    List<PhraseMatch> out = new ArrayList<>(found.size());
    for (PhraseMatch m : found) {
      out.add(m.entry().type() == EntryType.CAPITAL ? cityMeant(sentence, m, inSentence) : m);
    }
    return out;
  }

  /**
   * A capital whose country the article never names, spelt like a sizeable city (a tenth of the
   * capital's people or more) of a country its own sentence names, is that city: "militias in
   * Tripoli, the north Lebanese port" are in Lebanon, not Libya; "London" beside "a Polish chef" is
   * still London. Only a place: a city that is no capital does not stand for a government.
   */
  private PhraseMatch cityMeant(Sentence sentence, PhraseMatch capital, Set<String> inSentence) {
    String own = capital.entry().country();
    if (namedCountries.contains(own)) {
      return capital;
    }
    StringBuilder name = new StringBuilder();
    for (int i = capital.firstToken(); i < capital.endToken(); i++) {
      name.append(i > capital.firstToken() ? " " : "").append(sentence.token(i).text());
    }
    Map<String, Long> cities = cityCountries.apply(name.toString());
    long capitalSize = cities.getOrDefault(own, 0L);
    List<String> candidates = new ArrayList<>();
    for (Map.Entry<String, Long> c : cities.entrySet()) {
      if (inSentence.contains(c.getKey()) && c.getValue() * 10 >= capitalSize) {
        candidates.add(c.getKey());
      }
    }
    if (candidates.size() != 1) {
      return capital;
    }
    String country = candidates.get(0);
    DictionaryEntry city =
        new DictionaryEntry(
            "cities:" + name + "/" + country,
            EntryType.CAPITAL,
            country,
            List.of(),
            name.toString());
    return new PhraseMatch(capital.firstToken(), capital.endToken(), city);
  }

  /**
   * Reads the whole article first to find its focus country: the country named most often (by name,
   * demonym, capital, or as the country of a named person or organisation), if it is named at least
   * twice and more often than any other.
   */
  public void focusOn(List<Sentence> sentences) {
    Set<String> named = new java.util.HashSet<>();
    for (Sentence s : sentences) {
      for (PhraseMatch m : dictionary.match(s.tokens(), date)) {
        EntryType t = m.entry().type();
        if (t != EntryType.AGENT && t != EntryType.REGION && t != EntryType.CAPITAL) {
          named.add(m.entry().codeAt(date).country());
        }
      }
    }
    named.removeAll(INTERNATIONAL_CODES);
    namedCountries = Set.copyOf(named);
    Map<String, Integer> counts = new HashMap<>();
    for (Sentence s : sentences) {
      for (PhraseMatch m : matches(s)) {
        if (m.entry().type() == EntryType.AGENT || m.entry().type() == EntryType.REGION) {
          continue;
        }
        String c = m.entry().codeAt(date).country();
        if (!INTERNATIONAL_CODES.contains(c)) {
          counts.merge(c, 1, Integer::sum);
        }
      }
    }
    String best = null;
    int bestCount = 0;
    boolean tie = false;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > bestCount) {
        best = e.getKey();
        bestCount = e.getValue();
        tie = false;
      } else if (e.getValue() == bestCount) {
        tie = true;
      }
    }
    focus = bestCount >= 1 && !tie ? best : null;
    articleCountries = Map.copyOf(counts);
  }

  /** How often the article names each country (after {@link #focusOn}). */
  public Map<String, Integer> articleCountries() {
    return articleCountries;
  }

  /** The article's focus country, or {@code null}. */
  public String focus() {
    return focus;
  }

  /** Notes the actors of a sentence once it is coded, for later references back. */
  public void remember(List<Actor> actors) {
    for (Actor a : actors) {
      history.remove(a);
      history.add(a);
    }
  }

  /** The actors named in one sentence, resolved per head token. */
  public final class SentenceActors {
    private final Sentence sentence;
    private final List<PhraseMatch> matches;

    private SentenceActors(Sentence sentence, List<PhraseMatch> matches) {
      this.sentence = sentence;
      this.matches = List.copyOf(matches);
    }

    public List<PhraseMatch> matches() {
      return matches;
    }

    /**
     * The actors the phrase at {@code head} names: one, or for "the two countries" the two last
     * named, or none.
     */
    public List<ResolvedActor> resolve(int head) {
      Optional<ResolvedActor> direct = compose(head);
      if (direct.isPresent()) {
        return List.of(direct.get());
      }
      Optional<ResolvedActor> pronoun = pronounReference(head);
      if (pronoun.isPresent()) {
        return List.of(pronoun.get());
      }
      if (Quantities.isQuantityNoun(sentence.token(head))) {
        // "dozens of civilians", "a group of Kenyan workers": the actor is what is counted.
        int counted = Quantities.countedNoun(sentence, head);
        if (counted >= 0) {
          return resolve(counted);
        }
      }
      return pairReference(head);
    }

    /** The country the phrase at {@code head} names as a place, if any ("in Tehran"). */
    public Optional<String> placeCountry(int head) {
      BitSet phrase = phrase(head);
      for (PhraseMatch m : matches) {
        EntryType t = m.entry().type();
        boolean place = t == EntryType.COUNTRY || t == EntryType.CAPITAL || t == EntryType.DEMONYM;
        if (phrase.get(m.lastToken()) && place) {
          return Optional.of(m.entry().country());
        }
      }
      return Optional.empty();
    }

    private Optional<ResolvedActor> compose(int head) {
      BitSet phrase = phrase(head);
      PhraseMatch country = null;
      PhraseMatch modifierCountry = null;
      PhraseMatch agent = null;
      PhraseMatch nonGovernment = null;
      PhraseMatch faith = null;
      PhraseMatch named = null;
      for (PhraseMatch m : matches) {
        if (!intersects(m, phrase)) {
          continue;
        }
        switch (m.entry().type()) {
          case AGENT -> {
            if (Religions.isFaith(m.entry().sectors().get(0))) {
              faith = nearer(m, faith, head);
            } else {
              agent = nearer(m, agent, head);
              if (!m.entry().sectors().get(0).equals("GOV")) {
                nonGovernment = nearer(m, nonGovernment, head);
              }
            }
          }
          case PERSON, ORGANISATION -> named = nearer(m, named, head);
          default -> {
            country = nearer(m, country, head);
            if (!m.covers(head)) {
              modifierCountry = nearer(m, modifierCountry, head);
            }
          }
        }
      }
      if (country != null
          && country.covers(head)
          && country.entry().type() == EntryType.DEMONYM
          && modifierCountry != null) {
        // "Bosnian Serbs", "Iraqi Kurds": the head names a people, the modifier the country.
        country = modifierCountry;
      } else if (country != null
          && country.covers(head)
          && country.entry().type() == EntryType.DEMONYM
          && named == null
          && hasModifier(head, "ethnic")) {
        // "ethnic Albanians demonstrated in Serbia": a people, not a nationality; they belong to
        // the country the article is about.
        if (focus == null || focus.equals(country.entry().country())) {
          return Optional.empty();
        }
        Actor people =
            new Actor(
                focus,
                List.of("CVL"),
                countryName(focus) + " " + sentence.token(head).text(),
                ActorKind.GROUP);
        int first = Math.min(country.firstToken(), head);
        return Optional.of(
            new ResolvedActor(
                people, first, head + 1, List.of(country.entry().id(), "focus:" + focus), true));
      }
      if (named != null) {
        // The evidence span covers the whole phrase: "Venezuelan President Nicolas Maduro".
        int first = named.firstToken();
        int end = named.endToken();
        for (PhraseMatch m :
            List.of(country == null ? named : country, agent == null ? named : agent)) {
          first = Math.min(first, m.firstToken());
          end = Math.max(end, m.endToken());
        }
        return Optional.of(named(named, head, first, end));
      }
      if (faith != null
          && named == null
          && (faith.covers(head)
              || (agent != null && agent.covers(head))
              || FAITH_PEOPLE.contains(sentence.token(head).lemma().toLowerCase(Locale.ROOT)))) {
        // "Shiite leaders", "Islamic fundamentalist leaders": a faith's leaders are the faith. Not
        // "the Muslim majority nations of Bahrain" or "Islamic law": the faith names people.
        return Optional.of(believers(faith, nonGovernment, country, head));
      }
      if (country == null && agent != null) {
        Optional<ResolvedActor> placed = placedAgent(agent, head);
        if (placed.isPresent()) {
          return placed;
        }
      }
      if (country == null) {
        return agent == null ? Optional.empty() : focusActor(agent, head);
      }
      DictionaryEntry c = country.entry();
      List<String> sectors = new ArrayList<>();
      List<String> entries = new ArrayList<>();
      entries.add(c.id());
      String name = c.type() == EntryType.CAPITAL ? countryName(c.country()) : c.name();
      if (agent != null) {
        sectors.addAll(agent.entry().sectors());
        entries.add(agent.entry().id());
        name = name + " " + agent.entry().name();
      } else if (c.type() == EntryType.CAPITAL) {
        sectors.addAll(c.sectors());
        name = name + " government";
      }
      ActorKind kind =
          sentence.token(head).ner().equals("PERSON") ? ActorKind.PERSON : ActorKind.STATE;
      int first = Math.min(country.firstToken(), head);
      int end = Math.max(country.endToken(), head + 1);
      if (agent != null) {
        first = Math.min(first, agent.firstToken());
        end = Math.max(end, agent.endToken());
      }
      Actor actor = new Actor(c.country(), sectors, name, kind);
      return Optional.of(new ResolvedActor(actor, first, end, entries, false));
    }

    /**
     * An agent with no country of its own placed by its phrase ("security forces in Guinea",
     * "demonstrators in Baghdad", "refugees from Syria") belongs to the place's country.
     */
    private Optional<ResolvedActor> placedAgent(PhraseMatch agent, int head) {
      if (!FOCUS_SECTORS.contains(agent.entry().sectors().get(0))) {
        return Optional.empty();
      }
      for (Dependency d : sentence.children(head)) {
        if (!d.baseRelation().equals("nmod")) {
          continue;
        }
        String c = "";
        for (Dependency k : sentence.children(d.dependent())) {
          if (k.relation().equals("case")) {
            c = sentence.token(k.dependent()).lemma().toLowerCase(Locale.ROOT);
          }
        }
        if (!(c.equals("in") || c.equals("from"))) {
          continue;
        }
        Optional<String> place = placeCountry(d.dependent());
        if (place.isPresent()) {
          Actor actor =
              new Actor(
                  place.get(),
                  agent.entry().sectors(),
                  countryName(place.get()) + " " + agent.entry().name(),
                  ActorKind.STATE);
          int first = Math.min(agent.firstToken(), head);
          int end = Math.max(agent.endToken(), head + 1);
          return Optional.of(
              new ResolvedActor(
                  actor, first, end, List.of(agent.entry().id(), "place:" + place.get()), false));
        }
      }
      return Optional.empty();
    }

    /**
     * A religious group: its country (named, else the place its phrase names, else the article's
     * focus), its sector and its faith ("Iraqi Shiite militias", "Muslims in India", "Sunnis" in an
     * article about Iraq); with no country at all, the faith stands in its place ("Sunnis" ->
     * MOSSUN, "Islamic fundamentalists" -> MOSRAD).
     */
    private ResolvedActor believers(
        PhraseMatch faith, PhraseMatch agent, PhraseMatch country, int head) {
      String place = country == null ? null : country.entry().country();
      List<String> entries = new ArrayList<>();
      entries.add(faith.entry().id());
      if (place == null) {
        place = placeOf(head).orElse(null);
        if (place != null) {
          entries.add("place:" + place);
        }
      } else {
        entries.add(country.entry().id());
      }
      if (place == null && focus != null) {
        place = focus;
        entries.add("focus:" + focus);
      }
      List<String> faithCodes = faith.entry().sectors();
      List<String> agentCodes = agent == null ? List.of() : agent.entry().sectors();
      if (agent != null) {
        entries.add(agent.entry().id());
      }
      Actor actor;
      String name = faith.entry().name();
      if (place == null) {
        List<String> sectors = new ArrayList<>(faithCodes.subList(1, faithCodes.size()));
        sectors.addAll(agentCodes);
        actor = new Actor(faithCodes.get(0), sectors, name, ActorKind.GROUP);
      } else {
        List<String> sectors = new ArrayList<>(agentCodes);
        sectors.addAll(faithCodes);
        actor = new Actor(place, sectors, countryName(place) + " " + name, ActorKind.GROUP);
      }
      int first = Math.min(faith.firstToken(), head);
      int end = Math.max(faith.endToken(), head + 1);
      for (PhraseMatch m : java.util.Arrays.asList(agent, country)) {
        if (m != null) {
          first = Math.min(first, m.firstToken());
          end = Math.max(end, m.endToken());
        }
      }
      return new ResolvedActor(actor, first, end, entries, country == null);
    }

    /** The country of the "in" or "from" phrase of a noun ("Muslims in India"), if any. */
    private Optional<String> placeOf(int head) {
      for (Dependency d : sentence.children(head)) {
        if (!d.baseRelation().equals("nmod")) {
          continue;
        }
        for (Dependency k : sentence.children(d.dependent())) {
          String c = sentence.token(k.dependent()).lemma().toLowerCase(Locale.ROOT);
          if (k.relation().equals("case") && (c.equals("in") || c.equals("from"))) {
            return placeCountry(d.dependent());
          }
        }
      }
      return Optional.empty();
    }

    /** A person or organisation the dictionary names: its own code wins over composition. */
    private ResolvedActor named(PhraseMatch m, int head, int spanFirst, int spanEnd) {
      DictionaryEntry e = m.entry();
      ActorCode code = e.codeAt(date);
      DatedRole role = e.roleAt(date);
      String name =
          role == null || role.title().isEmpty() ? e.name() : e.name() + ", " + role.title();
      Actor actor = new Actor(code.country(), code.sectors(), name, e.kind());
      int first = Math.min(spanFirst, head);
      int end = Math.max(spanEnd, head + 1);
      return new ResolvedActor(actor, first, end, List.of(e.id()), false);
    }

    /**
     * An agent with no country of its own ("the president", "police", "rebels") belongs to the
     * article's focus country when the article has one: the country its actors name most.
     */
    private Optional<ResolvedActor> focusActor(PhraseMatch agent, int head) {
      if (focus == null || !FOCUS_SECTORS.contains(agent.entry().sectors().get(0))) {
        return Optional.empty();
      }
      Actor actor =
          new Actor(
              focus,
              agent.entry().sectors(),
              countryName(focus) + " " + agent.entry().name(),
              ActorKind.GROUP);
      int first = Math.min(agent.firstToken(), head);
      int end = Math.max(agent.endToken(), head + 1);
      return Optional.of(
          new ResolvedActor(
              actor, first, end, List.of(agent.entry().id(), "focus:" + focus), true));
    }

    private boolean hasModifier(int head, String lemma) {
      for (Dependency d : sentence.children(head)) {
        if (d.relation().equals("amod")
            && sentence.token(d.dependent()).lemma().equalsIgnoreCase(lemma)) {
          return true;
        }
      }
      return false;
    }

    /** "he" or "she": the last person named before. */
    private Optional<ResolvedActor> pronounReference(int head) {
      if (!canReferToPerson(sentence.token(head))) {
        return Optional.empty();
      }
      Optional<ResolvedActor> here = personEarlierInSentence(head);
      if (here.isPresent()) {
        return here;
      }
      for (int i = history.size() - 1; i >= 0; i--) {
        Actor a = history.get(i);
        if (a.kind() == ActorKind.PERSON) {
          return Optional.of(
              new ResolvedActor(a, head, head + 1, List.of("coreference:pronoun"), true));
        }
      }
      return Optional.empty();
    }

    /**
     * The person named nearest before the pronoun in its own sentence ("wrote to President Bush
     * urging him to send troops": him is Bush), but not the subject of the verb the pronoun is the
     * object of ("Putin praised him" is not Putin).
     */
    private Optional<ResolvedActor> personEarlierInSentence(int head) {
      Dependency up = sentence.head(head);
      boolean object = up != null && (up.relation().equals("obj") || up.relation().equals("iobj"));
      PhraseMatch best = null;
      for (PhraseMatch m : matches) {
        if (m.entry().type() != EntryType.PERSON || m.lastToken() >= head) {
          continue;
        }
        if (object) {
          Dependency personUp = sentence.head(phraseHead(m.lastToken()));
          if (personUp != null
              && personUp.relation().startsWith("nsubj")
              && sharesSubject(personUp.governor(), up.governor())) {
            continue;
          }
        }
        if (best == null || m.lastToken() > best.lastToken()) {
          best = m;
        }
      }
      if (best == null) {
        return Optional.empty();
      }
      return compose(best.lastToken())
          .filter(r -> r.actor().kind() == ActorKind.PERSON)
          .map(
              r ->
                  new ResolvedActor(
                      r.actor(), head, head + 1, List.of("coreference:pronoun"), true));
    }

    /**
     * Whether {@code verb}'s subject is also {@code clause}'s: it is that clause's verb or one it
     * hangs on through a participle, an open complement or a conjunct ("Trump lashed out at the
     * mayor, accusing her": her is not Trump).
     */
    private boolean sharesSubject(int verb, int clause) {
      int v = clause;
      for (int steps = 0; v >= 0 && steps < 10; steps++) {
        if (v == verb) {
          return true;
        }
        Dependency d = sentence.head(v);
        if (d == null
            || !(d.relation().equals("dep")
                || d.relation().equals("advcl")
                || d.relation().equals("xcomp")
                || d.relation().equals("conj"))) {
          return false;
        }
        v = d.governor();
      }
      return false;
    }

    /** The head of the noun phrase a token belongs to (up through compound and flat links). */
    private int phraseHead(int token) {
      int t = token;
      Dependency d = sentence.head(t);
      while (d != null
          && d.governor() >= 0
          && (d.relation().equals("compound") || d.relation().startsWith("flat"))) {
        t = d.governor();
        d = sentence.head(t);
      }
      return t;
    }

    private String countryName(String code) {
      return dictionary.countryName(code).orElse(code);
    }

    private List<ResolvedActor> pairReference(int head) {
      Token h = sentence.token(head);
      String lemma = h.lemma().toLowerCase(Locale.ROOT);
      boolean group = GROUP_NOUNS.contains(lemma);
      boolean leaders = LEADER_NOUNS.contains(lemma);
      if (!(group || leaders) || !h.pos().equals("NNS") || !hasPairWord(head)) {
        return List.of();
      }
      Set<String> countries = new LinkedHashSet<>();
      for (int i = history.size() - 1; i >= 0 && countries.size() < 2; i--) {
        countries.add(history.get(i).country());
      }
      if (countries.size() < 2) {
        return List.of();
      }
      List<String> ordered = new ArrayList<>(countries);
      java.util.Collections.reverse(ordered);
      List<ResolvedActor> out = new ArrayList<>(2);
      for (String code : ordered) {
        List<String> sectors = leaders ? List.of("GOV") : List.of();
        String name = countryName(code) + (leaders ? " government" : "");
        out.add(
            new ResolvedActor(
                new Actor(code, sectors, name, ActorKind.STATE),
                phraseStart(head),
                head + 1,
                List.of("countries:" + code, "coreference:" + lemma),
                true));
      }
      return out;
    }

    private boolean hasPairWord(int head) {
      for (Dependency d : sentence.children(head)) {
        String w = sentence.token(d.dependent()).lemma().toLowerCase(Locale.ROOT);
        if (PAIR_WORDS.contains(w)) {
          return true;
        }
      }
      return false;
    }

    private int phraseStart(int head) {
      int first = head;
      for (Dependency d : sentence.children(head)) {
        if (d.dependent() < first && !d.relation().equals("punct")) {
          first = d.dependent();
        }
      }
      return first;
    }

    /** The tokens of the noun phrase that hangs on {@code head}. */
    BitSet phrase(int head) {
      BitSet out = new BitSet();
      List<Integer> stack = new ArrayList<>();
      stack.add(head);
      while (!stack.isEmpty()) {
        int t = stack.remove(stack.size() - 1);
        if (out.get(t)) {
          continue;
        }
        out.set(t);
        for (Dependency d : sentence.children(t)) {
          if (PHRASE_RELATIONS.contains(d.relation()) || isOfModifier(d)) {
            stack.add(d.dependent());
          }
        }
      }
      return out;
    }

    private boolean isOfModifier(Dependency d) {
      if (!d.baseRelation().equals("nmod")) {
        return false;
      }
      for (Dependency c : sentence.children(d.dependent())) {
        if (c.relation().equals("case")
            && sentence.token(c.dependent()).lemma().equalsIgnoreCase("of")) {
          return true;
        }
      }
      return false;
    }
  }

  private static boolean intersects(PhraseMatch m, BitSet phrase) {
    int next = phrase.nextSetBit(m.firstToken());
    return next >= 0 && next < m.endToken();
  }

  private static PhraseMatch nearer(PhraseMatch m, PhraseMatch best, int head) {
    return best == null || distance(m, head) < distance(best, head) ? m : best;
  }

  private static int distance(PhraseMatch m, int head) {
    if (m.covers(head)) {
      return 0;
    }
    return Math.min(Math.abs(m.firstToken() - head), Math.abs(m.lastToken() - head));
  }
}
