package org.dyad.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterRuleTest {
  private static ClusterRule.Key key(String root, String s, String t, String date, String place) {
    return new ClusterRule.Key(root, s, t, date == null ? null : LocalDate.parse(date), place);
  }

  @Test
  void joinsReportsOfOneHappeningAndSeparatesTheRest() {
    List<ClusterRule.Key> reports =
        List.of(
            key("19", "RUS", "SYR", "2020-03-01", "Idlib"),
            key("19", "RUS", "SYR", "2020-03-02", null), // a day later, unplaced: joins 0
            key("19", "RUS", "SYR", "2020-03-02", "Aleppo"), // another place: new
            key("19", "RUS", "SYR", "2020-03-05", null), // too late: new
            key("19", "SYR", "RUS", "2020-03-01", "Idlib"), // other direction: new
            key("04", "RUS", "SYR", "2020-03-01", "Idlib"), // other root: new
            key("19", "RUS", "SYR", null, null), // undated: its own
            key("19", "RUS", "SYR", "2020-03-01", "Aleppo")); // fits 2 (place) better than 0
    assertThat(ClusterRule.assign(reports)).containsExactly(0, 0, 2, 3, 4, 5, 6, 2);
  }

  @Test
  void preferTheSamePlaceThenTheNearestDate() {
    ClusterRule.Key c = key("19", "RUS", "SYR", "2020-03-01", "Idlib");
    assertThat(ClusterRule.fit(c, key("19", "RUS", "SYR", "2020-03-01", "Idlib"))).isZero();
    assertThat(ClusterRule.fit(c, key("19", "RUS", "SYR", "2020-03-01", null))).isEqualTo(1);
    assertThat(ClusterRule.fit(c, key("19", "RUS", "SYR", "2020-02-29", "Idlib"))).isEqualTo(2);
    assertThat(ClusterRule.fit(c, key("19", "RUS", "SYR", "2020-03-03", "Idlib"))).isNegative();
  }
}
