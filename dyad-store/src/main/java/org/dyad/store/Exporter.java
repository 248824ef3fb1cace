package org.dyad.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dyad.actors.Religions;
import org.dyad.ontology.Codebook;
import org.dyad.ontology.PloverMapping;

/**
 * Writes a store's events in the formats other tools read: GDELT 2.0's event table, PLOVER JSON,
 * CSV, JSON Lines and Parquet. GDELT and PLOVER rows are deduplicated events (one per cluster, with
 * its mention counts); CSV, JSON Lines and Parquet are too unless every mention is asked for.
 */
public final class Exporter {
  /** The export formats. */
  public enum Format {
    GDELT,
    PLOVER,
    CSV,
    JSONL,
    PARQUET
  }

  /** GDELT 2.0 event table columns, in order (its codebook's names). */
  public static final List<String> GDELT_COLUMNS = gdeltColumns();

  /** Country-like codes of actors that are not states: no Actor1CountryCode for them. */
  private static final Set<String> NON_STATE = Set.of("IGO", "NGO", "IMG", "MNC", "UIS", "REB");

  private static final DateTimeFormatter SQLDATE = DateTimeFormatter.BASIC_ISO_DATE;
  private static final DateTimeFormatter DATEADDED = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

  private final EventStore store;
  private final Codebook codebook = Codebook.standard();
  private final PloverMapping plover = PloverMapping.standard();
  private final ObjectMapper mapper = new ObjectMapper();

