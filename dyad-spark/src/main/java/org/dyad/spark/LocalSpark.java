package org.dyad.spark;

import org.apache.spark.sql.SparkSession;

/**
 * A Spark session on this machine, for {@code dyad spark} and the tests: bound to the loopback
 * address (by default the driver binds the machine's external interface), no web UI.
 */
public final class LocalSpark {
  private LocalSpark() {}

  /**
   * @param master {@code local[N]}, or a cluster URL
   */
  public static SparkSession session(String master) {
    return SparkSession.builder()
        .appName("dyad")
        .master(master)
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "8")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate();
  }
}
