package org.dyad.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The entry point for spark-submit: {@code SparkJob IN OUT}. The master and resources come from
 * spark-submit (README: on YARN or Kubernetes).
 */
public final class SparkJob {
  private SparkJob() {}

  public static void main(String[] args) {
    if (args.length != 2) {
      System.err.println("usage: SparkJob IN OUT (articles as JSON Lines or Parquet; output dir)");
      System.exit(2);
    }
    SparkSession spark = SparkSession.builder().appName("dyad").getOrCreate();
    try {
      SparkCoding.Summary s = SparkCoding.run(spark, args[0], args[1]);
      System.out.println("dyad spark: " + s);
    } finally {
      spark.stop();
    }
  }
}
