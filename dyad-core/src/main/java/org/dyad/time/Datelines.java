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
  private static final String MONTHS =
      "(January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?";
  private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("\\b" + MONTHS + " (\\d{1,2}),? (\\d{4})\\b");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("\\b(\\d{1,2}) " + MONTHS + ",? (\\d{4})\\b");

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
      return date(m.group(3), month(m.group(1)), m.group(2));
    }
    m = DAY_MONTH_YEAR.matcher(head);
    if (m.find()) {
      return date(m.group(3), month(m.group(2)), m.group(1));
    }
    return Optional.empty();
  }

  private static int month(String name) {
    String n = name.replace(".", "").substring(0, 3).toUpperCase(java.util.Locale.ROOT);
    for (java.time.Month m : java.time.Month.values()) {
      if (m.name().startsWith(n)) {
        return m.getValue();
      }
    }
    throw new IllegalArgumentException("not a month: " + name);
  }

  private static Optional<LocalDate> date(String year, int month, String day) {
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }
}
