package org.dyad.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dyad.actors.ActorDictionary;
import org.dyad.actors.ActorResolver;
import org.dyad.actors.ResolvedActor;
import org.dyad.coding.CodedEvent;
import org.dyad.coding.EventCoder;
import org.dyad.coding.VerbLexicon;
import org.dyad.model.Actor;
import org.dyad.model.AnalyzedArticle;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.model.EventDate;
import org.dyad.model.Evidence;
import org.dyad.model.Location;
import org.dyad.model.Mention;
import org.dyad.model.Quantity;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.model.Token;
import org.dyad.ontology.CameoCode;
import org.dyad.ontology.Codebook;
import org.dyad.ontology.PloverMapping;
import org.dyad.place.EventLocator;
import org.dyad.place.Gazetteer;
import org.dyad.time.Datelines;
import org.dyad.time.EventDater;

/**
 * Article to events: analysis, then actors, then events, then dates. One pipeline per worker thread
 * (its analyzer need not be thread-safe); the dictionaries and lexicon it reads are shared.
 */
public final class EventPipeline {
  private final Analyzer analyzer;
  private final ActorDictionary dictionary;
  private final EventCoder coder;
  private final VerbLexicon lexicon;
  private final Codebook codebook;
  private final PloverMapping plover;
  private final EventDater dater;
  private final EventLocator locator;
  private final java.util.function.Function<String, Map<String, Long>> cityCountries;

  public EventPipeline(Analyzer analyzer, ActorDictionary dictionary, VerbLexicon lexicon) {
    this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    this.dictionary = Objects.requireNonNull(dictionary, "dictionary");
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    Gazetteer gazetteer = Gazetteer.standard();
    this.cityCountries =
        name -> {
          Map<String, Long> out = new java.util.HashMap<>();
          for (org.dyad.place.City c : gazetteer.named(name)) {
            out.merge(c.country(), c.population(), Math::max);
          }
          return out;
        };
    this.coder =
        new EventCoder(
            lexicon, name -> gazetteer.best(name, List.of()).map(org.dyad.place.City::country));
    this.codebook = Codebook.standard();
    this.plover = PloverMapping.standard();
    this.dater = new EventDater();
    this.locator = new EventLocator(gazetteer, c -> dictionary.countryName(c).orElse(c));
  }

  /** A pipeline on Dyad's own dictionaries and lexicon. */
  public static EventPipeline standard(Analyzer analyzer) {
    return new EventPipeline(analyzer, ActorDictionary.standard(), VerbLexicon.standard());
  }

  /**
   * Codes an article. Without a publication date, a dateline at the start of its text gives one;
   * without either its events are undated.
   */
  public CodedArticle code(Article article) {
    return code(article, new StageTimes());
  }

  /** The same, adding the time of each stage to {@code times}. */
  public CodedArticle code(Article article, StageTimes times) {
    Article dated = article;
    if (article.published() == null) {
      dated = Datelines.of(article.text()).map(article::withPublished).orElse(article);
    }
    return code(analyzer.analyze(dated, this::worthTagging, this::worthParsing, times), times);
  }

  /**
   * Whether a sentence is worth tagging: it names an actor (a dictionary phrase on its words or
   * their lemmas) or refers to one ("he", "she", "two", "both"). A sentence that names none adds
   * nothing to the actors the article's other sentences resolve against, and holds no event.
   */
  boolean worthTagging(List<Token> tokens) {
    if (!mostlyLatin(tokens)) {
      // A quotation in Hindi or Arabic holds no event Dyad can read, and the English tagger
      // spends twenty times as long on each of its words as on an English one.
      return false;
    }
    for (Token t : tokens) {
      String word = t.text().toLowerCase(java.util.Locale.ROOT);
      if (REFERENCES.contains(word)) {
        return true;
      }
    }
    return !dictionary.match(tokens).isEmpty();
  }