  public Exporter(EventStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /**
   * Writes a text format (all but Parquet) to {@code out}; returns the number of rows.
   *
   * @param mentions every mention rather than one row per deduplicated event (CSV and JSON Lines)
   */
  public long write(Format format, EventFilter filter, boolean mentions, Writer out)
      throws IOException {
    return switch (format) {
      case GDELT -> gdelt(filter, out);
      case PLOVER -> plover(filter, out);
      case CSV -> csv(filter, mentions, out);
      case JSONL -> jsonl(filter, mentions, out);
      case PARQUET -> throw new IllegalArgumentException("Parquet is binary: write it to a file");
    };
  }

  /** Writes Parquet (through DuckDB's COPY) to a file; returns the number of rows. */
  public long writeParquet(EventFilter filter, boolean mentions, Path file) {
    EventFilter.Where w = filter.where();
    try {
      try (PreparedStatement ps =
          store
              .connection()
              .prepareStatement(
                  "CREATE OR REPLACE TEMP TABLE dyad_export AS " + flatSelect(mentions, w))) {
        Queries.bind(ps, w.params());
        ps.execute();
      }
      try (Statement s = store.connection().createStatement()) {
        s.execute(
            "COPY dyad_export TO '"
                + file.toAbsolutePath().toString().replace("'", "''")
                + "' (FORMAT parquet, COMPRESSION zstd)");
        try (ResultSet r = s.executeQuery("SELECT count(*) FROM dyad_export")) {
          r.next();
          long n = r.getLong(1);
          s.execute("DROP TABLE dyad_export");
          return n;
        }
      }
    } catch (SQLException e) {
      throw new StoreException(file + ": cannot write Parquet: " + EventStore.firstLine(e), e);
    }
  }

  private static String flatSelect(boolean mentions, EventFilter.Where w) {
    String counts = mentions ? "" : " e.num_mentions, e.num_articles, e.num_sources,";
    return "SELECT e.id AS event_id, e.cluster_id, e.event_date, e.date_precision,"
        + " e.source_code, e.source_country, e.source_name, e.target_code, e.target_country,"
        + " e.target_name, e.cameo_code, e.root, e.plover_category, e.plover_mode, e.goldstein,"
        + " e.quad_class,"
        + counts
        + " e.place_name, e.latitude, e.longitude, e.place_country, e.place_admin1,"
        + " e.trigger_text, e.source_text, e.target_text, e.rule_id, e.confidence, e.quantity,"
        + " e.quantity_unit, e.sentence_text, a.input_id AS article_id, a.url, a.title,"
        + " a.published, a.publisher FROM "
        + (mentions ? "events" : "canonical_events")
        + " e JOIN articles a ON a.id = e.article_id WHERE "
        + w.sql()
        + " ORDER BY e.event_date NULLS LAST, e.id";
  }

  private long csv(EventFilter filter, boolean mentions, Writer out) throws IOException {
    EventFilter.Where w = filter.where();
    long n = 0;
    try (PreparedStatement ps = store.connection().prepareStatement(flatSelect(mentions, w))) {
      Queries.bind(ps, w.params());
      try (ResultSet r = ps.executeQuery()) {
        ResultSetMetaData md = r.getMetaData();
        List<String> header = new ArrayList<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
          header.add(md.getColumnLabel(i));
        }
        CSVPrinter p =
            new CSVPrinter(
                out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
        while (r.next()) {
          List<Object> row = new ArrayList<>();
          for (int i = 1; i <= md.getColumnCount(); i++) {
            Object v = r.getObject(i);
            row.add(v instanceof java.sql.Date d ? d.toLocalDate() : v);
          }
          p.printRecord(row);
          n++;
        }
        p.flush();
      }
    } catch (SQLException e) {
      throw failed(e);
    }
    return n;
  }

  private long jsonl(EventFilter filter, boolean mentions, Writer out) throws IOException {
    EventFilter.Where w = filter.where();
    String counts = mentions ? "" : ", e.num_mentions, e.num_articles, e.num_sources";
    String sql =
        "SELECT e.json, e.id, e.cluster_id, a.input_id, a.url, a.title"
            + counts
            + " FROM "
            + (mentions ? "events" : "canonical_events")
            + " e JOIN articles a ON a.id = e.article_id WHERE "
            + w.sql()
            + " ORDER BY e.event_date NULLS LAST, e.id";
    long n = 0;
    try (PreparedStatement ps = store.connection().prepareStatement(sql)) {
      Queries.bind(ps, w.params());
      try (ResultSet r = ps.executeQuery()) {
        while (r.next()) {
          ObjectNode o = (ObjectNode) mapper.readTree(r.getString(1));
          o.put("event_id", r.getLong(2));
          o.put("cluster_id", r.getLong(3));
          o.put("article_id", r.getString(4));
          o.put("url", r.getString(5));
          o.put("title", r.getString(6));
          if (!mentions) {
            o.put("num_mentions", r.getLong(7));
            o.put("num_articles", r.getLong(8));
            o.put("num_sources", r.getLong(9));
          }
          out.write(o.toString());
          out.write('\n');
          n++;
        }
      }
    } catch (SQLException e) {
      throw failed(e);
    }
    out.flush();
    return n;
  }

  private static final String CANONICAL_WITH_ARTICLE =
      "SELECT e.*, a.url, a.input_id AS story_id, a.publisher, a.published, a.ingested_at,"
          + " a.input_file, a.identity FROM canonical_events e JOIN articles a"
          + " ON a.id = e.article_id WHERE ";

  private long plover(EventFilter filter, Writer out) throws IOException {
    EventFilter.Where w = filter.where();
    long n = 0;
    try (PreparedStatement ps =
        store
            .connection()
            .prepareStatement(
                CANONICAL_WITH_ARTICLE
                    + w.sql()
                    + " AND e.plover_category IS NOT NULL ORDER BY e.event_date NULLS LAST, e.id")) {
      Queries.bind(ps, w.params());
      try (ResultSet r = ps.executeQuery()) {
        while (r.next()) {
          ObjectNode o = mapper.createObjectNode();
          o.put("id", "dyad-" + r.getLong("cluster_id"));
          LocalDate d = r.getObject("event_date", LocalDate.class);
          o.put("date", d == null ? null : d.toString());
          o.put("event", r.getString("plover_category"));
          o.put("mode", r.getString("plover_mode"));
          var contexts = o.putArray("context");
          plover
              .map(r.getString("cameo_code"))
              .map(PloverMapping.Target::context)
              .filter(c -> c != null && !c.isBlank())
              .ifPresent(contexts::add);
          o.put("source", r.getString("source_code"));
          o.put("source_text", r.getString("source_text"));
          o.put("target", r.getString("target_code"));
          o.put("target_text", r.getString("target_text"));
          o.put("event_text", r.getString("trigger_text"));
          if (r.getString("place_name") == null) {
            o.putNull("geolocation");
          } else {
            ObjectNode g = o.putObject("geolocation");
            g.put(
                "placename",
                "country".equals(r.getString("place_precision"))
                    ? Countries.name(r.getString("place_country"))
                    : r.getString("place_name"));
            g.put("lat", r.getDouble("latitude"));
            g.put("lon", r.getDouble("longitude"));
            g.put("country", r.getString("place_country"));
            g.put("admin1", r.getString("place_admin1"));
          }
          long quantity = r.getLong("quantity");
          if (!r.wasNull() && "PROTEST".equals(r.getString("plover_category"))) {
            o.put("size", quantity);
          }
          o.put("text", r.getString("sentence_text"));
          o.put("story_id", r.getString("story_id"));
          o.put("url", r.getString("url"));
          o.put("publication", r.getString("publisher"));
          o.put("cameo", r.getString("cameo_code"));
          o.put("goldstein", r.getDouble("goldstein"));
          o.put("num_mentions", r.getLong("num_mentions"));
          o.put("num_articles", r.getLong("num_articles"));
          o.put("num_sources", r.getLong("num_sources"));
          out.write(o.toString());
          out.write('\n');
          n++;
        }
      }
    } catch (SQLException e) {
      throw failed(e);
    }
    out.flush();
    return n;
  }

  private long gdelt(EventFilter filter, Writer out) throws IOException {
    EventFilter.Where w = filter.where();
    Map<String, String[]> fips = Countries.FIPS;
    long n = 0;
    try (PreparedStatement ps =
        store
            .connection()
            .prepareStatement(
                CANONICAL_WITH_ARTICLE + w.sql() + " ORDER BY e.event_date NULLS LAST, e.id")) {
      Queries.bind(ps, w.params());
      try (ResultSet r = ps.executeQuery()) {
        while (r.next()) {
          List<String> c = new ArrayList<>(GDELT_COLUMNS.size());
          c.add(Long.toString(r.getLong("cluster_id")));
          LocalDate d = r.getObject("event_date", LocalDate.class);
          if (d == null) {
            d = r.getObject("published", LocalDate.class);
          }
          if (d == null) {
            c.addAll(List.of("", "", "", ""));
          } else {
            c.add(d.format(SQLDATE));
            c.add(String.format(Locale.ROOT, "%04d%02d", d.getYear(), d.getMonthValue()));
            c.add(Integer.toString(d.getYear()));
            c.add(String.format(Locale.ROOT, "%.4f", d.getYear() + (d.getDayOfYear() - 1) / 365.0));
          }
          actor(
              c,
              r.getString("source_code"),
              r.getString("source_country"),
              r.getString("source_name"));
          actor(
              c,
              r.getString("target_code"),
              r.getString("target_country"),
              r.getString("target_name"));
          String code = r.getString("cameo_code");
          c.add(r.getInt("sentence_idx") == 0 ? "1" : "0");
          c.add(code);
          c.add(code.substring(0, Math.min(3, code.length())));
          c.add(code.substring(0, 2));
          c.add(Integer.toString(r.getInt("quad_class")));
          c.add(String.format(Locale.ROOT, "%.1f", codebook.get(code).goldsteinGdelt()));
          c.add(Long.toString(r.getLong("num_mentions")));
          c.add(Long.toString(r.getLong("num_sources")));
          c.add(Long.toString(r.getLong("num_articles")));
          c.add(""); // AvgTone: Dyad does not measure tone
          emptyGeo(c); // Actor1Geo: Dyad places events, not actors
          emptyGeo(c); // Actor2Geo
          String place = r.getString("place_name");
          if (place == null) {
            emptyGeo(c);
          } else {
            String iso = r.getString("place_country");
            String[] f = fips.getOrDefault(iso, new String[] {"", iso});
            String precision = r.getString("place_precision");
            boolean us = "USA".equals(iso);
            c.add(
                switch (precision) {
                  case "country" -> "1";
                  case "admin1" -> us ? "2" : "5";
                  default -> us ? "3" : "4";
                });
            String admin1 = r.getString("place_admin1");
            List<String> full = new ArrayList<>();
            // A country-level place is named by its code in the event: GDELT wants the name.
            full.add("country".equals(precision) ? f[1] : place);
            if (admin1 != null && !admin1.equals(place) && !"country".equals(precision)) {
              full.add(admin1);
            }
            if (!"country".equals(precision)) {
              full.add(f[1]);
            }
            c.add(String.join(", ", full));
            c.add(f[0]);
            c.add(f[0]);
            c.add("");
            c.add(String.format(Locale.ROOT, "%.4f", r.getDouble("latitude")));
            c.add(String.format(Locale.ROOT, "%.4f", r.getDouble("longitude")));
            c.add("");
          }
          Timestamp added = r.getTimestamp("ingested_at");
          c.add(added.toLocalDateTime().format(DATEADDED));
          String url = r.getString("url");
          c.add(
              url != null
                  ? url
                  : r.getString("input_file") != null
                      ? r.getString("input_file")
                      : r.getString("identity"));
          out.write(String.join("\t", c.stream().map(Exporter::tsvCell).toList()));
          out.write('\n');
          n++;
        }
      }
    } catch (SQLException e) {
      throw failed(e);
    }
    out.flush();
    return n;
  }

  private static void actor(List<String> c, String code, String country, String name) {
    boolean state = !NON_STATE.contains(country) && !Religions.isFaith(country);
    List<String> sectors = new ArrayList<>();
    String religion1 = "";
    String religion2 = "";
    for (int i = Religions.isFaith(country) ? 0 : 3; i + 3 <= code.length(); i += 3) {
      String group = code.substring(i, i + 3);
      if (religion1.isEmpty() && Religions.isFaith(group)) {
        religion1 = group;
      } else if (!religion1.isEmpty()
          && religion2.isEmpty()
          && Religions.isBranch(religion1, group)) {
        religion2 = group;
      } else {
        sectors.add(group);
      }
    }
    c.add(code);
    c.add(name.toUpperCase(Locale.ROOT));
    c.add(state ? country : "");
    c.add(!state && !Religions.isFaith(country) && !sectors.isEmpty() ? sectors.remove(0) : "");
    c.add(""); // EthnicCode
    c.add(religion1);
    c.add(religion2);
    for (int i = 0; i < 3; i++) {
      c.add(i < sectors.size() ? sectors.get(i) : "");
    }
  }

  private static void emptyGeo(List<String> c) {
    c.add("0");
    for (int i = 0; i < 7; i++) {
      c.add("");
    }
  }

  private static String tsvCell(String s) {
    return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }

  private StoreException failed(SQLException e) {
    return new StoreException(store.file() + ": export failed: " + EventStore.firstLine(e), e);
  }

  private static List<String> gdeltColumns() {
    List<String> c =
        new ArrayList<>(List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"));
    for (String a : List.of("Actor1", "Actor2")) {
      for (String f :
          List.of(
              "Code",
              "Name",
              "CountryCode",
              "KnownGroupCode",
              "EthnicCode",
              "Religion1Code",
              "Religion2Code",
              "Type1Code",
              "Type2Code",
              "Type3Code")) {
        c.add(a + f);
      }
    }
    c.addAll(
        List.of(
            "IsRootEvent",
            "EventCode",
            "EventBaseCode",
            "EventRootCode",
            "QuadClass",
            "GoldsteinScale",
            "NumMentions",
            "NumSources",
            "NumArticles",
            "AvgTone"));
    for (String g : List.of("Actor1Geo_", "Actor2Geo_", "ActionGeo_")) {
      for (String f :
          List.of(
              "Type",
              "FullName",
              "CountryCode",
              "ADM1Code",
              "ADM2Code",
              "Lat",
              "Long",
              "FeatureID")) {
        c.add(g + f);
      }
    }
    c.add("DATEADDED");
    c.add("SOURCEURL");
    return List.copyOf(c);
  }
}
