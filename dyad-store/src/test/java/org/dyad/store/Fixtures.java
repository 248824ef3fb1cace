package org.dyad.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Actor;
import org.dyad.model.ActorKind;
import org.dyad.model.AnalyzedArticle;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.model.EventDate;
import org.dyad.model.Evidence;
import org.dyad.model.Location;
import org.dyad.model.Quantity;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.ontology.Codebook;
import org.dyad.pipeline.CodedArticle;

/**
 * Coded articles written by hand: one sentence "SRC CODE TGT." per event, so the store can be
 * tested without an NLP pipeline.
 */
final class Fixtures {
  private Fixtures() {}

  /** One event: who, what, whom, when (may be null), where (may be null). */
  record Spec(String source, String code, String target, LocalDate date, String place) {}

  static Spec spec(String source, String code, String target, String date, String place) {
    return new Spec(source, code, target, date == null ? null : LocalDate.parse(date), place);
  }

  static CodedArticle coded(String id, String url, String source, String date, Spec... specs) {
    StringBuilder text = new StringBuilder();
    List<Sentence> sentences = new ArrayList<>();
    List<Event> events = new ArrayList<>();
    LocalDate published = date == null ? null : LocalDate.parse(date);
    Article placeholder = new Article(id, "t", "x", published, url, source);
    for (Spec s : specs) {
      int begin = text.length();
      String sentence = s.source() + " " + s.code() + " " + s.target() + ".";
      text.append(sentence).append(' ');
      int idx = sentences.size();
      sentences.add(new Sentence(idx, begin, begin + sentence.length(), List.of(), List.of()));
      Span src = new Span(begin, begin + s.source().length(), s.source());
      int tb = begin + s.source().length() + 1;
      Span trig = new Span(tb, tb + s.code().length(), s.code());
      int gb = tb + s.code().length() + 1;
      Span tgt = new Span(gb, gb + s.target().length(), s.target());
      var code = Codebook.standard().get(s.code());
      var plover = org.dyad.ontology.PloverMapping.standard().map(s.code());
      events.add(
          new Event(
              id,
              idx,
              actor(s.source()),
              actor(s.target()),
              s.code(),
              plover.map(t -> t.category().name()).orElse(null),
              plover.map(t -> t.mode()).orElse(null),
              code.goldstein(),
              code.quadClass(),
              s.date() == null
                  ? null
                  : new EventDate(
                      s.date(), EventDate.Precision.DAY, EventDate.Basis.TEXT, null, false),
              s.place() == null
                  ? null
                  : new Location(s.place(), 10, 20, "XXX", null, Location.Precision.CITY, null),
              List.of(new Quantity(12, "", "people", trig)),
              new Evidence(trig, src, tgt, "verbs:test." + s.code(), List.of(), null),
              0.8));
    }
    Article a =
        new Article(
            placeholder.id(), "Title " + id, text.toString().strip(), published, url, source);
    return new CodedArticle(new AnalyzedArticle(a, sentences), List.of(), events);
  }

  static Actor actor(String code) {
    String country = code.substring(0, 3);
    List<String> sectors = new ArrayList<>();
    for (int i = 3; i + 3 <= code.length(); i += 3) {
      sectors.add(code.substring(i, i + 3));
    }
    return new Actor(country, sectors, code, ActorKind.STATE);
  }
}
