package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String stdin, String... args) {
    return Main.run(
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintWriter(out),
        new PrintWriter(err),
        args);
  }

  @Test
  void printsTheWholeHelp() {
    assertThat(run("", "--help")).isEqualTo(ExitCodes.OK);
    assertThat(out.toString())
        .isEqualTo(
            "Usage: dyad [-hV] [COMMAND]\n"
                + "Codes political events in news text: who did what to whom, when and where.\n"
                + "  -h, --help      Show this help message and exit.\n"
                + "  -V, --version   Print version information and exit.\n"
                + "Commands:\n"
                + "  code      Codes articles and prints their events.\n"
                + "  eval      Codes each record of a labelled JSONL file {id, text, date?,\n"
                + "              expected:[{source,target,code}]} with its date and prints the\n"
                + "              figures of shared/eval/score.py.\n"
                + "  analyze   Prints the tokens, tags and dependency trees of articles as CoNLL-U\n"
                + "              (NER and character offsets in the MISC column): what the coder\n"
                + "              reads. Same inputs as 'dyad code'.\n"
                + "  actors    Looks into the actor knowledge base.\n"
                + "  bench     Codes a JSONL corpus without printing events and reports\n"
                + "              articles/s, sentences/s, events/s, p50/p95 latency per article,\n"
                + "              peak heap and the share of time in each stage. Run it with the\n"
                + "              JVM options of production (DYAD_JAVA_OPTS=-Xmx2g).\n"
                + "  ingest    Codes a corpus into the database: each article once, with all its\n"
                + "              events, in one transaction.\n"
                + "  export    Writes the stored events as GDELT 2.0 event rows (61 tab-separated\n"
                + "              columns), PLOVER JSON lines, CSV, JSON Lines (with evidence) or\n"
                + "              Parquet.\n"
                + "  dyad      Per period, both directions: events by QuadClass, mean Goldstein\n"
                + "              and the commonest CAMEO codes between two actors (prefixes: RUS\n"
                + "              matches RUSGOV).\n"
                + "  partners  An actor's partners (countries on the other side) by event volume\n"
                + "              or mean Goldstein.\n"
                + "  events    Lists stored events, newest first, with the sentence that states\n"
                + "              each.\n"
                + "  serve     Serves the HTTP API (described at /openapi.json) and the pages\n"
                + "              (code an article, events, dyad explorer, network, map) over the\n"
                + "              database, until interrupted.\n"
                + "  spark     Codes articles (JSON Lines or Parquet: id, title, text, date, url,\n"
                + "              source) as a Spark job and writes Parquet: articles/, events/ and\n"
                + "              clusters/ by event date, mentions/ by publication date. 'dyad\n"
                + "              import' loads the output into the database.\n"
                + "  import    Loads the Parquet output of 'dyad spark' into the database, each\n"
                + "              article once and whole, clustered by the same rule as 'dyad\n"
                + "              ingest'.\n"
                + "\n"
                + "Exit codes:\n"
                + "  0    success\n"
                + "  1    nothing could be processed\n"
                + "  2    usage error\n"
                + "  70   internal error\n"
                + "  74   the database or an output file could not be opened or written\n");
  }

  @Test
  void rejectsAnUnknownOptionAsAUsageError() {
    assertThat(run("", "code", "--colour")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("Unknown option: '--colour'");
  }

  @Test
  void codesTheIssueExampleFromStandardInputWithItsDate() {
    String text =
        "Russian President Vladimir Putin met Iran's Supreme Leader Ayatollah Ali Khamenei in"
            + " Tehran on Monday. The two countries signed an energy agreement.";
    assertThat(run(text, "code", "--date", "2015-11-25", "--format", "eval", "-"))
        .isEqualTo(ExitCodes.OK);
    assertThat(out.toString())
        .contains("{\"source\":\"RUSGOV\",\"target\":\"IRNGOV\",\"code\":\"042\"}")
        .contains("{\"source\":\"RUS\",\"target\":\"IRN\",\"code\":\"057\"}")
        .contains("{\"source\":\"IRN\",\"target\":\"RUS\",\"code\":\"057\"}");
  }

  @Test
  void reportsABadRecordByFileAndLineAndCodesTheRest(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(
        in,
        "{\"id\":\"ok\",\"text\":\"Russia attacked Ukraine.\",\"date\":\"2022-02-24\"}\n"
            + "{broken\n",
        StandardCharsets.UTF_8);
    assertThat(run("", "code", "--format", "eval", in.toString())).isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).contains("\"id\":\"ok\"").contains("\"code\":\"190\"");
    assertThat(err.toString()).contains(in + ":2: malformed JSON");
  }

  @Test
  void exitsNonZeroOnlyWhenNothingCouldBeProcessed(@TempDir Path dir) throws Exception {
    Path empty = dir.resolve("empty.txt");
    Files.writeString(empty, "\n", StandardCharsets.UTF_8);
    assertThat(run("", "code", empty.toString(), dir.resolve("missing.txt").toString()))
        .isEqualTo(ExitCodes.NOTHING_PROCESSED);
    assertThat(err.toString()).contains("empty: no text to code").contains("cannot read");
  }

  @Test
  void rejectsInvalidUtf8WithTheFileName(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("latin1.txt");
    Files.write(bad, new byte[] {'C', 'a', 'f', (byte) 0xE9, '\n'});
    assertThat(run("", "code", bad.toString())).isEqualTo(ExitCodes.NOTHING_PROCESSED);
    assertThat(err.toString()).contains(bad + ": not valid UTF-8 text");
  }

  @Test
  void datesAnUndatedArticleFromItsDatelineAndSaysWhenThereIsNone() {
    String text =
        "MOSCOW, Nov 25, 2015 (Reuters) - Russian President Vladimir Putin met Iran's Supreme"
            + " Leader Ayatollah Ali Khamenei in Tehran on Monday.";
    assertThat(run(text, "code", "-")).isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).contains("\"date\":\"2015-11-23\"");
    assertThat(run("Russia attacked Ukraine.", "code", "-")).isEqualTo(ExitCodes.OK);
    assertThat(err.toString()).contains("has no date").contains("give --date");
  }

  @Test
  void codesWithSeveralThreadsInInputOrderAndTheSameEvents(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("many.jsonl");
    StringBuilder sb = new StringBuilder();
    String[] texts = {
      "Russia attacked Ukraine on Monday.",
      "France criticized Iran on Tuesday.",
      "Japan sent aid to the Philippines on Friday.",
      "Kenyan police arrested protesters in Nairobi on Sunday.",
      "China praised Pakistan.",
      "Turkey condemned Syria on Monday."
    };
    for (int i = 0; i < texts.length; i++) {
      sb.append("{\"id\":\"a")
          .append(i)
          .append("\",\"date\":\"2020-03-04\",\"text\":\"")
          .append(texts[i])
          .append("\"}\n");
    }
    Files.writeString(in, sb.toString(), StandardCharsets.UTF_8);
    assertThat(run("", "code", "--format", "eval", in.toString())).isEqualTo(ExitCodes.OK);
    String one = out.toString();
    out.getBuffer().setLength(0);
    assertThat(run("", "code", "--threads", "2", "--format", "eval", in.toString()))
        .isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).isEqualTo(one);
    assertThat(one.split("\n")).hasSize(6);
    assertThat(one.split("\n")[0]).contains("\"id\":\"a0\"");
    assertThat(one.split("\n")[5]).contains("\"id\":\"a5\"");
  }

  @Test
  void benchReportsThroughputLatencyMemoryAndStages(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("corpus.jsonl");
    Files.writeString(
        in,
        "{\"id\":\"a\",\"date\":\"2020-03-04\",\"text\":\"Russia attacked Ukraine on"
            + " Monday. France condemned Russia.\"}\n",
        StandardCharsets.UTF_8);
    assertThat(run("", "bench", "--repeat", "2", in.toString())).isEqualTo(ExitCodes.OK);
    assertThat(out.toString())
        .contains("coded             2 articles, 4 sentences, 4 events")
        .contains("sentences/s")
        .contains("p50")
        .contains("peak heap")
        .contains("parse")
        .contains("coding");
  }
}
