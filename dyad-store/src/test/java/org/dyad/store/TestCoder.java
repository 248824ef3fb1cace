package org.dyad.store;

import java.util.ArrayList;
import java.util.List;
import org.dyad.model.AnalyzedArticle;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.model.EventDate;
import org.dyad.model.Evidence;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.ontology.Codebook;
import org.dyad.pipeline.CodedArticle;
import org.dyad.store.ingest.Ingester;

/**
 * A coder for store tests, with no NLP: every sentence of the form "SRC CODE TGT." (e.g. "RUS 190
 * SYR.") is an event on the article's date; other sentences code nothing.
 */
public final class TestCoder implements Ingester.Coder {
  private final long delayMillis;

  public TestCoder(long delayMillis) {
    this.delayMillis = delayMillis;
  }

  @Override
  public CodedArticle code(Article a) {
    if (delayMillis > 0) {
      try {
        Thread.sleep(delayMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    String text = a.text();
    List<Sentence> sentences = new ArrayList<>();
    List<Event> events = new ArrayList<>();
    int begin = 0;
    while (begin < text.length()) {
      int end = text.indexOf('.', begin);
      end = end < 0 ? text.length() : end + 1;
      String s = text.substring(begin, end);
      int lead = s.length() - s.stripLeading().length();
      int idx = sentences.size();
      sentences.add(new Sentence(idx, begin + lead, end, List.of(), List.of()));
      String[] w = s.strip().replace(".", "").split(" ");
      if (w.length == 3
          && w[0].matches("([A-Z]{3})+")
          && w[2].matches("([A-Z]{3})+")
          && w[1].length() >= 3
          && Codebook.standard().contains(w[1])
          && !w[0].equals(w[2])) {
        int b = begin + lead;
        Span src = Span.of(text, b, b + w[0].length());
        Span trig = Span.of(text, src.end() + 1, src.end() + 1 + w[1].length());
        Span tgt = Span.of(text, trig.end() + 1, trig.end() + 1 + w[2].length());
        var code = Codebook.standard().get(w[1]);
        events.add(
            new Event(
                a.id(),
                idx,
                Fixtures.actor(w[0]),
                Fixtures.actor(w[2]),
                w[1],
                null,
                null,
                code.goldstein(),
                code.quadClass(),
                a.published() == null ? null : EventDate.ofArticle(a.published()),
                null,
                List.of(),
                new Evidence(trig, src, tgt, "verbs:test." + w[1], List.of(), null),
                0.5));
      }
      begin = end;
    }
    return new CodedArticle(new AnalyzedArticle(a, sentences), List.of(), events);
  }
}
