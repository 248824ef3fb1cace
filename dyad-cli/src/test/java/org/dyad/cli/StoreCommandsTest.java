package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** ingest, export and the queries, through the whole pipeline, on articles written here. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoreCommandsTest {
  @TempDir static Path dir;
  private Path db;
  private Path corpus;
  private StringWriter out;
  private StringWriter err;

  private int run(String... args) {
    out = new StringWriter();
    err = new StringWriter();
    return Main.run(
        new ByteArrayInputStream(new byte[0]), new PrintWriter(out), new PrintWriter(err), args);
  }

  @BeforeAll
  void ingestACorpusOfThreeFormats() throws Exception {
    corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(
        corpus.resolve("wire.jsonl"),
        "{\"id\":\"w1\",\"url\":\"https://wire.example/1\",\"date\":\"2015-11-25\",\"text\":"
            + "\"Russian President Vladimir Putin met Iran's Supreme Leader Ayatollah Ali Khamenei"
            + " in Tehran on Monday. The two countries signed an energy agreement.\"}\n"
            + "{\"id\":\"w2\",\"url\":\"https://wire.example/2\",\"date\":\"2015-12-10\",\"text\":"
            + "\"Iran praised Russia on Wednesday.\"}\n");
    Files.writeString(
        corpus.resolve("daily.html"),
        "<html><head><title>Putin in Tehran</title>"
            + "<meta property='article:published_time' content='2015-11-24'>"
            + "<link rel='canonical' href='https://daily.example/putin'></head><body>"
            + "<nav>Home World Sport</nav><article><p>Russian President Vladimir Putin met"
            + " Iranian President Hassan Rouhani in Tehran on Monday.</p></article>"
            + "<footer>(c) Daily</footer></body></html>");
    Files.writeString(corpus.resolve("empty.txt"), "");
    Files.write(corpus.resolve("blob.txt"), new byte[] {'x', 0, 1, 2});
    Files.writeString(corpus.resolve("broken.jsonl"), "{\"id\": nope\n");
    db = dir.resolve("test.duckdb");
    assertThat(run("ingest", "--db", db.toString(), "--threads", "2", corpus.toString()))
        .as(err.toString())
        .isEqualTo(ExitCodes.OK);
  }

  @Test
  void summarisesTheRunAndNamesEveryBadFile() throws Exception {
    // The first run's output is gone; run on the bad files alone to see their messages.
    assertThat(
            run(
                "ingest",
                "--db",
                db.toString(),
                corpus.resolve("empty.txt").toString(),
                corpus.resolve("blob.txt").toString(),
                corpus.resolve("broken.jsonl").toString()))
        .isEqualTo(ExitCodes.NOTHING_PROCESSED);
    assertThat(err.toString())
        .contains(corpus.resolve("empty.txt") + ": empty file")
        .contains(corpus.resolve("blob.txt") + ": binary content (NUL bytes), not text")
        .contains(corpus.resolve("broken.jsonl") + ":1: malformed JSON");
    assertThat(out.toString()).contains("ingested 0, replaced 0, unchanged 0, skipped 3, failed 0");
  }

  @Test
  void storesNothingNewWhenTheSameCorpusIsIngestedAgain() {
    assertThat(run("ingest", "--db", db.toString(), corpus.toString())).isEqualTo(ExitCodes.OK);
    assertThat(out.toString())
        .contains("ingested 0, replaced 0, unchanged 3, skipped 3, failed 0")
        .contains("(3 articles,");
  }

  @Test
  void replacesTheEventsOfAnArticleWhoseTextChanged() throws Exception {
    Path own = dir.resolve("replace.duckdb");
    Path story = dir.resolve("story.jsonl");
    Files.writeString(
        story,
        "{\"id\":\"s\",\"url\":\"https://wire.example/s\",\"date\":\"2019-02-27\","
            + "\"text\":\"Pakistani troops attacked Indian positions on Tuesday.\"}\n");
    assertThat(run("ingest", "--db", own.toString(), story.toString())).isEqualTo(ExitCodes.OK);
    Files.writeString(
        story,
        "{\"id\":\"s\",\"url\":\"https://wire.example/s\",\"date\":\"2019-02-27\","
            + "\"text\":\"India condemned Pakistan on Wednesday.\"}\n");
    assertThat(run("ingest", "--db", own.toString(), story.toString())).isEqualTo(ExitCodes.OK);
    assertThat(out.toString())
        .contains("ingested 0, replaced 1, unchanged 0")
        .contains("(1 articles,");
    assertThat(run("events", "--db", own.toString(), "--output", "csv")).isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).contains("IND,PAK,111").doesNotContain(",190,");
  }

  @Test
  void clustersTheMeetingReportedByTwoPublishers() {
    assertThat(run("events", "--db", db.toString(), "--code", "04", "--output", "csv"))
        .isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).contains("RUSGOV,IRNGOV,042").contains(",2,2,");
  }

  @Test
  void printsTheDyadTimeSeriesByMonth() {
    assertThat(run("dyad", "RUS", "IRN", "--db", db.toString(), "--by", "month"))
        .isEqualTo(ExitCodes.OK);
    assertThat(out.toString())
        .startsWith("period   direction  events")
        .contains("2015-11  RUS->IRN")
        .contains("2015-12  IRN->RUS");
  }

  @Test
  void exportsGdeltRowsOfSixtyOneColumnsAndParquet() throws Exception {
    assertThat(run("export", "--db", db.toString(), "--format", "gdelt")).isEqualTo(ExitCodes.OK);
    assertThat(out.toString().lines())
        .isNotEmpty()
        .allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(61));
    Path parquet = dir.resolve("events.parquet");
    assertThat(
            run(
                "export",
                "--db",
                db.toString(),
                "--format",
                "parquet",
                "--out",
                parquet.toString()))
        .isEqualTo(ExitCodes.OK);
    byte[] head = Files.readAllBytes(parquet);
    assertThat(new String(head, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("PAR1");
  }

  @Test
  void refusesToQueryADatabaseThatDoesNotExist() {
    assertThat(run("partners", "RUS", "--db", dir.resolve("none.duckdb").toString()))
        .isEqualTo(ExitCodes.IO);
    assertThat(err.toString()).contains("no database at").contains("run 'dyad ingest' first");
    assertThat(run("export", "--format", "parquet", "--db", db.toString()))
        .isEqualTo(ExitCodes.USAGE);
    assertThat(run("events", "--db", db.toString(), "--actor", "not a code"))
        .isEqualTo(ExitCodes.USAGE);
  }
}
