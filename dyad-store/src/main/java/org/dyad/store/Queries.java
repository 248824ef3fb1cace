package org.dyad.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.dyad.ontology.Codebook;

/**
 * The questions users ask of a store: how a pair of actors' relations moved over time, who an actor
 * deals with, which events match a filter. Counts are of deduplicated events (clusters) unless
 * mentions are asked for.
 */
public final class Queries {
  /** The length of a time-series period. */
  public enum Period {
    DAY,
    WEEK,
    MONTH,
    YEAR
  }

  /** How partners are ranked. */
  public enum PartnerOrder {
    /** Most events first. */
    VOLUME,
    /** Most cooperative (highest mean Goldstein) first. */
    COOPERATION,
    /** Most conflictual (lowest mean Goldstein) first. */
    CONFLICT
  }

  private static final String QUADS =
      "count(*) FILTER (WHERE e.quad_class = 1) AS verbal_coop,"
          + " count(*) FILTER (WHERE e.quad_class = 2) AS material_coop,"
          + " count(*) FILTER (WHERE e.quad_class = 3) AS verbal_conflict,"
          + " count(*) FILTER (WHERE e.quad_class = 4) AS material_conflict";

  private final EventStore store;
  private final boolean mentions;

  /**
   * @param mentions count every mention (each report) instead of deduplicated events
   */
  public Queries(EventStore store, boolean mentions) {
    this.store = Objects.requireNonNull(store, "store");
    this.mentions = mentions;
  }

  private String table() {
    return mentions ? "events" : "canonical_events";
  }

  /**
   * Per period and direction: events by QuadClass, mean Goldstein and the three commonest codes,
   * for the events between two actors (either way) that pass the filter. Undated events are left
   * out.
   */
  public ResultTable dyad(String a, String b, Period by, EventFilter filter) {
    String x = EventFilter.actorCode("first actor", a);
    String y = EventFilter.actorCode("second actor", b);
    if (x.startsWith(y) || y.startsWith(x)) {
      throw new IllegalArgumentException("a dyad needs two different actors: " + x + ", " + y);
    }
    EventFilter.Where w = filter.where();
    String unit = by.name().toLowerCase(Locale.ROOT);
    String pair =
        "((starts_with(e.source_code, ?) AND starts_with(e.target_code, ?))"
            + " OR (starts_with(e.source_code, ?) AND starts_with(e.target_code, ?)))";
    String base =
        " FROM " + table() + " e WHERE e.event_date IS NOT NULL AND " + pair + " AND " + w.sql();
    String direction = "CASE WHEN starts_with(e.source_code, ?) THEN 1 ELSE 2 END";
    String sql =
        "SELECT date_trunc('"
            + unit
            + "', e.event_date)::DATE AS period, "
            + direction
            + " AS dir, count(*) AS events, "
            + QUADS
            + ", avg(e.goldstein) AS mean_goldstein"
            + base
            + " GROUP BY 1, 2 ORDER BY 1, 2";
    // The direction's CASE comes first in the text, then the pair, then the filter.
    List<Object> p1 = new ArrayList<>(List.of(x, x, y, y, x));
    p1.addAll(w.params());
    String codesSql =
        "SELECT date_trunc('"
            + unit
            + "', e.event_date)::DATE, "
            + direction
            + ", e.cameo_code, count(*)"
            + base
            + " GROUP BY 1, 2, 3";
    Map<String, Map<String, Long>> codes = new LinkedHashMap<>();
    query(
        codesSql,
        p1,
        r -> {
          String key = r.getObject(1, LocalDate.class) + "|" + r.getInt(2);
          codes.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(r.getString(3), r.getLong(4));
        });
    List<List<Object>> rows = new ArrayList<>();
    query(
        sql,
        p1,
        r -> {
          LocalDate period = r.getObject(1, LocalDate.class);
          int dir = r.getInt(2);
          List<Object> row = new ArrayList<>();
          row.add(periodLabel(period, by));
          row.add(dir == 1 ? x + "->" + y : y + "->" + x);
          for (int i = 3; i <= 7; i++) {
            row.add(r.getLong(i));
          }
          row.add(round2(r.getDouble(8)));
          row.add(topCodes(codes.getOrDefault(period + "|" + dir, Map.of())));
          rows.add(row);
        });
    return new ResultTable(
        List.of(
            "period",
            "direction",
            "events",
            "verbal_coop",
            "material_coop",
            "verbal_conflict",
            "material_conflict",
            "mean_goldstein",
            "top_codes"),
        rows);
  }

