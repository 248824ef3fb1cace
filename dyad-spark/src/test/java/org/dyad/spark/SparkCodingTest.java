package org.dyad.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.pipeline.CodedArticle;
import org.dyad.store.EventStore;
import org.dyad.store.ImportSummary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Spark job in local mode gives the events that the pipeline gives on one machine. */
class SparkCodingTest {
  /** Articles written for this test. */
  static final String[][] ARTICLES = {
    {
      "tehran",
      "2015-11-25",
      "Russian President Vladimir Putin met Iran's Supreme Leader Ayatollah"
          + " Ali Khamenei in Tehran on Monday. The two countries signed an energy agreement."
    },
    {
      "moscow",
      "2015-11-26",
      "Iranian President Hassan Rouhani met Russian President Vladimir Putin"
          + " in Tehran on Tuesday. Russia praised Iran on Wednesday."
    },
    {
      "kashmir",
      "2019-02-27",
      "Pakistani troops attacked Indian positions in Kashmir on Tuesday."
          + " India condemned Pakistan on Wednesday. Police arrested twelve protesters in Srinagar."
    },
    {
      "sanctions",
      "2019-01-29",
      "The United States imposed sanctions on Venezuela's state oil"
          + " company on Monday. Venezuelan President Nicolas Maduro accused Washington of theft."
    },
    {
      "aid",
      "2013-11-12",
      "Japan pledged aid to the Philippines after the typhoon. Japanese troops"
          + " delivered food to the Philippines on Tuesday."
    },
    {"empty", "2013-11-12", " "},
  };

  @TempDir static Path dir;
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = LocalSpark.session("local[2]");
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void writesTheEventsOfTheLocalPipelineAsParquet() throws Exception {
    Path in = dir.resolve("articles.jsonl");
    List<String> lines = new ArrayList<>();
    for (String[] a : ARTICLES) {
      lines.add(
          "{\"id\":\""
              + a[0]
              + "\",\"date\":\""
              + a[1]
              + "\",\"url\":\"https://example.org/"
              + a[0]
              + "\",\"text\":\""
              + a[2]
              + "\"}");
    }
    Files.write(in, lines);
    Path out = dir.resolve("out");
    SparkCoding.Summary s = SparkCoding.run(spark, in.toString(), out.toString());
    assertThat(s.articles()).isEqualTo(ARTICLES.length);
    assertThat(s.failed()).isEqualTo(1);

    List<String> expected = new ArrayList<>();
    var pipeline = Pipelines.get();
    for (String[] a : ARTICLES) {
      if (a[2].isBlank()) {
        continue;
      }
      CodedArticle c =
          pipeline.code(
              new Article(
                  a[0], "", a[2], LocalDate.parse(a[1]), "https://example.org/" + a[0], null));
      for (Event e : c.events()) {
        expected.add(
            a[0]
                + " "
                + e.sentenceIndex()
                + " "
                + e.source().code()
                + " "
                + e.cameoCode()
                + " "
                + e.target().code()
                + " "
                + (e.date() == null ? null : e.date().date())
                + " "
                + e.evidence().trigger().text());
      }
    }
    assertThat(expected).hasSizeGreaterThan(8);
    List<String> actual = new ArrayList<>();
    for (Row r :
        spark
            .read()
            .parquet(out.resolve("events").toString())
            .selectExpr(
                "article_id",
                "sentence_idx",
                "source_code",
                "cameo_code",
                "target_code",
                "cast(event_date as string)",
                "trigger_text")
            .collectAsList()) {
      actual.add(
          r.getString(0)
              + " "
              + r.getInt(1)
              + " "
              + r.getString(2)
              + " "
              + r.getString(3)
              + " "
              + r.getString(4)
              + " "
              + r.getString(5)
              + " "
              + r.getString(6));
    }
    assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);

    // The two Tehran meetings a day apart are one happening, reported by two articles.
    List<Row> meetings =
        spark
            .read()
            .parquet(out.resolve("clusters").toString())
            .filter("root = '04' AND source_country = 'RUS' AND target_country = 'IRN'")
            .collectAsList();
    assertThat(meetings).hasSize(1);
    assertThat(meetings.get(0).<Long>getAs("num_articles")).isEqualTo(2L);
    assertThat(Files.isDirectory(out.resolve("mentions"))).isTrue();
    assertThat(spark.read().parquet(out.resolve("articles").toString()).count())
        .isEqualTo(ARTICLES.length);

    // dyad import: into the store, once; the same clusters as the job's.
    try (EventStore store = EventStore.open(dir.resolve("imported.duckdb"))) {
      ImportSummary first = store.importSpark(out);
      assertThat(first.inserted()).isEqualTo(ARTICLES.length - 1);
      assertThat(first.failed()).isEqualTo(1);
      assertThat(first.events()).isEqualTo(expected.size());
      assertThat(store.counts().events()).isEqualTo(expected.size());
      assertThat(store.counts().clusters()).isEqualTo(s.clusters());
      ImportSummary again = store.importSpark(out);
      assertThat(again.unchanged()).isEqualTo(ARTICLES.length - 1);
      assertThat(again.inserted() + again.replaced()).isZero();
      assertThat(store.counts().events()).isEqualTo(expected.size());
    }
  }
}
