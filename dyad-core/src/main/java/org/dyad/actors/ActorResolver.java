package org.dyad.actors;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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

  private final ActorDictionary dictionary;
  private final List<Actor> history = new ArrayList<>();

  public ActorResolver(ActorDictionary dictionary) {
    this.dictionary = dictionary;
  }

  /** The dictionary phrases of one sentence, to resolve heads in it. */
  public SentenceActors read(Sentence sentence) {
    return new SentenceActors(sentence, dictionary.match(sentence.tokens()));
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
      return pairReference(head);
    }

    /** The country the phrase at {@code head} names as a place, if any ("in Tehran"). */
    public Optional<String> placeCountry(int head) {
      BitSet phrase = phrase(head);
      for (PhraseMatch m : matches) {
        if (phrase.get(m.lastToken()) && m.entry().type() != EntryType.AGENT) {
          return Optional.of(m.entry().country());
        }
      }
      return Optional.empty();
    }

    private Optional<ResolvedActor> compose(int head) {
      BitSet phrase = phrase(head);
      PhraseMatch country = null;
      PhraseMatch agent = null;
      for (PhraseMatch m : matches) {
        if (!intersects(m, phrase)) {
          continue;
        }
        if (m.entry().type() == EntryType.AGENT) {
          if (agent == null || distance(m, head) < distance(agent, head)) {
            agent = m;
          }
        } else if (country == null || distance(m, head) < distance(country, head)) {
          country = m;
        }
      }
      if (country == null) {
        return Optional.empty();
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

  private static int distance(PhraseMatch m, int head) {
    if (m.covers(head)) {
      return 0;
    }
    return Math.min(Math.abs(m.firstToken() - head), Math.abs(m.lastToken() - head));
  }
}
