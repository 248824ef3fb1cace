package org.dyad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The store's prepared statements, each prepared once per connection: preparing costs DuckDB about
 * a millisecond, more than most of the inserts themselves.
 */
final class Statements implements AutoCloseable {
  private final Connection connection;
  private final Map<String, PreparedStatement> cache = new HashMap<>();

  Statements(Connection connection) {
    this.connection = connection;
  }

  /** The prepared statement for {@code sql}; callers must not close it. */
  PreparedStatement get(String sql) throws SQLException {
    PreparedStatement p = cache.get(sql);
    if (p == null) {
      p = connection.prepareStatement(sql);
      cache.put(sql, p);
    }
    return p;
  }

  /** The next value of a sequence of the schema. */
  long next(String sequence) throws SQLException {
    try (var r = get("SELECT nextval('" + sequence + "')").executeQuery()) {
      r.next();
      return r.getLong(1);
    }
  }

  @Override
  public void close() throws SQLException {
    SQLException first = null;
    for (PreparedStatement p : cache.values()) {
      try {
        p.close();
      } catch (SQLException e) {
        if (first == null) {
          first = e;
        }
      }
    }
    cache.clear();
    if (first != null) {
      throw first;
    }
  }
}
