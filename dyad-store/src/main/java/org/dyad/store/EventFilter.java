package org.dyad.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which events a query or export covers. Actor codes match by prefix: {@code RUS} matches {@code
 * RUSGOV} and {@code RUSMIL}. Every value reaches SQL as a parameter, never as text.
 *
 * @param actor either side is this actor, or null
 * @param source the source is this actor, or null
 * @param target the target is this actor, or null
 * @param code the CAMEO code starts with this (a root "19", a code "190"), or null
 * @param quadClass 1..4, or 0 for any
 * @param from on or after this date, or null
 * @param to on or before this date, or null
 * @param placeCountry the event happened in this country (ISO alpha-3), or null
 */
public record EventFilter(
    String actor,
    String source,
    String target,
    String code,
    int quadClass,
    LocalDate from,
    LocalDate to,
    String placeCountry) {
  private static final Pattern ACTOR = Pattern.compile("[A-Z]{3}([A-Z]{3})*");
  private static final Pattern CODE = Pattern.compile("\\d{2,4}");

  public EventFilter {
    actor = checkActor("actor", actor);
    source = checkActor("source", source);
    target = checkActor("target", target);
    if (code != null && !CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("CAMEO code must be 2 to 4 digits: " + code);
    }
    if (quadClass < 0 || quadClass > 4) {
      throw new IllegalArgumentException("QuadClass must be 1..4: " + quadClass);
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("date range ends before it starts: " + from + ".." + to);
    }
    placeCountry = checkActor("place country", placeCountry);
  }

  /** Everything. */
  public static EventFilter all() {
    return new EventFilter(null, null, null, null, 0, null, null, null);
  }

  private static String checkActor(String what, String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    String c = code.strip().toUpperCase(Locale.ROOT);
    if (!ACTOR.matcher(c).matches()) {
      throw new IllegalArgumentException(
          what + " must be a CAMEO actor code (RUS, RUSGOV, IGOUNO): " + code);
    }
    return c;
  }

  /** A SQL condition over an events table aliased {@code e}, and its parameters in order. */
  Where where() {
    List<String> conditions = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    if (actor != null) {
      conditions.add("(starts_with(e.source_code, ?) OR starts_with(e.target_code, ?))");
      params.add(actor);
      params.add(actor);
    }
    if (source != null) {
      conditions.add("starts_with(e.source_code, ?)");
      params.add(source);
    }
    if (target != null) {
      conditions.add("starts_with(e.target_code, ?)");
      params.add(target);
    }
    if (code != null) {
      conditions.add("starts_with(e.cameo_code, ?)");
      params.add(code);
    }
    if (quadClass > 0) {
      conditions.add("e.quad_class = ?");
      params.add(quadClass);
    }
    if (from != null) {
      conditions.add("e.event_date >= ?");
      params.add(from);
    }
    if (to != null) {
      conditions.add("e.event_date <= ?");
      params.add(to);
    }
    if (placeCountry != null) {
      conditions.add("e.place_country = ?");
      params.add(placeCountry);
    }
    String sql = conditions.isEmpty() ? "TRUE" : String.join(" AND ", conditions);
    return new Where(sql, List.copyOf(params));
  }

  /** A condition and its parameters. */
  record Where(String sql, List<Object> params) {}
}
