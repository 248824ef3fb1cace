package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Crash safety: an ingest killed with SIGKILL and run again stores every article exactly once. */
class KillAndRerunTest {
  private static final int ARTICLES = 400;

  @TempDir Path dir;

  @Test
  void storesEveryArticleExactlyOnceAfterAKilledIngestIsRunAgain() throws Exception {
    Path input = dir.resolve("corpus.jsonl");
    List<String> lines = new ArrayList<>();
    String[] countries = {"RUS", "SYR", "IRN", "USA", "TUR", "ISR"};
    for (int i = 0; i < ARTICLES; i++) {
      String a = countries[i % 6];
      String b = countries[(i + 1 + i / 6) % 6].equals(a) ? "FRA" : countries[(i + 1 + i / 6) % 6];
      lines.add(
          "{\"id\":\"a"
              + i
              + "\",\"url\":\"https://news.example/"
              + i
              + "\",\"date\":\"2020-01-"
              + String.format("%02d", 1 + i % 28)
              + "\",\"text\":\"Story "
              + i
              + " opens. "
              + a
              + " 190 "
              + b
              + ". "
              + b
              + " 042 "
              + a
              + ".\"}");
    }
    Files.write(input, lines);
    Path db = dir.resolve("store.duckdb");

    Process first = start(db, input, 15);
    int storedBeforeKill = 0;
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(first.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        if (line.startsWith("stored ")) {
          storedBeforeKill = Integer.parseInt(line.split(" ")[1]);
          if (storedBeforeKill >= 60) {
            first.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no close
            break;
          }
        }
      }
    }
    assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(storedBeforeKill).as("killed mid-run").isBetween(60, ARTICLES - 1);

    Process second = start(db, input, 0);
    String output = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(second.exitValue()).as(output).isZero();
    assertThat(output).contains("summary ingested ");
    String summary = output.substring(output.indexOf("summary "));
    int ingested = Integer.parseInt(summary.split(" ")[2].replace(",", ""));
    int unchanged = Integer.parseInt(summary.split(" ")[6].replace(",", ""));
    assertThat(ingested + unchanged).as(summary).isEqualTo(ARTICLES);
    assertThat(unchanged).as(summary).isGreaterThanOrEqualTo(60);

    try (EventStore store = EventStore.open(db)) {
      assertThat(store.counts().articles()).isEqualTo(ARTICLES);
      assertThat(store.counts().events()).isEqualTo(2L * ARTICLES);
      assertThat(store.counts().sentences()).isEqualTo(3L * ARTICLES);
      assertThat(
              EventStoreTest.query(
                  store,
                  "SELECT count(*) FROM (SELECT identity FROM articles GROUP BY identity"
                      + " HAVING count(*) > 1)"))
          .containsExactly("0");
      assertThat(
              EventStoreTest.query(
                  store,
                  "SELECT (SELECT count(*) FROM events WHERE article_id NOT IN (SELECT id FROM"
                      + " articles)), (SELECT count(*) FROM sentences WHERE article_id NOT IN"
                      + " (SELECT id FROM articles)), (SELECT count(*) FROM event_clusters WHERE"
                      + " id NOT IN (SELECT cluster_id FROM events)), (SELECT count(*) FROM"
                      + " events WHERE cluster_id NOT IN (SELECT id FROM event_clusters)),"
                      + " (SELECT count(*) FROM articles a WHERE event_count <> (SELECT count(*)"
                      + " FROM events e WHERE e.article_id = a.id))"))
          .as("orphans")
          .containsExactly("0|0|0|0|0");
    }
  }

  private static Process start(Path db, Path input, int delayMillis) throws IOException {
    String java =
        ProcessHandle.current()
            .info()
            .command()
            .orElse(System.getProperty("java.home") + "/bin/java");
    String cp =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    return new ProcessBuilder(
            java,
            "-cp",
            cp,
            KillableIngest.class.getName(),
            db.toString(),
            input.toString(),
            Integer.toString(delayMillis))
        .redirectErrorStream(true)
        .start();
  }
}
