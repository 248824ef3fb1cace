package org.dyad.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.dedup.ClusterRule;
import org.dyad.model.Article;

/** Loads a Spark job's Parquet output into the store (see {@link EventStore#importSpark}). */
final class SparkImport {
  private final EventStore store;
  private final Connection c;

  SparkImport(EventStore store) {
    this.store = store;
    this.c = store.connection();
  }

  ImportSummary run(Path dir) {
    for (String part : List.of("articles", "events", "mentions")) {
      if (!Files.isDirectory(dir.resolve(part))) {
        throw new StoreException(
            dir + ": no " + part + "/ directory: not the output of dyad spark");
      }
    }
    int inserted = 0;
    int replaced = 0;
    int unchanged = 0;
    int failed = 0;
    long events = 0;
    try {
      try (Statement s = c.createStatement()) {
        s.execute(
            "CREATE OR REPLACE TEMP TABLE imp_articles AS SELECT * FROM read_parquet('"
                + glob(dir, "articles/*.parquet")
                + "')");
        s.execute(
            "CREATE OR REPLACE TEMP TABLE imp_events AS SELECT * FROM read_parquet('"
                + glob(dir, "events/**/*.parquet")
                + "', hive_partitioning = true, union_by_name = true)");
        s.execute(
            "CREATE OR REPLACE TEMP TABLE imp_mentions AS SELECT * FROM read_parquet('"
                + glob(dir, "mentions/**/*.parquet")
                + "', hive_partitioning = true, union_by_name = true)");
      }
      List<Object[]> articles = new ArrayList<>();
      try (Statement s = c.createStatement();
          ResultSet r =
              s.executeQuery(
                  "SELECT article_seq, id, title, text, published, url, source, error,"
                      + " sentence_count, parsed_count FROM imp_articles ORDER BY article_seq")) {
        while (r.next()) {
          articles.add(
              new Object[] {
                r.getLong(1), r.getString(2), r.getString(3), r.getString(4),
                r.getObject(5, LocalDate.class), r.getString(6), r.getString(7), r.getString(8),
                r.getInt(9), r.getInt(10)
              });
        }
      }
      for (Object[] a : articles) {
        if (a[7] != null) {
          failed++;
          continue;
        }
        Article article =
            new Article(
                (String) a[1],
                (String) a[2],
                (String) a[3],
                (LocalDate) a[4],
                (String) a[5],
                (String) a[6]);
        EventStore.Status status = store.status(article);
        if (status == EventStore.Status.UNCHANGED) {
          unchanged++;
          continue;
        }
        c.setAutoCommit(false);
        try {
          events += importArticle((long) a[0], article, (int) a[8], (int) a[9]);
          c.commit();
        } catch (SQLException | RuntimeException e) {
          c.rollback();
          throw e;
        } finally {
          c.setAutoCommit(true);
        }
        if (status == EventStore.Status.NEW) {
          inserted++;
        } else {
          replaced++;
        }
      }
      try (Statement s = c.createStatement()) {
        s.execute("DROP TABLE imp_articles");
        s.execute("DROP TABLE imp_events");
        s.execute("DROP TABLE imp_mentions");
      }
    } catch (SQLException e) {
      throw new StoreException(dir + ": cannot import: " + EventStore.firstLine(e), e);
    }
    return new ImportSummary(inserted, replaced, unchanged, failed, events);
  }

