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
 * @param cluster the events of this cluster (the mentions of one happening), or 0 for any
 */
public record EventFilter(
    String actor,
    String source,
    String target,
    String code,
    int quadClass,
    LocalDate from,
    LocalDate to,
    String placeCountry,
    long cluster) {
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
    if (cluster < 0) {
      throw new IllegalArgumentException("cluster id < 0: " + cluster);
    }
  }

  /** Everything. */
  public static EventFilter all() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a filter; every field is optional. */
  public static final class Builder {
    private String actor;
    private String source;
    private String target;
    private String code;
    private int quadClass;
    private LocalDate from;
    private LocalDate to;
    private String placeCountry;
    private long cluster;

    private Builder() {}

    public Builder actor(String v) {
      actor = v;
      return this;
    }

    public Builder source(String v) {
      source = v;
      return this;
    }

    public Builder target(String v) {
      target = v;
      return this;
    }

    public Builder code(String v) {
      code = v;
      return this;
    }

    public Builder quadClass(int v) {
      quadClass = v;
      return this;
    }

    public Builder from(LocalDate v) {
      from = v;
      return this;
    }

    public Builder to(LocalDate v) {
      to = v;
      return this;
    }

    public Builder placeCountry(String v) {
      placeCountry = v;
      return this;
    }

    public Builder cluster(long v) {
      cluster = v;
      return this;
    }

    /**
     * @throws IllegalArgumentException when a value is not a code, or a range is inverted
     */
    public EventFilter build() {
      return new EventFilter(
          actor, source, target, code, quadClass, from, to, placeCountry, cluster);
    }
  }

  /** A CAMEO actor code, upper-cased; {@code what} names it in the error. */
  static String actorCode(String what, String code) {
    String c = checkActor(what, code);
    if (c == null) {
      throw new IllegalArgumentException(what + " is missing");
    }
    return c;
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
    if (cluster > 0) {
      conditions.add("e.cluster_id = ?");
      params.add(cluster);
    }
    String sql = conditions.isEmpty() ? "TRUE" : String.join(" AND ", conditions);
    return new Where(sql, List.copyOf(params));
  }

  /** A condition and its parameters. */
  record Where(String sql, List<Object> params) {}
}
