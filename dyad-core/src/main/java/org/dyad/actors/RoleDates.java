package org.dyad.actors;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** The dates of a role: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. */
final class RoleDates {
  private RoleDates() {}

  /** The first day the text can mean. */
  static LocalDate start(String text) {
    return parse(text, true);
  }

  /** The last day the text can mean: a month or year covers all its days. */
  static LocalDate end(String text) {
    return parse(text, false);
  }

  private static LocalDate parse(String text, boolean start) {
    try {
      switch (text.length()) {
        case 4 -> {
          int y = Integer.parseInt(text);
          return start ? LocalDate.of(y, 1, 1) : LocalDate.of(y, 12, 31);
        }
        case 7 -> {
          YearMonth ym = YearMonth.parse(text);
          return start ? ym.atDay(1) : ym.atEndOfMonth();
        }
        case 10 -> {
          return LocalDate.parse(text);
        }
        default -> throw new IllegalArgumentException("not a date: '" + text + "'");
      }
    } catch (NumberFormatException | DateTimeParseException e) {
      throw new IllegalArgumentException("not a date: '" + text + "'", e);
    }
  }
}