  private long importArticle(long seq, Article a, int sentences, int parsed) throws SQLException {
    String identity = ArticleIdentity.of(a);
    Long id = null;
    try (PreparedStatement p = c.prepareStatement("SELECT id FROM articles WHERE identity = ?")) {
      p.setString(1, identity);
      try (ResultSet r = p.executeQuery()) {
        if (r.next()) {
          id = r.getLong(1);
        }
      }
    }
    long eventCount;
    try (PreparedStatement p =
        c.prepareStatement("SELECT count(*) FROM imp_events WHERE article_seq = ?")) {
      p.setLong(1, seq);
      try (ResultSet r = p.executeQuery()) {
        r.next();
        eventCount = r.getLong(1);
      }
    }
    // A stored article keeps its row (an update, not a delete and insert of the same key).
    if (id != null) {
      store.deleteRowsOf(id);
      try (PreparedStatement p =
          c.prepareStatement(
              "UPDATE articles SET content_hash = ?, input_id = ?, title = ?, text = ?,"
                  + " published = ?, url = ?, source = ?, publisher = ?, input_file = 'spark',"
                  + " sentence_count = ?, parsed_count = ?, event_count = ?,"
                  + " ingested_at = current_localtimestamp()::TIMESTAMP WHERE id = ?")) {
        setArticle(p, 1, a, sentences, parsed, eventCount);
        p.setLong(12, id);
        p.executeUpdate();
      }
    } else {
      id = store.statements().next("article_ids");
      try (PreparedStatement p =
          c.prepareStatement(
              "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'spark', ?, ?, ?,"
                  + " current_localtimestamp()::TIMESTAMP)")) {
        p.setLong(1, id);
        p.setString(2, identity);
        setArticle(p, 3, a, sentences, parsed, eventCount);
        p.executeUpdate();
      }
    }
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO sentences SELECT ?, s.idx, s.begin_offset, s.end_offset, s.parsed FROM"
                + " (SELECT unnest(sentences) AS s FROM imp_articles WHERE article_seq = ?)")) {
      p.setLong(1, id);
      p.setLong(2, seq);
      p.executeUpdate();
    }
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO mentions SELECT ?, sentence_idx, begin_offset, end_offset, text,"
                + " actor_code, entries FROM imp_mentions WHERE article_seq = ?")) {
      p.setLong(1, id);
      p.setLong(2, seq);
      p.executeUpdate();
    }
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO actors SELECT DISTINCT ON (code) code, country, sectors, name, kind FROM"
                + " (SELECT source_code AS code, source_country AS country,"
                + " json_extract_string(json, '$.source_actor.name') AS name,"
                + " array_to_string(json_extract_string(json, '$.source_actor.sectors[*]'), ' ')"
                + " AS sectors, json_extract_string(json, '$.source_actor.kind') AS kind"
                + " FROM imp_events WHERE article_seq = ? UNION ALL"
                + " SELECT target_code, target_country,"
                + " json_extract_string(json, '$.target_actor.name'),"
                + " array_to_string(json_extract_string(json, '$.target_actor.sectors[*]'), ' '),"
                + " json_extract_string(json, '$.target_actor.kind')"
                + " FROM imp_events WHERE article_seq = ?) ON CONFLICT DO NOTHING")) {
      p.setLong(1, seq);
      p.setLong(2, seq);
      p.executeUpdate();
    }
    List<Object[]> reports = new ArrayList<>();
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT event_index, root, source_country, target_country, event_date, place_name"
                + " FROM imp_events WHERE article_seq = ? ORDER BY event_index")) {
      p.setLong(1, seq);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          reports.add(
              new Object[] {
                r.getInt(1),
                new ClusterRule.Key(
                    r.getString(2),
                    r.getString(3),
                    r.getString(4),
                    r.getObject(5, LocalDate.class),
                    r.getString(6))
              });
        }
      }
    }
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO events SELECT nextval('event_ids'), ?, ?, sentence_idx, source_code,"
                + " source_country, source_name, json_extract_string(json, '$.source_actor.kind'),"
                + " target_code, target_country, target_name,"
                + " json_extract_string(json, '$.target_actor.kind'), cameo_code, root,"
                + " plover_category, plover_mode, goldstein, quad_class, event_date,"
                + " date_precision, json_extract_string(json, '$.date_basis'),"
                + " coalesce(json_extract(json, '$.historical')::BOOLEAN, false), place_name,"
                + " latitude, longitude, place_country,"
                + " json_extract_string(json, '$.location.admin1'),"
                + " json_extract_string(json, '$.location.precision'), trigger_text, source_text,"
                + " target_text, rule_id, confidence, quantity,"
                // the unit of the largest quantity, as the store keeps it
                + " (SELECT q->>'unit' FROM (SELECT unnest(json_extract(json, '$.quantities[*]'))"
                + " AS q) ORDER BY (q->>'value')::BIGINT DESC LIMIT 1), sentence_text, json"
                + " FROM imp_events WHERE article_seq = ? AND event_index = ?")) {
      for (Object[] report : reports) {
        long cluster = store.clusters().assign((ClusterRule.Key) report[1]);
        p.setLong(1, id);
        p.setLong(2, cluster);
        p.setLong(3, seq);
        p.setInt(4, (int) report[0]);
        p.executeUpdate();
      }
    }
    return reports.size();
  }

  private static void setArticle(
      PreparedStatement p, int first, Article a, int sentences, int parsed, long events)
      throws SQLException {
    int i = first;
    p.setString(i++, ArticleIdentity.contentHash(a));
    p.setString(i++, a.id());
    p.setString(i++, a.title());
    p.setString(i++, a.text());
    EventStore.setDate(p, i++, a.published());
    p.setString(i++, a.url());
    p.setString(i++, a.source());
    p.setString(i++, ArticleIdentity.publisher(a));
    p.setInt(i++, sentences);
    p.setInt(i++, parsed);
    p.setLong(i, events);
  }

  private static String glob(Path dir, String pattern) {
    return dir.toAbsolutePath().resolve(pattern).toString().replace("'", "''");
  }
}
