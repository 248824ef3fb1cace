package org.dyad.time;

import org.dyad.model.Article;
import org.dyad.model.EventDate;

/**
 * Dates an event. For now every event takes its article's publication date at day precision, with
 * the basis saying so; an article without a date gives events without one (never today's date).
 */
public final class EventDater {
  /** The date of an event stated in {@code article}, or {@code null} when none is known. */
  public EventDate date(Article article) {
    return article
        .publishedDate()
        .map(d -> new EventDate(d, EventDate.Precision.DAY, EventDate.Basis.ARTICLE))
        .orElse(null);
  }
}
