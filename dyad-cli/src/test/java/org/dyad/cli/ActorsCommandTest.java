package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The knowledge base through the CLI: composition examples of issue #3 and the stats. */
class ActorsCommandTest {
  private String run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new ByteArrayInputStream(new byte[0]),
            new PrintWriter(out),
            new PrintWriter(err),
            args);
    assertThat(code).as(err.toString()).isEqualTo(ExitCodes.OK);
    return out.toString();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Iran's Supreme Leader Ayatollah Ali Khamenei spoke.|IRNGOV",
        "The deputy chairman of Iran's Central Bank resigned.|IRNGOV",
        "The Russian state-owned Vonesh Economic Bank lent money.|RUS",
        "Syrian rebel fighters attacked.|SYRREB",
        "Russia's air group struck.|RUSMIL",
        "The Syrian government army advanced.|SYRMIL",
        "The Kremlin said nothing.|RUSGOV",
        "Vladimir Putin spoke.|RUSGOV"
      })
  void composesActorsFromCountryAndAgent(String text, String code) {
    assertThat(run("actors", "lookup", text, "--date", "2015-11-25")).contains("-> " + code + " ");
  }

  @Test
  void codesAPersonByTheRoleHeldOnTheDate() {
    assertThat(run("actors", "lookup", "Vladimir Putin", "--date", "1995-01-01"))
        .contains("code RUSELI");
  }

  @Test
  void statsMeetTheKnowledgeBaseTargetsAndShowNoProblems() {
    String stats = run("actors", "stats");
    assertThat(stats).contains("problems                             0");
    assertThat(count(stats, "people: role records")).isGreaterThanOrEqualTo(2000);
    assertThat(count(stats, "organisations: igo")).isGreaterThanOrEqualTo(250);
    assertThat(count(stats, "organisations: ngo")).isGreaterThanOrEqualTo(100);
    assertThat(count(stats, "organisations: armed_group")).isGreaterThanOrEqualTo(150);
    assertThat(count(stats, "agents")).isGreaterThanOrEqualTo(500);
    assertThat(count(stats, "countries")).isGreaterThanOrEqualTo(249);
  }

  private static int count(String stats, String label) {
    for (String line : stats.split("\n")) {
      if (line.startsWith(label + " ")) {
        return Integer.parseInt(line.substring(label.length()).trim());
      }
    }
    throw new AssertionError("no line " + label + " in\n" + stats);
  }
}
