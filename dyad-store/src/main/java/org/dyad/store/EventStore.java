package org.dyad.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.duckdb.DuckDBDriver;
import org.dyad.io.EventJson;
import org.dyad.model.Actor;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.model.Mention;
import org.dyad.model.Quantity;
import org.dyad.model.Sentence;
import org.dyad.pipeline.CodedArticle;

/**
 * Dyad's database: one DuckDB file that R, Python and DuckDB's own CLI can open. An article and all
 * its sentences, mentions and events are written in one transaction, so a crash leaves each article
 * stored whole or not at all. Not thread-safe: one thread writes (the coders hand it their
 * results).
 */
public final class EventStore implements AutoCloseable {
  /** What storing an article did. */
  public enum Outcome {
    /** A new article. */
    INSERTED,
    /** An article already stored under the same identity with other content: its old rows went. */
    REPLACED,
    /** The same article with the same content is already stored: nothing was written. */
    UNCHANGED
  }

  /** Whether an article needs coding: compared with what is stored under its identity. */
  public enum Status {
    NEW,
    CHANGED,
    UNCHANGED
  }

  private final Path file;
  private final Connection connection;
  private final Statements statements;
  private final Clusters clusters;

  /** Actor codes already in the actors table: most articles add none. */
  private final Set<String> knownActors = new HashSet<>();

  private final EventJson json = new EventJson();

  private EventStore(Path file, Connection connection) {
    this.file = file;
    this.connection = connection;
    this.statements = new Statements(connection);
    this.clusters = new Clusters(statements);
  }

