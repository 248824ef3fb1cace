package org.dyad.store.ingest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Publication dates as feeds, pages and spreadsheets write them: ISO dates and date-times, and the
 * RFC 1123 dates of RSS ("Tue, 10 Jun 2003 04:00:00 GMT"). The calendar date as written is kept: a
 * story dated in its own time zone is dated by its publisher's day.
 */
final class LooseDates {
  private static final DateTimeFormatter RFC_1123 =
      DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT);

  private LooseDates() {}

  /** The date, or null when the text is not one of the known forms. */
  static LocalDate parse(String text) {
    if (text == null) {
      return null;
    }
    String s = text.strip();
    if (s.isEmpty()) {
      return null;
    }
    try {
      return ZonedDateTime.parse(s, RFC_1123).toLocalDate();
    } catch (DateTimeParseException e) {
      // not RSS style; try ISO below
    }
    try {
      return OffsetDateTime.parse(s).toLocalDate();
    } catch (DateTimeParseException e) {
      // not an ISO date-time with offset
    }
    if (s.length() >= 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
      try {
        return LocalDate.parse(s.substring(0, 10));
      } catch (DateTimeParseException e) {
        return null;
      }
    }
    return null;
  }
}
