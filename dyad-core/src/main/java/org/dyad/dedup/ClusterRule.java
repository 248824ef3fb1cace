package org.dyad.dedup;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * When two reports of events are one happening: the same CAMEO root, the same source and target
 * countries, dates at most a day from the cluster's first report, and the same place when both name
 * one. An undated report is a happening of its own. Reports join clusters in the order they come,
 * each the best fitting one: the same place before an unknown one, then the nearest date, then the
 * oldest cluster. The store and the Spark job both follow this rule.
 */
public final class ClusterRule {
  private ClusterRule() {}

  /**
   * What the rule reads of a report, or of a cluster's first report.
   *
   * @param root the CAMEO root
   * @param sourceCountry the source actor's country
   * @param targetCountry the target actor's country
   * @param date the event date, or null
   * @param place the place's name, or null
   */
  public record Key(
      String root, String sourceCountry, String targetCountry, LocalDate date, String place) {
    public Key {
      Objects.requireNonNull(root, "root");
      Objects.requireNonNull(sourceCountry, "sourceCountry");
      Objects.requireNonNull(targetCountry, "targetCountry");
    }
  }

  /**
   * How well a report fits a cluster: lower is better; negative when it does not fit at all.
   *
   * @param cluster the cluster's key (its first report's date, its first known place)
   */
  public static long fit(Key cluster, Key report) {
    if (report.date() == null
        || cluster.date() == null
        || !report.root().equals(cluster.root())
        || !report.sourceCountry().equals(cluster.sourceCountry())
        || !report.targetCountry().equals(cluster.targetCountry())) {
      return -1;
    }
    long days = Math.abs(ChronoUnit.DAYS.between(cluster.date(), report.date()));
    if (days > 1) {
      return -1;
    }
    boolean bothPlaced = report.place() != null && cluster.place() != null;
    if (bothPlaced && !report.place().equals(cluster.place())) {
      return -1;
    }
    return days * 2 + (bothPlaced ? 0 : 1);
  }

  /**
   * Clusters reports in the order given: element i of the result is the index of report i's
   * cluster, numbered by its first report's index.
   */
  public static List<Integer> assign(List<Key> reports) {
    List<Integer> out = new ArrayList<>(reports.size());
    List<Integer> firsts = new ArrayList<>();
    List<Key> clusters = new ArrayList<>();
    for (int i = 0; i < reports.size(); i++) {
      Key r = reports.get(i);
      int best = -1;
      long bestFit = Long.MAX_VALUE;
      for (int c = 0; c < clusters.size(); c++) {
        long f = fit(clusters.get(c), r);
        if (f >= 0 && f < bestFit) {
          bestFit = f;
          best = c;
        }
      }
      if (best < 0) {
        clusters.add(r);
        firsts.add(i);
        out.add(i);
      } else {
        Key k = clusters.get(best);
        if (k.place() == null && r.place() != null) {
          // The cluster takes the first place a report names.
          clusters.set(
              best, new Key(k.root(), k.sourceCountry(), k.targetCountry(), k.date(), r.place()));
        }
        out.add(firsts.get(best));
      }
    }
    return out;
  }
}
