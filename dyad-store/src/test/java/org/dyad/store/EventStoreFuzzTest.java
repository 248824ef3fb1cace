package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;
import org.dyad.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded random articles, re-sent and changed at random, through the store: whatever the order,
 * each identity is stored once, every row belongs to a stored article, and every cluster holds
 * mentions of one root and one pair of countries.
 */
class EventStoreFuzzTest {
  private static final String[] ACTORS = {"RUS", "RUSGOV", "IRN", "IRNMIL", "USA", "SYR", "SYRREB"};
  private static final String[] CODES = {"042", "043", "057", "112", "190", "193", "036"};

  @TempDir Path dir;

  @Test
  void keepsItsInvariantsUnderRandomPutsAndReplacements() {
    Random random = new Random(42L);
    TestCoder coder = new TestCoder(0);
    try (EventStore store = EventStore.open(dir.resolve("fuzz.duckdb"))) {
      for (int i = 0; i < 300; i++) {
        int story = random.nextInt(80);
        StringBuilder text = new StringBuilder("Story ").append(story).append(" opens.");
        int events = random.nextInt(4);
        for (int k = 0; k < events; k++) {
          String a = ACTORS[random.nextInt(ACTORS.length)];
          String b = ACTORS[random.nextInt(ACTORS.length)];
          if (!a.substring(0, 3).equals(b.substring(0, 3))) {
            text.append(' ')
                .append(a)
                .append(' ')
                .append(CODES[random.nextInt(CODES.length)])
                .append(' ')
                .append(b)
                .append('.');
          }
        }
        String url = random.nextInt(5) == 0 ? null : "https://news.example/" + story;
        LocalDate date = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(6));
        store.put(
            coder.code(new Article("s" + story, "", text.toString(), date, url, null)),
            null,
            random.nextInt(10) == 0);
      }
      assertThat(
              EventStoreTest.query(
                  store,
                  "SELECT (SELECT count(*) - count(DISTINCT identity) FROM articles),"
                      + " (SELECT count(*) FROM events WHERE article_id NOT IN"
                      + " (SELECT id FROM articles)),"
                      + " (SELECT count(*) FROM sentences WHERE article_id NOT IN"
                      + " (SELECT id FROM articles)),"
                      + " (SELECT count(*) FROM event_clusters WHERE id NOT IN"
                      + " (SELECT cluster_id FROM events)),"
                      + " (SELECT count(*) FROM events e JOIN event_clusters c ON c.id ="
                      + " e.cluster_id WHERE c.root <> e.root OR c.source_country <>"
                      + " e.source_country OR c.target_country <> e.target_country),"
                      + " (SELECT sum(event_count) FROM articles) - (SELECT count(*) FROM events)"))
          .containsExactly("0|0|0|0|0|0");
    }
  }
}