  /** Whether at least half of the sentence's letters are Latin ("Ürümqi" is, "और उसके" is not). */
  static boolean mostlyLatin(List<Token> tokens) {
    int letters = 0;
    int latin = 0;
    for (Token t : tokens) {
      String w = t.text();
      for (int i = 0; i < w.length(); ) {
        int c = w.codePointAt(i);
        i += Character.charCount(c);
        if (Character.isLetter(c)) {
          letters++;
          if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
            latin++;
          }
        }
      }
    }
    return 2 * latin >= letters;
  }

  private static final java.util.Set<String> REFERENCES =
      java.util.Set.of("he", "she", "him", "her", "two", "both");

  /**
   * Whether a tagged sentence can hold an event: it has a word that can trigger one and two actor
   * mentions (dictionary phrases, agents included, or references back: "he", "she", "two", "both";
   * "it", "they", "we" are not counted, as they stand for a speaker named anyway), or one when a
   * trigger is a protest or a domestic act, whose target may be implicit. Only those sentences are
   * parsed.
   */
  boolean worthParsing(List<Token> tokens) {
    boolean trigger = false;
    boolean protest = false;
    int references = 0;
    java.util.Set<String> words = new java.util.HashSet<>();
    for (Token t : tokens) {
      words.add(t.lemma().toLowerCase(java.util.Locale.ROOT));
      words.add(t.text().toLowerCase(java.util.Locale.ROOT));
    }
    for (Token t : tokens) {
      String lemma = t.lemma().toLowerCase(java.util.Locale.ROOT);
      String word = t.text().toLowerCase(java.util.Locale.ROOT);
      if (lexicon.canTrigger(t, words)) {
        trigger = true;
        protest |= lexicon.canActAlone(lemma) || lexicon.canActAlone(word);
      }
      if (ActorResolver.canReferToPerson(t)) {
        references++;
      } else if (word.equals("two") || word.equals("both")) {
        // "the two countries", "both sides": one phrase, two actors
        references += 2;
      }
    }
    if (!trigger) {
      return false;
    }
    int mentions = references + dictionary.match(tokens).size();
    return mentions >= 2 || (protest && mentions >= 1);
  }

  /** Codes an article that is already analysed (for example, read from CoNLL-U). */
  public CodedArticle code(AnalyzedArticle analysis) {
    return code(analysis, new StageTimes());
  }

  private CodedArticle code(AnalyzedArticle analysis, StageTimes times) {
    Article article = analysis.article();
    long t = System.nanoTime();
    ActorResolver resolver = new ActorResolver(dictionary, article.published(), cityCountries);
    resolver.focusOn(analysis.sentences());
    times.add(StageTimes.Stage.ACTORS, System.nanoTime() - t);
    List<Event> events = new ArrayList<>();
    Map<String, Mention> mentions = new LinkedHashMap<>();
    for (Sentence s : analysis.sentences()) {
      t = System.nanoTime();
      ActorResolver.SentenceActors actors = resolver.read(s);
      List<Actor> seen = new ArrayList<>();
      for (var m : actors.matches()) {
        for (ResolvedActor a : actors.resolve(m.lastToken())) {
          if (!a.coreferent()) {
            seen.add(a.actor());
          }
        }
      }
      long t2 = System.nanoTime();
      times.add(StageTimes.Stage.ACTORS, t2 - t);
      List<CodedEvent> coded = coder.code(s, actors);
      long t3 = System.nanoTime();
      times.add(StageTimes.Stage.CODING, t3 - t2);
      for (CodedEvent c : coded) {
        Mention src = mention(article, s, c.source());
        Mention tgt = mention(article, s, c.target());
        mentions.putIfAbsent(key(src), src);
        mentions.putIfAbsent(key(tgt), tgt);
        Location location =
            locator.locate(
                article, s, actors, c.trigger(), resolver.articleCountries(), resolver.focus());
        events.add(event(article, s, c, src, tgt, dater.date(article, s, c.trigger()), location));
      }
      times.add(StageTimes.Stage.DATES_PLACES, System.nanoTime() - t3);
      resolver.remember(seen);
    }
    return new CodedArticle(analysis, new ArrayList<>(mentions.values()), events);
  }

  private static String key(Mention m) {
    return m.sentence() + ":" + m.span().begin() + ":" + m.actor().code();
  }

  private static Mention mention(Article article, Sentence s, ResolvedActor a) {
    Span span = tokenSpan(article, s, a.firstToken(), a.endToken());
    return new Mention(s.index(), a.endToken() - 1, span, a.actor(), a.entries());
  }

  private static Span tokenSpan(Article article, Sentence s, int first, int end) {
    return Span.of(article.text(), s.token(first).begin(), s.token(end - 1).end());
  }

  private static List<Quantity> quantities(Article article, Sentence s, CodedEvent c) {
    List<Quantity> out = new ArrayList<>();
    for (var count : c.counts()) {
      Span span = tokenSpan(article, s, count.firstToken(), count.endToken());
      Quantity q = new Quantity(count.value(), count.qualifier(), count.unit(), span);
      if (!out.contains(q)) {
        out.add(q);
      }
    }
    return out;
  }

  private Event event(
      Article article,
      Sentence s,
      CodedEvent c,
      Mention src,
      Mention tgt,
      EventDate date,
      Location location) {
    CameoCode code = codebook.get(c.code());
    var mapped = plover.map(code.code());
    List<String> entries = new ArrayList<>(src.entries());
    for (String e : tgt.entries()) {
      if (!entries.contains(e)) {
        entries.add(e);
      }
    }
    Evidence evidence =
        new Evidence(
            tokenSpan(article, s, c.trigger(), c.triggerEnd()),
            src.span(),
            tgt.span(),
            "verbs:" + c.pattern().id(),
            entries,
            c.reporterFirst() < 0
                ? null
                : tokenSpan(article, s, c.reporterFirst(), c.reporterEnd()));
    return new Event(
        article.id(),
        s.index(),
        src.actor(),
        tgt.actor(),
        code.code(),
        mapped.map(t -> t.category().name()).orElse(null),
        mapped.map(PloverMapping.Target::mode).orElse(null),
        code.goldstein(),
        code.quadClass(),
        date,
        location,
        quantities(article, s, c),
        evidence,
        c.confidence());
  }
}
