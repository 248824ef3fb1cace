package org.dyad.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScorerTest {
  @Test
  void scoresDyadAndRootAsTheSharedScorerDoes() {
    Scorer s = new Scorer();
    // record 1: both directions gold; one right at code level, one right at root only
    s.add(
        List.of(Triple.of("USA", "JOR", "0311"), Triple.of("JOR", "USA", "0311")),
        List.of(Triple.of("USAGOV", "JOR", "0311"), Triple.of("JORGOV", "USA", "031")));
    // record 2: a gold event missed, a wrong prediction
    s.add(List.of(Triple.of("JAP", "CHN", "111")), List.of(Triple.of("CHN", "JPN", "112")));
    // record 3: no gold, clean
    s.add(List.of(), List.of());
    Scorer.Score score = s.score();
    assertThat(score.docs()).isEqualTo(3);
    // root level: tp 2, fp 1, fn 1
    assertThat(score.dyadRoot().precision()).isEqualTo(2.0 / 3);
    assertThat(score.dyadRoot().recall()).isEqualTo(2.0 / 3);
    // code level: tp 1, fp 2, fn 2
    assertThat(score.dyadCode().precision()).isEqualTo(1.0 / 3);
    assertThat(score.rootRecallAnyActor()).isEqualTo(1.0);
    assertThat(score.coverage()).isEqualTo(1.0);
    assertThat(score.noEventClean()).isEqualTo(1.0);
    assertThat(score.perRootDyadRecall()).containsEntry("03", "1/1").containsEntry("11", "0/1");
    assertThat(score.line("t"))
        .isEqualTo(
            "t docs=3 dyad+root P=0.667 R=0.667 F1=0.667 | dyad+code P=0.333 R=0.333 F1=0.333 |"
                + " root-recall(any actor)=1.0 coverage=1.0 no-event-clean=1.0");
  }

  @Test
  void readsJapAsJpnAndMissingActorsAsDashes() {
    assertThat(Triple.of("JAP", null, "042")).isEqualTo(new Triple("JPN", "---", "042"));
  }

  @Test
  void roundsHalfToEvenAsPythonDoes() {
    Scorer s = new Scorer();
    // 5 true positives, 11 false positives: precision 0.3125 prints 0.312, as score.py does
    java.util.List<Triple> gold = new java.util.ArrayList<>();
    java.util.List<Triple> pred = new java.util.ArrayList<>();
    for (int i = 0; i < 5; i++) {
      gold.add(Triple.of("AA" + (char) ('A' + i), "BBB", "190"));
      pred.add(Triple.of("AA" + (char) ('A' + i), "BBB", "190"));
    }
    for (int i = 0; i < 11; i++) {
      pred.add(Triple.of("CC" + (char) ('A' + i), "DDD", "190"));
    }
    s.add(gold, pred);
    assertThat(s.score().line("x")).contains("dyad+root P=0.312 R=1.000");
  }
}
