package org.dyad.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dyad.actors.ActorDictionary;
import org.dyad.actors.ActorResolver;
import org.dyad.actors.ResolvedActor;
import org.dyad.model.AnalyzedArticle;
import org.dyad.model.Dependency;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * How well actors resolve: for each gold actor (the words that name it in its text, and its code),
 * whether Dyad resolves those words, in their sentence and article, to the right country (the
 * code's first three letters, as the event scorer compares them).
 */
public final class ActorAccuracy {
  /**
   * One gold actor.
   *
   * @param text the words that name it, as they appear in the record's text
   * @param code its gold code
   */
  public record GoldActor(String text, String code) {
    public GoldActor {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(code, "code");
    }
  }

  /**
   * One judged actor.
   *
   * @param gold the gold actor
   * @param found the code Dyad resolved, or {@code null} when none (or the words are not in the
   *     text)
   * @param correct whether the country matches
   */
  public record Result(GoldActor gold, String found, boolean correct) {}

  private final ActorDictionary dictionary;

  public ActorAccuracy(ActorDictionary dictionary) {
    this.dictionary = dictionary;
  }

  /** Judges the gold actors of one analysed record. */
  public List<Result> judge(AnalyzedArticle article, List<GoldActor> gold) {
    String text = article.article().text();
    ActorResolver resolver = new ActorResolver(dictionary, article.article().published());
    resolver.focusOn(article.sentences());
    List<ActorResolver.SentenceActors> perSentence = new ArrayList<>();
    for (Sentence s : article.sentences()) {
      ActorResolver.SentenceActors actors = resolver.read(s);
      perSentence.add(actors);
      List<org.dyad.model.Actor> seen = new ArrayList<>();
      for (var m : actors.matches()) {
        for (ResolvedActor a : actors.resolve(m.lastToken())) {
          seen.add(a.actor());
        }
      }
      resolver.remember(seen);
    }
    List<Result> out = new ArrayList<>();
    for (GoldActor g : gold) {
      int begin = text.indexOf(g.text());
      String found =
          begin < 0 ? null : resolve(article, perSentence, begin, begin + g.text().length());
      boolean correct = found != null && Triple.country(found).equals(Triple.country(g.code()));
      out.add(new Result(g, found, correct));
    }
    return out;
  }

  private static String resolve(
      AnalyzedArticle article, List<ActorResolver.SentenceActors> perSentence, int begin, int end) {
    for (Sentence s : article.sentences()) {
      if (end <= s.begin() || begin >= s.end()) {
        continue;
      }
      List<Integer> inside = new ArrayList<>();
      for (Token t : s.tokens()) {
        if (t.begin() < end && t.end() > begin) {
          inside.add(t.index());
        }
      }
      ActorResolver.SentenceActors actors = perSentence.get(s.index());
      // The span's head first (the token whose governor lies outside the span), then the rest.
      List<Integer> order = new ArrayList<>();
      for (int t : inside) {
        Dependency up = s.head(t);
        if (up == null || !inside.contains(up.governor())) {
          order.add(t);
        }
      }
      for (int t : inside) {
        if (!order.contains(t)) {
          order.add(t);
        }
      }
      for (int t : order) {
        List<ResolvedActor> r = actors.resolve(t);
        if (!r.isEmpty()) {
          return r.get(0).actor().code();
        }
      }
      return null;
    }
    return null;
  }
}