  /**
   * An actor's partners (the other side's country), with event counts both ways, QuadClass counts
   * and mean Goldstein, ranked as asked; partners with fewer than {@code minEvents} are left out.
   */
  public ResultTable partners(
      String actor, PartnerOrder order, int minEvents, int limit, EventFilter filter) {
    String a = EventFilter.actorCode("actor", actor);
    EventFilter.Where w = filter.where();
    String orderBy =
        switch (order) {
          case VOLUME -> "events DESC, mean_goldstein DESC, partner";
          case COOPERATION -> "mean_goldstein DESC, events DESC, partner";
          case CONFLICT -> "mean_goldstein ASC, events DESC, partner";
        };
    String sql =
        "SELECT CASE WHEN starts_with(e.source_code, ?) THEN e.target_country"
            + " ELSE e.source_country END AS partner,"
            + " count(*) AS events,"
            + " count(*) FILTER (WHERE starts_with(e.source_code, ?)) AS outgoing,"
            + " count(*) FILTER (WHERE NOT starts_with(e.source_code, ?)) AS incoming, "
            + QUADS
            + ", avg(e.goldstein) AS mean_goldstein FROM "
            + table()
            + " e WHERE (starts_with(e.source_code, ?) OR starts_with(e.target_code, ?))"
            + " AND NOT (starts_with(e.source_code, ?) AND starts_with(e.target_code, ?)) AND "
            + w.sql()
            + " GROUP BY 1 HAVING count(*) >= ? ORDER BY "
            + orderBy
            + " LIMIT ?";
    List<Object> params = new ArrayList<>(List.of(a, a, a, a, a, a, a));
    params.addAll(w.params());
    params.add(Math.max(1, minEvents));
    params.add(limit);
    List<List<Object>> rows = new ArrayList<>();
    query(
        sql,
        params,
        r -> {
          List<Object> row = new ArrayList<>();
          row.add(r.getString(1));
          row.add(Countries.name(r.getString(1)));
          for (int i = 2; i <= 8; i++) {
            row.add(r.getLong(i));
          }
          row.add(round2(r.getDouble(9)));
          rows.add(row);
        });
    return new ResultTable(
        List.of(
            "partner",
            "name",
            "events",
            "outgoing",
            "incoming",
            "verbal_coop",
            "material_coop",
            "verbal_conflict",
            "material_conflict",
            "mean_goldstein"),
        rows);
  }

  /** The events that pass the filter, newest first, with their evidence sentence. */
  public ResultTable events(EventFilter filter, int limit, int offset) {
    EventFilter.Where w = filter.where();
    String counts = mentions ? "1, 1" : "e.num_mentions, e.num_articles";
    String sql =
        "SELECT e.id, e.cluster_id, e.event_date, e.source_code, e.target_code, e.cameo_code, e.goldstein,"
            + " e.quad_class, e.place_name, "
            + counts
            + ", a.url, a.input_id, e.sentence_text, e.trigger_text, e.article_id FROM "
            + table()
            + " e JOIN articles a ON a.id = e.article_id WHERE "
            + w.sql()
            + " ORDER BY e.event_date DESC NULLS LAST, e.id LIMIT ? OFFSET ?";
    List<Object> params = new ArrayList<>(w.params());
    params.add(limit);
    params.add(offset);
    Codebook codebook = Codebook.standard();
    List<List<Object>> rows = new ArrayList<>();
    query(
        sql,
        params,
        r -> {
          List<Object> row = new ArrayList<>();
          row.add(r.getLong(1));
          row.add(r.getLong(2));
          LocalDate d = r.getObject(3, LocalDate.class);
          row.add(d == null ? null : d.toString());
          row.add(r.getString(4));
          row.add(r.getString(5));
          row.add(r.getString(6));
          row.add(codebook.find(r.getString(6)).map(c -> c.name()).orElse(""));
          row.add(r.getDouble(7));
          row.add(r.getInt(8));
          row.add(r.getString(9));
          row.add(r.getLong(10));
          row.add(r.getLong(11));
          row.add(r.getString(12) != null ? r.getString(12) : r.getString(13));
          row.add(r.getString(14));
          row.add(r.getString(15));
          row.add(r.getLong(16));
          rows.add(row);
        });
    return new ResultTable(
        List.of(
            "id",
            "cluster",
            "date",
            "source",
            "target",
            "code",
            "name",
            "goldstein",
            "quad_class",
            "place",
            "mentions",
            "articles",
            "article",
            "sentence",
            "trigger",
            "article_ref"),
        rows);
  }

