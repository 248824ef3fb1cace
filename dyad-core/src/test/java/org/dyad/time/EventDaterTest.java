package org.dyad.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.dyad.model.EventDate.Precision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventDaterTest {
  private static EventDater.Resolved resolve(String text, String published) {
    return EventDater.resolve(text, LocalDate.parse(published)).orElseThrow();
  }

  @ParameterizedTest
  @CsvSource({
    // a Wednesday story: "on Monday" is two days before
    "on Monday, 2015-11-25, 2015-11-23",
    // a Monday story: "on Monday" is the same day
    "on Monday, 2015-11-23, 2015-11-23",
    // a Tuesday story: "on Sunday" across a month boundary
    "on Sunday, 2015-12-01, 2015-11-29",
    // a Friday story: "on Saturday" across a year boundary
    "on Saturday, 2016-01-01, 2015-12-26",
    "on Thursday night, 2015-11-25, 2015-11-19",
    // two weekdays: the first named, always
    "between Friday night and Saturday, 2015-11-25, 2015-11-20"
  })
  void resolvesAWeekdayToTheLatestOnOrBeforeTheArticleDate(
      String text, String published, String expected) {
    EventDater.Resolved r = resolve(text, published);
    assertThat(r.date()).isEqualTo(LocalDate.parse(expected));
    assertThat(r.precision()).isEqualTo(Precision.DAY);
  }

  @ParameterizedTest
  @CsvSource({
    "yesterday, 2015-03-01, 2015-02-28, DAY",
    "today, 2015-03-01, 2015-03-01, DAY",
    "last night, 2015-01-01, 2014-12-31, DAY",
    "three days ago, 2015-03-02, 2015-02-27, DAY",
    "a year ago, 2015-06-15, 2014-01-01, YEAR",
    "two weeks ago, 2015-11-25, 2015-11-09, WEEK",
    "last week, 2015-11-25, 2015-11-16, WEEK",
    "this week, 2015-11-25, 2015-11-23, WEEK",
    "last month, 2015-01-10, 2014-12-01, MONTH",
    "last year, 2015-01-10, 2014-01-01, YEAR",
    "in March, 2015-11-25, 2015-03-01, MONTH",
    "in March, 2015-02-10, 2014-03-01, MONTH",
    "in May 2012, 2015-02-10, 2012-05-01, MONTH",
    "in 2014, 2015-02-10, 2014-01-01, YEAR",
    "on March 12, 2015-11-25, 2015-03-12, DAY",
    "on December 30, 2015-01-05, 2014-12-30, DAY",
    "on 12 March 2013, 2015-11-25, 2013-03-12, DAY",
    "on Nov. 2 2009, 2015-11-25, 2009-11-02, DAY",
    "2015-03-12, 2015-11-25, 2015-03-12, DAY"
  })
  void resolvesRelativeAndExplicitExpressions(
      String text, String published, String expected, Precision precision) {
    EventDater.Resolved r = resolve(text, published);
    assertThat(r.date()).isEqualTo(LocalDate.parse(expected));
    assertThat(r.precision()).isEqualTo(precision);
  }

  @Test
  void ignoresPhrasesThatAreNotTimeExpressions() {
    assertThat(EventDater.resolve("in Tehran", LocalDate.parse("2015-11-25"))).isEmpty();
    assertThat(EventDater.resolve("with Iran", LocalDate.parse("2015-11-25"))).isEmpty();
  }

  @Test
  void rejectsImpossibleDates() {
    assertThat(EventDater.resolve("on February 30", LocalDate.parse("2015-11-25"))).isEmpty();
  }
}
