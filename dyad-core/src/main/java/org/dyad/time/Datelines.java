package org.dyad.time;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publication date an article states at its start, for input without a date: a dateline
 * ("MOSCOW, Nov 25, 2015 (Reuters) -", "25 November 2015 —", "2015-11-25:"). Only the first 200
 * characters are read, and only a full date with a year counts: a date later in the text is an
 * event's, not the article's.
 */
public final class Datelines {
  private static final int HEAD = 200;
  private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("(?i)\\b" + EventDater.MONTHS + " (\\d{1,2}),? (\\d{4})\\b");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("(?i)\\b(\\d{1,2}) " + EventDater.MONTHS + ",? (\\d{4})\\b");

  private Datelines() {}

  /** The date at the start of {@code text}, if it states one. */
  public static Optional<LocalDate> of(String text) {
    String head = text.length() > HEAD ? text.substring(0, HEAD) : text;
    Matcher m = ISO.matcher(head);
    if (m.find()) {
      return date(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
    }
    m = MONTH_DAY_YEAR.matcher(head);
    if (m.find()) {
      return date(
          m.group(3),
          EventDater.month(m.group(1).toLowerCase(java.util.Locale.ROOT)).getValue(),
          m.group(2));
    }
    m = DAY_MONTH_YEAR.matcher(head);
    if (m.find()) {
      return date(
          m.group(3),
          EventDater.month(m.group(2).toLowerCase(java.util.Locale.ROOT)).getValue(),
          m.group(1));
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> date(String year, int month, String day) {
    return EventDater.day(Integer.parseInt(year), month, Integer.parseInt(day))
        .map(EventDater.Resolved::date);
  }
}