  /**
   * The actor network: one edge per ordered pair of countries (source, target) with its event count
   * and mean Goldstein, the busiest first.
   */
  public ResultTable network(EventFilter filter, int limit) {
    EventFilter.Where w = filter.where();
    String sql =
        "SELECT e.source_country, e.target_country, count(*) AS events,"
            + " avg(e.goldstein) AS mean_goldstein FROM "
            + table()
            + " e WHERE "
            + w.sql()
            + " GROUP BY 1, 2 ORDER BY events DESC, 1, 2 LIMIT ?";
    List<Object> params = new ArrayList<>(w.params());
    params.add(limit);
    List<List<Object>> rows = new ArrayList<>();
    query(
        sql,
        params,
        r -> {
          rows.add(
              List.of(
                  r.getString(1),
                  Countries.name(r.getString(1)),
                  r.getString(2),
                  Countries.name(r.getString(2)),
                  r.getLong(3),
                  round2(r.getDouble(4))));
        });
    return new ResultTable(
        List.of("source", "source_name", "target", "target_name", "events", "mean_goldstein"),
        rows);
  }

  /** Where events happened: one row per place, with its coordinates, count and mean Goldstein. */
  public ResultTable places(EventFilter filter, int limit) {
    EventFilter.Where w = filter.where();
    String sql =
        "SELECT e.place_name, e.place_precision, e.place_country, avg(e.latitude),"
            + " avg(e.longitude), count(*) AS events, avg(e.goldstein) FROM "
            + table()
            + " e WHERE e.place_name IS NOT NULL AND "
            + w.sql()
            + " GROUP BY 1, 2, 3 ORDER BY events DESC, 1 LIMIT ?";
    List<Object> params = new ArrayList<>(w.params());
    params.add(limit);
    List<List<Object>> rows = new ArrayList<>();
    query(
        sql,
        params,
        r -> {
          String precision = r.getString(2);
          String name =
              "country".equals(precision) ? Countries.name(r.getString(3)) : r.getString(1);
          rows.add(
              List.of(
                  name,
                  precision,
                  r.getString(3),
                  Math.round(r.getDouble(4) * 1e4) / 1e4,
                  Math.round(r.getDouble(5) * 1e4) / 1e4,
                  r.getLong(6),
                  round2(r.getDouble(7))));
        });
    return new ResultTable(
        List.of("place", "precision", "country", "lat", "lon", "events", "mean_goldstein"), rows);
  }

  /** A stored article with its event mentions, or empty when there is none with that id. */
  public java.util.Optional<StoredArticle> article(long id) {
    try {
      StoredArticle found = null;
      try (PreparedStatement ps =
          store
              .connection()
              .prepareStatement(
                  "SELECT id, input_id, title, text, published, url, publisher FROM articles"
                      + " WHERE id = ?")) {
        ps.setLong(1, id);
        try (ResultSet r = ps.executeQuery()) {
          if (!r.next()) {
            return java.util.Optional.empty();
          }
          List<String> events = new ArrayList<>();
          try (PreparedStatement es =
              store
                  .connection()
                  .prepareStatement(
                      "SELECT json FROM events WHERE article_id = ? ORDER BY sentence_idx, id")) {
            es.setLong(1, id);
            try (ResultSet er = es.executeQuery()) {
              while (er.next()) {
                events.add(er.getString(1));
              }
            }
          }
          found =
              new StoredArticle(
                  r.getLong(1),
                  r.getString(2),
                  r.getString(3),
                  r.getString(4),
                  r.getObject(5, LocalDate.class),
                  r.getString(6),
                  r.getString(7),
                  events);
        }
      }
      return java.util.Optional.of(found);
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  /** Reads a row of a result. */
  @FunctionalInterface
  interface RowReader {
    void read(ResultSet r) throws SQLException;
  }

  /** Runs a query with its parameters and hands each row to {@code rows}. */
  private void query(String sql, List<Object> params, RowReader rows) {
    try (PreparedStatement ps = store.connection().prepareStatement(sql)) {
      bind(ps, params);
      try (ResultSet r = ps.executeQuery()) {
        while (r.next()) {
          rows.read(r);
        }
      }
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
    for (int i = 0; i < params.size(); i++) {
      Object v = params.get(i);
      if (v instanceof LocalDate d) {
        EventStore.setDate(ps, i + 1, d);
      } else {
        ps.setObject(i + 1, v);
      }
    }
  }

  private static String topCodes(Map<String, Long> counts) {
    return counts.entrySet().stream()
        .sorted(
            Comparator.comparing(Map.Entry<String, Long>::getValue)
                .reversed()
                .thenComparing(Map.Entry::getKey))
        .limit(3)
        .map(e -> e.getKey() + "x" + e.getValue())
        .collect(Collectors.joining(" "));
  }

  private static String periodLabel(LocalDate d, Period by) {
    return switch (by) {
      case DAY, WEEK -> d.toString();
      case MONTH -> d.toString().substring(0, 7);
      case YEAR -> d.toString().substring(0, 4);
    };
  }

  private static double round2(double v) {
    return Math.round(v * 100) / 100.0;
  }

  private StoreException failed(SQLException e) {
    return new StoreException(store.file() + ": query failed: " + EventStore.firstLine(e), e);
  }
}
