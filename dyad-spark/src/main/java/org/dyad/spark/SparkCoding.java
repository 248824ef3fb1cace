package org.dyad.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dyad.dedup.ClusterRule;
import org.dyad.io.EventJson;
import org.dyad.model.Article;

/**
 * The Dyad pipeline as a Spark job: reads articles (JSON Lines or Parquet with id, title, text,
 * date, url, source), codes each partition with the executor's pipelines, and writes Parquet:
 * {@code articles/}, {@code events/} and {@code clusters/} partitioned by event date, {@code
 * mentions/} (actor mentions) partitioned by publication date. Clusters follow {@link ClusterRule},
 * the store's rule, with reports taken in input order.
 */
public final class SparkCoding {
  /** Row numbers of the events of one article stay below this: event keys are seq * it + index. */
  static final long EVENTS_PER_ARTICLE = 100_000;

  /** What a run wrote. */
  public record Summary(long articles, long failed, long events, long clusters) {}

  private SparkCoding() {}

  /**
   * Runs the job: {@code in} a file or directory of JSON Lines or Parquet, {@code out} a directory.
   */
  public static Summary run(SparkSession spark, String in, String out) {
    Dataset<Row> input = read(spark, in);
    StructType schema = input.schema();
    Set<String> columns = Set.of(schema.fieldNames());
    for (String required : List.of("id", "text")) {
      if (!columns.contains(required)) {
        throw new IllegalArgumentException(in + ": the articles have no '" + required + "' column");
      }
    }
    Dataset<Row> articles =
        input.select(
            col("id").cast("string"),
            column(columns, "title"),
            col("text").cast("string"),
            column(columns, "date"),
            column(columns, "url"),
            column(columns, "source"));
    // Input order: zipWithIndex keeps the order of the files' rows, the order `dyad ingest`
    // stores them in, which the cluster rule depends on.
    Dataset<Row> numbered =
        spark.createDataFrame(
            articles
                .javaRDD()
                .zipWithIndex()
                .map(
                    t ->
                        RowFactory.create(
                            t._2(),
                            t._1().get(0),
                            t._1().get(1),
                            t._1().get(2),
                            t._1().get(3),
                            t._1().get(4),
                            t._1().get(5))),
            new StructType()
                .add("seq", DataTypes.LongType, false)
                .add("id", DataTypes.StringType, true)
                .add("title", DataTypes.StringType, true)
                .add("text", DataTypes.StringType, true)
                .add("date", DataTypes.StringType, true)
                .add("url", DataTypes.StringType, true)
                .add("source", DataTypes.StringType, true));
    // A news file is small to Spark (one partition): spread its articles over every core, a few
    // partitions each so that long articles even out.
    int partitions = Math.max(1, spark.sparkContext().defaultParallelism() * 4);
    Dataset<Row> coded =
        numbered
            .repartition(partitions)
            .mapPartitions(
                (MapPartitionsFunction<Row, Row>) SparkCoding::code,
                Encoders.row(CodedRows.ARTICLE))
            .persist();
    coded.createOrReplaceTempView("coded");

    Dataset<Row> events =
        coded
            .select(
                col("article_seq"),
                col("id").as("article_id"),
                col("url"),
                col("source"),
                explode(col("events")).as("e"))
            .select(col("article_seq"), col("article_id"), col("url"), col("source"), col("e.*"));
    Dataset<Row> assigned =
        events
            .select(
                "article_seq",
                "event_index",
                "root",
                "source_country",
                "target_country",
                "event_date",
                "place_name")
            .groupByKey(
                (MapFunction<Row, String>)
                    r -> r.getString(2) + "|" + r.getString(3) + "|" + r.getString(4),
                Encoders.STRING())
            .flatMapGroups(
                (FlatMapGroupsFunction<String, Row, Row>) SparkCoding::cluster,
                Encoders.row(
                    new StructType()
                        .add("a_seq", DataTypes.LongType, false)
                        .add("a_index", DataTypes.IntegerType, false)
                        .add("cluster_id", DataTypes.LongType, false)));
    Dataset<Row> clustered =
        events
            .join(
                assigned,
                events
                    .col("article_seq")
                    .equalTo(assigned.col("a_seq"))
                    .and(events.col("event_index").equalTo(assigned.col("a_index"))))
            .drop("a_seq", "a_index")
            .persist();
    clustered.createOrReplaceTempView("events");

    coded
        .select(
            "article_seq",
            "id",
            "title",
            "text",
            "published",
            "url",
            "source",
            "sentence_count",
            "parsed_count",
            "error",
            "sentences")
        .write()
        .mode(SaveMode.Overwrite)
        .parquet(out + "/articles");
    clustered.write().mode(SaveMode.Overwrite).partitionBy("event_date").parquet(out + "/events");
    coded
        .select(
            col("article_seq"),
            col("id").as("article_id"),
            col("published"),
            explode(col("mentions")).as("m"))
        .select(col("article_seq"), col("article_id"), col("published"), col("m.*"))
        .write()
        .mode(SaveMode.Overwrite)
        .partitionBy("published")
        .parquet(out + "/mentions");
    Dataset<Row> clusters =
        spark.sql(
            "SELECT e.*, c.num_mentions, c.num_articles, c.num_sources FROM ("
                + " SELECT cluster_id, count(*) AS num_mentions,"
                + " count(DISTINCT article_seq) AS num_articles,"
                + " count(DISTINCT coalesce(source, parse_url(url, 'HOST'), article_id))"
                + " AS num_sources FROM events GROUP BY cluster_id) c"
                + " JOIN events e ON e.cluster_id = c.cluster_id"
                + " AND e.article_seq * "
                + EVENTS_PER_ARTICLE
                + " + e.event_index = c.cluster_id");
    clusters.write().mode(SaveMode.Overwrite).partitionBy("event_date").parquet(out + "/clusters");

    long articleCount = coded.count();
    long failedCount = coded.filter(col("error").isNotNull()).count();
    long eventCount = clustered.count();
    long clusterCount = clustered.select("cluster_id").distinct().count();
    coded.unpersist();
    clustered.unpersist();
    return new Summary(articleCount, failedCount, eventCount, clusterCount);
  }