  /** Opens the database file, creating it and bringing its schema up to date as needed. */
  public static EventStore open(Path file) {
    Objects.requireNonNull(file, "file");
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new StoreException(file + ": the directory " + parent + " does not exist");
    }
    Connection c;
    try {
      // The driver directly, not DriverManager: its service lookup misses the driver under
      // some class loaders (test runners, application servers).
      c = new DuckDBDriver().connect("jdbc:duckdb:" + file.toAbsolutePath(), new Properties());
    } catch (SQLException e) {
      throw new StoreException(file + ": cannot open the database: " + firstLine(e), e);
    }
    try {
      Migrations.apply(c);
      EventStore store = new EventStore(file, c);
      try (Statement s = c.createStatement();
          ResultSet r = s.executeQuery("SELECT code FROM actors")) {
        while (r.next()) {
          store.knownActors.add(r.getString(1));
        }
      }
      return store;
    } catch (SQLException | RuntimeException e) {
      try {
        c.close();
      } catch (SQLException suppressed) {
        e.addSuppressed(suppressed);
      }
      if (e instanceof StoreException s) {
        throw new StoreException(file + ": " + s.getMessage(), s);
      }
      throw new StoreException(file + ": cannot prepare the database: " + firstLine(e), e);
    }
  }

  public Path file() {
    return file;
  }

  /** Whether the article is new, changed or already stored as it is. */
  public Status status(Article article) {
    Optional<String> stored = storedHash(ArticleIdentity.of(article));
    if (stored.isEmpty()) {
      return Status.NEW;
    }
    return stored.get().equals(ArticleIdentity.contentHash(article))
        ? Status.UNCHANGED
        : Status.CHANGED;
  }

  /**
   * Stores a coded article and its events in one transaction; an article stored under the same
   * identity with other content (or any content, with {@code replaceSame}) is replaced whole.
   *
   * @param inputFile where it was read from, for the record; may be null
   * @param replaceSame replace even when the content is unchanged (after a dictionary change)
   */
  public Outcome put(CodedArticle coded, String inputFile, boolean replaceSame) {
    Article a = coded.analysis().article();
    String identity = ArticleIdentity.of(a);
    String hash = ArticleIdentity.contentHash(a);
    try {
      connection.setAutoCommit(false);
      try {
        Set<String> addedActors = new HashSet<>();
        Outcome outcome = write(coded, inputFile, replaceSame, identity, hash, addedActors);
        connection.commit();
        // Only once committed: a rolled-back article's actors are not in the table.
        knownActors.addAll(addedActors);
        return outcome;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StoreException(file + ": cannot store article " + a.id() + ": " + firstLine(e), e);
    }
  }

  private Outcome write(
      CodedArticle coded,
      String inputFile,
      boolean replaceSame,
      String identity,
      String hash,
      Set<String> addedActors)
      throws SQLException {
    Article a = coded.analysis().article();
    Long id = null;
    String storedHash = null;
    {
      PreparedStatement p =
          statements.get("SELECT id, content_hash FROM articles WHERE identity = ?");
      p.setString(1, identity);
      try (ResultSet r = p.executeQuery()) {
        if (r.next()) {
          id = r.getLong(1);
          storedHash = r.getString(2);
        }
      }
    }
    Outcome outcome;
    if (id == null) {
      id = nextId("article_ids");
      insertArticle(id, identity, hash, coded, inputFile);
      outcome = Outcome.INSERTED;
    } else if (hash.equals(storedHash) && !replaceSame) {
      return Outcome.UNCHANGED;
    } else {
      deleteRowsOf(id);
      updateArticle(id, hash, coded, inputFile);
      outcome = Outcome.REPLACED;
    }
    insertSentences(id, coded.analysis().sentences());
    insertMentions(id, coded.mentions());
    insertActors(coded, addedActors);
    insertEvents(id, coded);
    return outcome;
  }

  private long nextId(String sequence) throws SQLException {
    return statements.next(sequence);
  }

  private void insertArticle(
      long id, String identity, String hash, CodedArticle coded, String inputFile)
      throws SQLException {
    Article a = coded.analysis().article();
    {
      PreparedStatement p =
          statements.get(
              "INSERT INTO articles (id, identity, content_hash, input_id, title, text, published,"
                  + " url, source, publisher, input_file, sentence_count, parsed_count,"
                  + " event_count, ingested_at)"
                  + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                  + " current_localtimestamp()::TIMESTAMP)");
      p.setLong(1, id);
      p.setString(2, identity);
      p.setString(3, hash);
      setArticleColumns(p, 4, coded, inputFile);
      p.executeUpdate();
    }
  }

  private void updateArticle(long id, String hash, CodedArticle coded, String inputFile)
      throws SQLException {
    {
      PreparedStatement p =
          statements.get(
              "UPDATE articles SET content_hash = ?, input_id = ?, title = ?, text = ?,"
                  + " published = ?, url = ?, source = ?, publisher = ?, input_file = ?,"
                  + " sentence_count = ?, parsed_count = ?, event_count = ?,"
                  + " ingested_at = current_localtimestamp()::TIMESTAMP WHERE id = ?");
      p.setString(1, hash);
      setArticleColumns(p, 2, coded, inputFile);
      p.setLong(13, id);
      p.executeUpdate();
    }
  }

  private static void setArticleColumns(
      PreparedStatement p, int first, CodedArticle coded, String inputFile) throws SQLException {
    Article a = coded.analysis().article();
    int i = first;
    p.setString(i++, a.id());
    p.setString(i++, a.title());
    p.setString(i++, a.text());
    setDate(p, i++, a.published());
    p.setString(i++, a.url());
    p.setString(i++, a.source());
    p.setString(i++, ArticleIdentity.publisher(a));
    p.setString(i++, inputFile);
    p.setInt(i++, coded.analysis().sentences().size());
    p.setInt(i++, (int) coded.analysis().sentences().stream().filter(Sentence::isParsed).count());
    p.setInt(i, coded.events().size());
  }

  void deleteRowsOf(long articleId) throws SQLException {
    List<Long> oldClusters = new ArrayList<>();
    {
      PreparedStatement p =
          statements.get("SELECT DISTINCT cluster_id FROM events WHERE article_id = ?");
      p.setLong(1, articleId);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          oldClusters.add(r.getLong(1));
        }
      }
    }
    for (String table : List.of("events", "sentences", "mentions")) {
      {
        PreparedStatement p = statements.get("DELETE FROM " + table + " WHERE article_id = ?");
        p.setLong(1, articleId);
        p.executeUpdate();
      }
    }
    clusters.dropIfEmpty(oldClusters);
  }

  private void insertSentences(long articleId, List<Sentence> sentences) throws SQLException {
    if (sentences.isEmpty()) {
      return;
    }
    // One statement for all of an article's sentences: a batch of single-row inserts costs
    // DuckDB several times more.
    StringBuilder begins = new StringBuilder();
    StringBuilder ends = new StringBuilder();
    StringBuilder parsed = new StringBuilder();
    for (Sentence s : sentences) {
      if (begins.length() > 0) {
        begins.append(',');
        ends.append(',');
        parsed.append(',');
      }
      begins.append(s.begin());
      ends.append(s.end());
      parsed.append(s.isParsed() ? '1' : '0');
    }
    PreparedStatement p =
        statements.get(
            "INSERT INTO sentences SELECT ?, unnest(range(?::INTEGER))::INTEGER,"
                + " unnest(string_split(?, ',')::INTEGER[]), unnest(string_split(?, ',')::INTEGER[]),"
                + " unnest(string_split(?, ',')::INTEGER[]) = 1");
    p.setLong(1, articleId);
    p.setInt(2, sentences.size());
    p.setString(3, begins.toString());
    p.setString(4, ends.toString());
    p.setString(5, parsed.toString());
    p.executeUpdate();
  }

  private void insertMentions(long articleId, List<Mention> mentions) throws SQLException {
    {
      PreparedStatement p = statements.get("INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?, ?)");
      for (Mention m : mentions) {
        p.setLong(1, articleId);
        p.setInt(2, m.sentence());
        p.setInt(3, m.span().begin());
        p.setInt(4, m.span().end());
        p.setString(5, m.span().text());
        p.setString(6, m.actor().code());
        p.setString(7, String.join(" ", m.entries()));
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  private void insertActors(CodedArticle coded, Set<String> added) throws SQLException {
    Map<String, Actor> actors = new LinkedHashMap<>();
    for (Mention m : coded.mentions()) {
      actors.putIfAbsent(m.actor().code(), m.actor());
    }
    for (Event e : coded.events()) {
      actors.putIfAbsent(e.source().code(), e.source());
      actors.putIfAbsent(e.target().code(), e.target());
    }
    PreparedStatement p =
        statements.get("INSERT INTO actors VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING");
    for (Actor a : actors.values()) {
      if (knownActors.contains(a.code())) {
        continue;
      }
      p.setString(1, a.code());
      p.setString(2, a.country());
      p.setString(3, String.join(" ", a.sectors()));
      p.setString(4, a.name());
      p.setString(5, a.kind().name().toLowerCase(Locale.ROOT));
      p.executeUpdate();
      added.add(a.code());
    }
  }

  private void insertEvents(long articleId, CodedArticle coded) throws SQLException {
    String text = coded.analysis().article().text();
    List<Sentence> sentences = coded.analysis().sentences();
    {
      PreparedStatement p = statements.get("INSERT INTO events VALUES (" + "?, ".repeat(36) + "?)");
      for (Event e : coded.events()) {
        Sentence s = sentences.get(e.sentenceIndex());
        String sentenceText = text.substring(s.begin(), s.end());
        long cluster = clusters.assign(e);
        int i = 1;
        p.setLong(i++, nextId("event_ids"));
        p.setLong(i++, articleId);
        p.setLong(i++, cluster);
        p.setInt(i++, e.sentenceIndex());
        i = setActor(p, i, e.source());
        i = setActor(p, i, e.target());
        p.setString(i++, e.cameoCode());
        p.setString(i++, e.root());
        p.setString(i++, e.ploverCategory());
        p.setString(i++, e.ploverMode());
        p.setDouble(i++, e.goldstein());
        p.setInt(i++, e.quadClass());
        if (e.date() == null) {
          setDate(p, i++, null);
          p.setString(i++, null);
          p.setString(i++, null);
          p.setBoolean(i++, false);
        } else {
          setDate(p, i++, e.date().date());
          p.setString(i++, e.date().precision().name().toLowerCase(Locale.ROOT));
          p.setString(i++, e.date().basis().name().toLowerCase(Locale.ROOT));
          p.setBoolean(i++, e.date().historical());
        }
        if (e.location() == null) {
          for (int k = 0; k < 6; k++) {
            p.setObject(i++, null);
          }
        } else {
          p.setString(i++, e.location().name());
          p.setDouble(i++, e.location().latitude());
          p.setDouble(i++, e.location().longitude());
          p.setString(i++, e.location().country());
          p.setString(i++, e.location().admin1());
          p.setString(i++, e.location().precision().name().toLowerCase(Locale.ROOT));
        }
        p.setString(i++, e.evidence().trigger().text());
        p.setString(i++, e.evidence().source().text());
        p.setString(i++, e.evidence().target().text());
        p.setString(i++, e.evidence().ruleId());
        p.setDouble(i++, e.confidence());
        Quantity largest =
            e.quantities().stream()
                .max(java.util.Comparator.comparingLong(Quantity::value))
                .orElse(null);
        if (largest == null) {
          p.setNull(i++, Types.BIGINT);
          p.setString(i++, null);
        } else {
          p.setLong(i++, largest.value());
          p.setString(i++, largest.unit());
        }
        p.setString(i++, sentenceText);
        p.setString(i, json.write(e, sentenceText));
        p.executeUpdate();
      }
    }
  }

  private static int setActor(PreparedStatement p, int i, Actor a) throws SQLException {
    p.setString(i++, a.code());
    p.setString(i++, a.country());
    p.setString(i++, a.name());
    p.setString(i++, a.kind().name().toLowerCase(Locale.ROOT));
    return i;
  }

  static void setDate(PreparedStatement p, int i, LocalDate d) throws SQLException {
    if (d == null) {
      p.setNull(i, Types.DATE);
    } else {
      p.setObject(i, d);
    }
  }

  private Optional<String> storedHash(String identity) {
    try {
      PreparedStatement p = statements.get("SELECT content_hash FROM articles WHERE identity = ?");
      p.setString(1, identity);
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new StoreException(file + ": cannot read: " + firstLine(e), e);
    }
  }

  /** How much the store holds. */
  public StoreCounts counts() {
    try (Statement s = connection.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM sentences),"
                    + " (SELECT count(*) FROM events), (SELECT count(*) FROM event_clusters),"
                    + " (SELECT count(*) FROM actors)")) {
      r.next();
      return new StoreCounts(r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5));
    } catch (SQLException e) {
      throw new StoreException(file + ": cannot read: " + firstLine(e), e);
    }
  }

  Statements statements() {
    return statements;
  }

  Clusters clusters() {
    return clusters;
  }

  /**
   * Loads the output of the Spark job ({@code articles/}, {@code events/}, {@code mentions/}
   * Parquet under {@code dir}), each article in its own transaction, as {@code put} would store it:
   * already stored articles with the same content are left alone.
   */
  public ImportSummary importSpark(Path dir) {
    return new SparkImport(this).run(dir);
  }

  /** The open connection, for the exporters and queries of this package (same thread only). */
  Connection connection() {
    return connection;
  }

  static String firstLine(Exception e) {
    String m = String.valueOf(e.getMessage());
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }

  @Override
  public void close() {
    try (connection) {
      statements.close();
    } catch (SQLException e) {
      throw new StoreException(file + ": cannot close: " + firstLine(e), e);
    }
  }
}
