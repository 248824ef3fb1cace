package org.dyad.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When an event happened, with how exactly that is known and where the date came from.
 *
 * @param date the day (the first day of the week, month or year at coarser precision)
 * @param precision how exact {@code date} is
 * @param basis where the date was read from
 * @param expression the time expression it was read from ("on Monday"), or {@code null} for the
 *     article date
 * @param historical whether it lies more than a year before the article date: a past event
 *     recalled, not news
 */
public record EventDate(
    LocalDate date, Precision precision, Basis basis, Span expression, boolean historical) {
  public EventDate {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(precision, "precision");
    Objects.requireNonNull(basis, "basis");
  }

  /** The article's own date, at day precision. */
  public static EventDate ofArticle(LocalDate published) {
    return new EventDate(published, Precision.DAY, Basis.ARTICLE, null, false);
  }

  /** How exact a date is. */
  public enum Precision {
    DAY,
    WEEK,
    MONTH,
    YEAR
  }

  /** Where a date came from. */
  public enum Basis {
    /** A time expression in the event's own clause. */
    TEXT,
    /** The article's publication date, for want of anything closer. */
    ARTICLE
  }
}
