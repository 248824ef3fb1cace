package org.dyad.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.dyad.spark.LocalSpark;
import org.dyad.spark.SparkCoding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dyad spark}: the pipeline as a Spark job, here on this machine. */
@Command(
    name = "spark",
    mixinStandardHelpOptions = true,
    description = {
      "Codes articles (JSON Lines or Parquet: id, title, text, date, url, source) as a Spark job"
          + " and writes Parquet: articles/, events/ and clusters/ by event date, mentions/ by"
          + " publication date. 'dyad import' loads the output into the database.",
      "For a cluster, submit the dyad-spark jar with spark-submit (README)."
    })
final class SparkCommand implements Callable<Integer> {
  @Option(
      names = "--master",
      paramLabel = "URL",
      description = "Spark master (default: ${DEFAULT-VALUE}).",
      defaultValue = "local[2]")
  String master;

  @Option(
      names = "--in",
      required = true,
      paramLabel = "PATH",
      description = "Articles: a JSON Lines or Parquet file or directory (any Hadoop path).")
  String in;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "PATH",
      description = "Output directory (replaced).")
  String out;

  private final PrintWriter stdout;
  private final PrintWriter err;

  SparkCommand(PrintWriter stdout, PrintWriter err) {
    this.stdout = stdout;
    this.err = err;
  }

  @Override
  public Integer call() {
    long start = System.nanoTime();
    SparkSession spark = LocalSpark.session(master);
    try {
      SparkCoding.Summary s = SparkCoding.run(spark, in, out);
      stdout.printf(
          Locale.ROOT,
          "dyad spark: %d articles (%d could not be coded), %d events, %d clusters in %.1f s"
              + " to %s%n",
          s.articles(),
          s.failed(),
          s.events(),
          s.clusters(),
          (System.nanoTime() - start) / 1e9,
          out);
      return s.articles() == 0 ? ExitCodes.NOTHING_PROCESSED : ExitCodes.OK;
    } catch (IllegalArgumentException e) {
      err.println("dyad spark: " + e.getMessage());
      return ExitCodes.USAGE;
    } catch (RuntimeException e) {
      err.println("dyad spark: " + e.getMessage());
      return ExitCodes.IO;
    } finally {
      spark.stop();
    }
  }
}
