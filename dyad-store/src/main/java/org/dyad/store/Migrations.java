package org.dyad.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Brings a database to the current schema: applies, in order and each in its own transaction, the
 * migrations it has not had. A database written by a newer Dyad is refused, not downgraded.
 */
final class Migrations {
  /**
   * Every migration, oldest first; version i+1 is {@code FILES.get(i)}. Never edit a shipped one.
   */
  private static final List<String> FILES = List.of("V1__schema.sql");

  private Migrations() {}

  static int current() {
    return FILES.size();
  }

  /** Applies the missing migrations; returns the version the database had before. */
  static int apply(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE IF NOT EXISTS schema_version"
              + " (version INTEGER NOT NULL, applied_at TIMESTAMP NOT NULL)");
    }
    int version;
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
      r.next();
      version = r.getInt(1);
    }
    if (version > FILES.size()) {
      throw new StoreException(
          "the database has schema version "
              + version
              + ", newer than this Dyad knows ("
              + FILES.size()
              + "): use a newer Dyad");
    }
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(false);
    try {
      for (int v = version + 1; v <= FILES.size(); v++) {
        try (Statement s = c.createStatement()) {
          for (String sql : statements(read(FILES.get(v - 1)))) {
            s.execute(sql);
          }
          s.execute(
              "INSERT INTO schema_version VALUES (" + v + ", current_localtimestamp()::TIMESTAMP)");
        }
        c.commit();
      }
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(auto);
    }
    return version;
  }

  /** Splits a migration into statements: each ends with ';' at the end of a line. */
  static List<String> statements(String script) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : script.split("\n", -1)) {
      String trimmed = line.strip();
      if (trimmed.startsWith("--") || trimmed.isEmpty()) {
        continue;
      }
      current.append(line).append('\n');
      if (trimmed.endsWith(";")) {
        String sql = current.toString().strip();
        out.add(sql.substring(0, sql.length() - 1));
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      throw new IllegalStateException("migration ends without ';': " + current);
    }
    return out;
  }

  private static String read(String file) {
    try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + file)) {
      if (in == null) {
        throw new IllegalStateException("missing migration resource " + file);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read migration " + file, e);
    }
  }
}