  private static Dataset<Row> read(SparkSession spark, String in) {
    String lower = in.toLowerCase(java.util.Locale.ROOT);
    if (lower.endsWith(".parquet") || lower.endsWith(".parq")) {
      return spark.read().parquet(in);
    }
    return spark.read().option("mode", "PERMISSIVE").json(in);
  }

  private static org.apache.spark.sql.Column column(Set<String> columns, String name) {
    return columns.contains(name)
        ? col(name).cast("string").as(name)
        : lit(null).cast("string").as(name);
  }

  /** Codes a partition's articles with this thread's pipeline. */
  private static Iterator<Row> code(Iterator<Row> rows) {
    EventJson json = new EventJson();
    List<Row> out = new ArrayList<>();
    while (rows.hasNext()) {
      Row r = rows.next();
      long seq = r.getLong(0);
      String id = r.getString(1);
      String text = r.getString(3);
      LocalDate date = null;
      String d = r.getString(4);
      String error = null;
      if (d != null && !d.isBlank()) {
        try {
          date = LocalDate.parse(d.length() > 10 ? d.substring(0, 10) : d);
        } catch (DateTimeParseException e) {
          error = "not a YYYY-MM-DD date: '" + d + "'";
        }
      }
      if (id == null || id.isBlank()) {
        id = "row:" + seq;
      }
      Article a =
          new Article(
              id, r.getString(2), text == null ? "" : text, date, r.getString(5), r.getString(6));
      if (text == null || text.isBlank()) {
        error = "no text";
      }
      if (error != null) {
        out.add(CodedRows.failed(seq, a, error));
        continue;
      }
      try {
        out.add(CodedRows.of(seq, Pipelines.get().code(a), json));
      } catch (RuntimeException e) {
        out.add(CodedRows.failed(seq, a, "coding failed: " + e));
      }
    }
    return out.iterator();
  }

  /** One group of reports (same root and countries) clustered in input order by the rule. */
  private static Iterator<Row> cluster(String key, Iterator<Row> rows) {
    List<Row> reports = new ArrayList<>();
    rows.forEachRemaining(reports::add);
    reports.sort(
        Comparator.<Row>comparingLong(r -> r.getLong(0)).thenComparingInt(r -> r.getInt(1)));
    List<ClusterRule.Key> keys = new ArrayList<>();
    for (Row r : reports) {
      java.sql.Date d = r.getDate(5);
      keys.add(
          new ClusterRule.Key(
              r.getString(2),
              r.getString(3),
              r.getString(4),
              d == null ? null : d.toLocalDate(),
              r.getString(6)));
    }
    List<Integer> firsts = ClusterRule.assign(keys);
    List<Row> out = new ArrayList<>(reports.size());
    for (int i = 0; i < reports.size(); i++) {
      Row first = reports.get(firsts.get(i));
      long clusterId = first.getLong(0) * EVENTS_PER_ARTICLE + first.getInt(1);
      out.add(RowFactory.create(reports.get(i).getLong(0), reports.get(i).getInt(1), clusterId));
    }
    return out.iterator();
  }
}
