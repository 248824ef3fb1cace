package org.dyad.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.dyad.dedup.ClusterRule;
import org.dyad.model.Event;

/**
 * Groups event mentions that report the same happening, across articles: the same CAMEO root, the
 * same source and target countries, dates at most a day apart (from the cluster's first mention),
 * and the same place when both name one. An undated mention is a cluster of its own: without a date
 * nothing says two reports are of one happening.
 */
final class Clusters {
  private final Statements statements;

  Clusters(Statements statements) {
    this.statements = statements;
  }

  /** The cluster the event belongs to, created when none fits ({@link ClusterRule}). */
  long assign(Event e) throws SQLException {
    return assign(
        new ClusterRule.Key(
            e.root(),
            e.source().country(),
            e.target().country(),
            e.date() == null ? null : e.date().date(),
            e.location() == null ? null : e.location().name()));
  }

  /** The cluster of a report with this key, created when none fits. */
  long assign(ClusterRule.Key report) throws SQLException {
    String place = report.place();
    LocalDate date = report.date();
    if (date != null) {
      Long best = null;
      long bestFit = Long.MAX_VALUE;
      PreparedStatement p =
          statements.get(
              "SELECT id, event_date, place FROM event_clusters WHERE root = ? AND"
                  + " source_country = ? AND target_country = ? AND event_date BETWEEN ? AND ?"
                  + " ORDER BY id");
      p.setString(1, report.root());
      p.setString(2, report.sourceCountry());
      p.setString(3, report.targetCountry());
      EventStore.setDate(p, 4, date.minusDays(1));
      EventStore.setDate(p, 5, date.plusDays(1));
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          ClusterRule.Key cluster =
              new ClusterRule.Key(
                  report.root(),
                  report.sourceCountry(),
                  report.targetCountry(),
                  r.getObject(2, LocalDate.class),
                  r.getString(3));
          long fit = ClusterRule.fit(cluster, report);
          // ORDER BY id keeps ties with the oldest cluster.
          if (fit >= 0 && fit < bestFit) {
            bestFit = fit;
            best = r.getLong(1);
          }
        }
      }
      if (best != null) {
        if (place != null) {
          PreparedStatement u =
              statements.get("UPDATE event_clusters SET place = ? WHERE id = ? AND place IS NULL");
          u.setString(1, place);
          u.setLong(2, best);
          u.executeUpdate();
        }
        return best;
      }
    }
    long id;
    id = statements.next("cluster_ids");
    {
      PreparedStatement p = statements.get("INSERT INTO event_clusters VALUES (?, ?, ?, ?, ?, ?)");
      p.setLong(1, id);
      p.setString(2, report.root());
      p.setString(3, report.sourceCountry());
      p.setString(4, report.targetCountry());
      EventStore.setDate(p, 5, date);
      p.setString(6, place);
      p.executeUpdate();
    }
    return id;
  }

  /** Deletes those of the clusters that no event mentions any more. */
  void dropIfEmpty(List<Long> ids) throws SQLException {
    {
      PreparedStatement p =
          statements.get(
              "DELETE FROM event_clusters WHERE id = ?"
                  + " AND NOT EXISTS (SELECT 1 FROM events WHERE cluster_id = ?)");
      for (long id : ids) {
        p.setLong(1, id);
        p.setLong(2, id);
        p.executeUpdate();
      }
    }
  }
}
