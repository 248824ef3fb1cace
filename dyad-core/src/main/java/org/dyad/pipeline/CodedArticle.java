package org.dyad.pipeline;

import java.util.List;
import java.util.Objects;
import org.dyad.model.AnalyzedArticle;
import org.dyad.model.Event;
import org.dyad.model.Mention;

/**
 * An article after coding: its analysis, the actors named in it and the events found.
 *
 * @param analysis the analysed article
 * @param mentions every actor the coder used, in text order
 * @param events the coded events, in text order
 */
public record CodedArticle(AnalyzedArticle analysis, List<Mention> mentions, List<Event> events) {
  public CodedArticle {
    Objects.requireNonNull(analysis, "analysis");
    mentions = List.copyOf(mentions);
    events = List.copyOf(events);
  }
}
