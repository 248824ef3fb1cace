package org.dyad.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
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

  /** The cluster the event belongs to, created when none fits. */
  long assign(Event e) throws SQLException {
    String place = e.location() == null ? null : e.location().name();
    LocalDate date = e.date() == null ? null : e.date().date();
    if (date != null) {
      Long best = null;
      long bestScore = Long.MAX_VALUE;
      {
        PreparedStatement p =
            statements.get(
                "SELECT id, event_date, place FROM event_clusters WHERE root = ? AND"
                    + " source_country = ? AND target_country = ? AND event_date BETWEEN ? AND ?"
                    + " ORDER BY id");
        p.setString(1, e.root());
        p.setString(2, e.source().country());
        p.setString(3, e.target().country());
        EventStore.setDate(p, 4, date.minusDays(1));
        EventStore.setDate(p, 5, date.plusDays(1));
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            String otherPlace = r.getString(3);
            if (place != null && otherPlace != null && !place.equals(otherPlace)) {
              continue;
            }
            LocalDate other = r.getObject(2, LocalDate.class);
            // Same place first, then the nearest date; ORDER BY id keeps ties stable.
            long score =
                Math.abs(ChronoUnit.DAYS.between(other, date)) * 2
                    + (place != null && place.equals(otherPlace) ? 0 : 1);
            if (score < bestScore) {
              bestScore = score;
              best = r.getLong(1);
            }
          }
        }
      }
      if (best != null) {
        if (place != null) {
          {
            PreparedStatement p =
                statements.get(
                    "UPDATE event_clusters SET place = ? WHERE id = ? AND place IS NULL");
            p.setString(1, place);
            p.setLong(2, best);
            p.executeUpdate();
          }
        }
        return best;
      }
    }
    long id;
    id = statements.next("cluster_ids");
    {
      PreparedStatement p = statements.get("INSERT INTO event_clusters VALUES (?, ?, ?, ?, ?, ?)");
      p.setLong(1, id);
      p.setString(2, e.root());
      p.setString(3, e.source().country());
      p.setString(4, e.target().country());
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
