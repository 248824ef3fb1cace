package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dyad.store.Fixtures.coded;
import static org.dyad.store.Fixtures.spec;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.dyad.pipeline.CodedArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventStoreTest {
  @TempDir Path dir;

  @Test
  void storesAnArticleWithItsSentencesEventsAndActors() {
    try (EventStore store = EventStore.open(dir.resolve("d.duckdb"))) {
      EventStore.Outcome o =
          store.put(
              coded(
                  "a1",
                  "https://news.example/a1",
                  null,
                  "2015-11-25",
                  spec("RUSGOV", "042", "IRNGOV", "2015-11-23", "Tehran"),
                  spec("RUS", "057", "IRN", "2015-11-23", null)),
              "in.jsonl",
              false);
      assertThat(o).isEqualTo(EventStore.Outcome.INSERTED);
      assertThat(store.counts()).isEqualTo(new StoreCounts(1, 2, 2, 2, 4));
      assertThat(
              query(
                  store,
                  "SELECT source_code, target_code, cameo_code, place_name, quantity,"
                      + " sentence_text FROM events ORDER BY id"))
          .containsExactly(
              "RUSGOV|IRNGOV|042|Tehran|12|RUSGOV 042 IRNGOV.", "RUS|IRN|057|null|12|RUS 057 IRN.");
      assertThat(query(store, "SELECT publisher, input_file, event_count FROM articles"))
          .containsExactly("news.example|in.jsonl|2");
      assertThat(query(store, "SELECT json_extract_string(json, '$.evidence.rule') FROM events"))
          .containsExactlyInAnyOrder("verbs:test.042", "verbs:test.057");
    }
  }

  @Test
  void storesTheSameArticleOnceWhenPutTwice() {
    CodedArticle a = coded("a1", null, null, "2020-01-01", spec("USA", "190", "IRQ", null, null));
    try (EventStore store = EventStore.open(dir.resolve("d.duckdb"))) {
      assertThat(store.status(a.analysis().article())).isEqualTo(EventStore.Status.NEW);
      assertThat(store.put(a, null, false)).isEqualTo(EventStore.Outcome.INSERTED);
      assertThat(store.status(a.analysis().article())).isEqualTo(EventStore.Status.UNCHANGED);
      assertThat(store.put(a, null, false)).isEqualTo(EventStore.Outcome.UNCHANGED);
      assertThat(store.counts()).isEqualTo(new StoreCounts(1, 1, 1, 1, 2));
    }
  }

  @Test
  void identifiesAnArticleWithoutUrlByItsTextWhateverItsInputId() {
    CodedArticle a =
        coded("first", null, null, "2020-01-01", spec("USA", "190", "IRQ", null, null));
    CodedArticle b =
        coded("second", null, null, "2020-01-01", spec("USA", "190", "IRQ", null, null));
    try (EventStore store = EventStore.open(dir.resolve("d.duckdb"))) {
      store.put(a, null, false);
      assertThat(ArticleIdentity.of(b.analysis().article()))
          .isEqualTo(ArticleIdentity.of(a.analysis().article()));
      // Same text, another title: the same article, changed.
      assertThat(store.status(b.analysis().article())).isEqualTo(EventStore.Status.CHANGED);
      assertThat(store.put(b, null, false)).isEqualTo(EventStore.Outcome.REPLACED);
      assertThat(store.counts().articles()).isEqualTo(1);
    }
  }

  @Test
  void replacesTheEventsOfAChangedArticleAndDropsItsEmptyClusters() {
    String url = "https://news.example/story";
    try (EventStore store = EventStore.open(dir.resolve("d.duckdb"))) {
      store.put(
          coded("s", url, null, "2020-01-01", spec("USA", "190", "IRQ", "2020-01-01", null)),
          null,
          false);
      CodedArticle corrected =
          coded(
              "s",
              url,
              null,
              "2020-01-01",
              spec("USA", "042", "IRQ", "2020-01-01", null),
              spec("IRQ", "036", "USA", "2020-01-01", null));
      assertThat(store.status(corrected.analysis().article())).isEqualTo(EventStore.Status.CHANGED);
      assertThat(store.put(corrected, null, false)).isEqualTo(EventStore.Outcome.REPLACED);
      assertThat(store.counts()).isEqualTo(new StoreCounts(1, 2, 2, 2, 2));
      assertThat(query(store, "SELECT cameo_code FROM events ORDER BY id"))
          .containsExactly("042", "036");
      assertThat(query(store, "SELECT root FROM event_clusters ORDER BY id"))
          .containsExactly("04", "03");
      assertThat(query(store, "SELECT id FROM articles")).containsExactly("1");
    }
  }

  @Test
  void replacesEvenAnUnchangedArticleWhenAskedTo() {
    CodedArticle a = coded("a", null, null, "2020-01-01", spec("USA", "190", "IRQ", null, null));
    try (EventStore store = EventStore.open(dir.resolve("d.duckdb"))) {
      store.put(a, null, false);
      assertThat(store.put(a, null, true)).isEqualTo(EventStore.Outcome.REPLACED);
      assertThat(store.counts()).isEqualTo(new StoreCounts(1, 1, 1, 1, 2));
    }
  }

  @Test
  void clustersTheSameHappeningReportedByTwoPublishers() {
    try (EventStore store = EventStore.open(dir.resolve("d.duckdb"))) {
      store.put(
          coded(
              "a",
              "https://one.example/a",
              null,
              "2020-03-02",
              spec("RUSMIL", "190", "SYRREB", "2020-03-01", "Idlib")),
          null,
          false);
      store.put(
          coded(
              "b",
              "https://two.example/b",
              null,
              "2020-03-02",
              // A day later, no place, other sectors: still the same happening.
              spec("RUS", "193", "SYR", "2020-03-02", null)),
          null,
          false);
      store.put(
          coded(
              "c",
              "https://two.example/c",
              null,
              "2020-03-02",
              spec("RUS", "190", "SYR", "2020-03-02", "Aleppo"),
              spec("RUS", "190", "SYR", "2020-03-05", null),
              spec("SYR", "190", "RUS", "2020-03-01", "Idlib")),
          null,
          false);
      assertThat(store.counts().clusters()).isEqualTo(4);
      assertThat(
              query(
                  store,
                  "SELECT cluster_id, num_mentions, num_articles, num_sources FROM"
                      + " canonical_events ORDER BY cluster_id"))
          .containsExactly("1|2|2|2", "2|1|1|1", "3|1|1|1", "4|1|1|1");
    }
  }

  @Test
  void neverClustersUndatedEvents() {
    try (EventStore store = EventStore.open(dir.resolve("d.duckdb"))) {
      store.put(coded("a", "u:a", null, null, spec("USA", "190", "IRQ", null, null)), null, false);
      store.put(coded("b", "u:b", null, null, spec("USA", "190", "IRQ", null, null)), null, false);
      assertThat(store.counts().clusters()).isEqualTo(2);
    }
  }

  @Test
  void keepsWhatWasStoredAcrossReopening() {
    Path file = dir.resolve("d.duckdb");
    try (EventStore store = EventStore.open(file)) {
      store.put(
          coded("a", null, null, "2020-01-01", spec("USA", "190", "IRQ", null, null)), null, false);
    }
    try (EventStore store = EventStore.open(file)) {
      assertThat(store.counts().events()).isEqualTo(1);
      assertThat(query(store, "SELECT version FROM schema_version")).containsExactly("1");
    }
  }

  @Test
  void refusesADatabaseWithANewerSchema() throws SQLException {
    Path file = dir.resolve("d.duckdb");
    try (EventStore store = EventStore.open(file);
        Statement s = store.connection().createStatement()) {
      s.execute("INSERT INTO schema_version VALUES (99, current_localtimestamp()::TIMESTAMP)");
    }
    assertThatThrownBy(() -> EventStore.open(file))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("d.duckdb")
        .hasMessageContaining("schema version 99");
  }

  @Test
  void namesTheFileWhenItIsNotADatabase() throws Exception {
    Path file = dir.resolve("notes.duckdb");
    java.nio.file.Files.writeString(file, "this is not a database, just some text\n".repeat(200));
    assertThatThrownBy(() -> EventStore.open(file))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("notes.duckdb");
  }

  @Test
  void splitsMigrationsIntoStatements() {
    assertThat(Migrations.statements("-- c\nCREATE TABLE a (x INT);\n\nSELECT 1\n  + 2;\n"))
        .containsExactly("CREATE TABLE a (x INT)", "SELECT 1\n  + 2");
  }

  static List<String> query(EventStore store, String sql) {
    List<String> rows = new ArrayList<>();
    try (Statement s = store.connection().createStatement();
        ResultSet r = s.executeQuery(sql)) {
      int n = r.getMetaData().getColumnCount();
      while (r.next()) {
        List<String> cells = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
          cells.add(String.valueOf(r.getObject(i)));
        }
        rows.add(String.join("|", cells));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return rows;
  }
}
