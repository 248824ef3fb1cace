package org.dyad.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.Article;
import org.dyad.model.Dependency;
import org.dyad.model.EventDate;
import org.dyad.model.EventDate.Basis;
import org.dyad.model.EventDate.Precision;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.model.Token;

/**
 * Dates an event from the time expression of its own clause, resolved against the article date;
 * else the article date; else no date (never today's date). The rules, each with its precision:
 *
 * <ul>
 *   <li>a weekday ("on Monday"): the latest such day on or before the article date (day);
 *   <li>"today", "tonight": the article date; "yesterday", "last night": the day before (day);
 *   <li>"N days/weeks/months/years ago", "a week ago": counted back (day, week, month, year);
 *   <li>"last week" / "this week": the Monday of that week (week); "last month" / "this month"
 *       (month); "last year" / "this year" (year);
 *   <li>an explicit date with a year ("March 12, 2015", "12 March 2015", "2015-03-12") (day);
 *       without one, the latest such day on or before the article date (day);
 *   <li>a month ("in March", "March 2015"): that month, of the latest past year without a year
 *       (month); a year ("in 2014") (year).
 * </ul>
 *
 * A date more than a year before the article date is flagged historical.
 */
public final class EventDater {
  private static final Set<String> TIME_RELATIONS =
      Set.of("obl:tmod", "nmod:tmod", "obl", "advmod", "obl:npmod", "nmod", "nmod:npmod");
  private static final Map<String, DayOfWeek> DAYS =
      Map.of(
          "monday", DayOfWeek.MONDAY,
          "tuesday", DayOfWeek.TUESDAY,
          "wednesday", DayOfWeek.WEDNESDAY,
          "thursday", DayOfWeek.THURSDAY,
          "friday", DayOfWeek.FRIDAY,
          "saturday", DayOfWeek.SATURDAY,
          "sunday", DayOfWeek.SUNDAY);
  private static final Map<String, Integer> NUMBERS =
      Map.ofEntries(
          Map.entry("a", 1),
          Map.entry("an", 1),
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10));
  static final String MONTHS =
      "(january|february|march|april|may|june|july|august|september|october|november|december"
          + "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?";
  private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
  private static final Pattern MONTH_DAY =
      Pattern.compile("\\b" + MONTHS + " (\\d{1,2})(?:st|nd|rd|th)?(?: ?,? (\\d{4}))?\\b");
  private static final Pattern DAY_MONTH =
      Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)? " + MONTHS + "(?: (\\d{4}))?\\b");
  private static final Pattern MONTH_YEAR =
      Pattern.compile("\\b" + MONTHS + "(?: (?:of )?(\\d{4}))?\\b");
  private static final Pattern YEAR = Pattern.compile("\\b(19\\d{2}|20\\d{2})\\b");
  private static final Pattern AGO =
      Pattern.compile(
          "\\b(\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)"
              + " (day|days|week|weeks|month|months|year|years) ago\\b");
  private static final Pattern WEEKDAY =
      Pattern.compile("\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");
  private static final Pattern RELATIVE =
      Pattern.compile("\\b(last|this|past) (week|month|year)\\b");

  /** The date of an event stated in {@code article}, or {@code null} when none is known. */
  public EventDate date(Article article) {
    return article.publishedDate().map(EventDate::ofArticle).orElse(null);
  }

  /**
   * The date of the event whose trigger is {@code trigger} in sentence {@code s}: from a time
   * expression on the trigger (or the verb it depends on), else the article's date.
   */
  public EventDate date(Article article, Sentence s, int trigger) {
    LocalDate published = article.published();
    if (published == null || trigger < 0) {
      return date(article);
    }
    for (int head : List.of(trigger, governingVerb(s, trigger))) {
      if (head < 0) {
        continue;
      }
      for (Dependency d : s.children(head)) {
        if (!TIME_RELATIONS.contains(d.relation())) {
          continue;
        }
        int[] range = subtree(s, d.dependent());
        String text = phrase(s, range);
        Optional<Resolved> r = resolve(text, published);
        if (r.isPresent()) {
          Span span =
              Span.of(article.text(), s.token(range[0]).begin(), s.token(range[1] - 1).end());
          LocalDate date = r.get().date();
          boolean historical = date.isBefore(published.minusYears(1));
          return new EventDate(date, r.get().precision(), Basis.TEXT, span, historical);
        }
      }
    }
    return date(article);
  }

  /** A resolved date and how exact it is. */
  record Resolved(LocalDate date, Precision precision) {}

  /** Resolves one time expression against the article date; empty when it is not one. */
  static Optional<Resolved> resolve(String expression, LocalDate published) {
    String t = expression.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    Matcher m = ISO.matcher(t);
    if (m.find()) {
      return day(
          Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }
    m = MONTH_DAY.matcher(t);
    if (m.find()) {
      return dayOfMonth(month(m.group(1)), Integer.parseInt(m.group(2)), m.group(3), published);
    }
    m = DAY_MONTH.matcher(t);
    if (m.find()) {
      return dayOfMonth(month(m.group(2)), Integer.parseInt(m.group(1)), m.group(3), published);
    }
    if (t.matches(".*\\b(today|tonight|this morning|this afternoon|this evening)\\b.*")) {
      return Optional.of(new Resolved(published, Precision.DAY));
    }
    if (t.matches(".*\\b(yesterday|last night)\\b.*")) {
      return Optional.of(new Resolved(published.minusDays(1), Precision.DAY));
    }
    m = WEEKDAY.matcher(t);
    if (m.find()) {
      // The first weekday named: "Friday night and Saturday" is Friday, whatever the map order.
      DayOfWeek day = DAYS.get(m.group(1));
      LocalDate d = published.with(TemporalAdjusters.previousOrSame(day));
      return Optional.of(new Resolved(d, Precision.DAY));
    }
    m = AGO.matcher(t);
    if (m.find()) {
      String n = m.group(1);
      int count = n.matches("\\d+") ? Integer.parseInt(n) : NUMBERS.get(n);
      String unit = m.group(2);
      if (unit.startsWith("day")) {
        return Optional.of(new Resolved(published.minusDays(count), Precision.DAY));
      }
      if (unit.startsWith("week")) {
        return Optional.of(new Resolved(monday(published.minusWeeks(count)), Precision.WEEK));
      }
      if (unit.startsWith("month")) {
        return Optional.of(
            new Resolved(published.minusMonths(count).withDayOfMonth(1), Precision.MONTH));
      }
      return Optional.of(
          new Resolved(published.minusYears(count).withDayOfYear(1), Precision.YEAR));
    }
    m = RELATIVE.matcher(t);
    if (m.find()) {
      boolean last = !m.group(1).equals("this");
      switch (m.group(2)) {
        case "week" -> {
          LocalDate d = last ? published.minusWeeks(1) : published;
          return Optional.of(new Resolved(monday(d), Precision.WEEK));
        }
        case "month" -> {
          LocalDate d = (last ? published.minusMonths(1) : published).withDayOfMonth(1);
          return Optional.of(new Resolved(d, Precision.MONTH));
        }
        default -> {
          LocalDate d = (last ? published.minusYears(1) : published).withDayOfYear(1);
          return Optional.of(new Resolved(d, Precision.YEAR));
        }
      }
    }
    m = MONTH_YEAR.matcher(t);
    if (m.find()) {
      Month month = month(m.group(1));
      int year;
      if (m.group(2) != null) {
        year = Integer.parseInt(m.group(2));
      } else {
        year =
            published.getMonthValue() >= month.getValue()
                ? published.getYear()
                : published.getYear() - 1;
      }
      return Optional.of(new Resolved(LocalDate.of(year, month, 1), Precision.MONTH));
    }
    m = YEAR.matcher(t);
    if (m.find()) {
      return Optional.of(
          new Resolved(LocalDate.of(Integer.parseInt(m.group(1)), 1, 1), Precision.YEAR));
    }
    return Optional.empty();
  }

  static Optional<Resolved> day(int year, int month, int day) {
    try {
      return Optional.of(new Resolved(LocalDate.of(year, month, day), Precision.DAY));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<Resolved> dayOfMonth(
      Month month, int day, String year, LocalDate published) {
    if (year != null) {
      return day(Integer.parseInt(year), month.getValue(), day);
    }
    try {
      LocalDate d = LocalDate.of(published.getYear(), month, day);
      if (d.isAfter(published)) {
        d = d.minusYears(1);
      }
      return Optional.of(new Resolved(d, Precision.DAY));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  static Month month(String name) {
    String n = name.replace(".", "");
    for (Month m : Month.values()) {
      if (m.name().toLowerCase(Locale.ROOT).startsWith(n.length() >= 3 ? n.substring(0, 3) : n)) {
        return m;
      }
    }
    throw new IllegalArgumentException("not a month: " + name);
  }

  private static LocalDate monday(LocalDate d) {
    return d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  /** The verb an event noun or a complement hangs on, or -1. */
  private static int governingVerb(Sentence s, int token) {
    Dependency up = s.head(token);
    int t = up == null ? -1 : up.governor();
    for (int guard = 0; guard < 4 && t >= 0; guard++) {
      if (s.token(t).isVerb()) {
        return t;
      }
      Dependency next = s.head(t);
      t = next == null ? -1 : next.governor();
    }
    return -1;
  }

  private static int[] subtree(Sentence s, int head) {
    int first = head;
    int end = head + 1;
    List<Integer> stack = new ArrayList<>(List.of(head));
    while (!stack.isEmpty()) {
      int t = stack.remove(stack.size() - 1);
      for (Dependency d : s.children(t)) {
        if (d.relation().equals("punct")) {
          continue;
        }
        first = Math.min(first, d.dependent());
        end = Math.max(end, d.dependent() + 1);
        stack.add(d.dependent());
      }
    }
    return new int[] {first, end};
  }

  private static String phrase(Sentence s, int[] range) {
    StringBuilder sb = new StringBuilder();
    for (int i = range[0]; i < range[1]; i++) {
      Token t = s.token(i);
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(t.text());
    }
    return sb.toString();
  }
}
