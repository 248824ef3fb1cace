package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dyad.store.Fixtures.coded;
import static org.dyad.store.Fixtures.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueriesAndExportsTest {
  @TempDir Path dir;
  private EventStore store;

  @BeforeEach
  void fill() {
    store = EventStore.open(dir.resolve("q.duckdb"));
    store.put(
        coded(
            "a",
            "https://one.example/a",
            null,
            "2015-11-25",
            spec("RUSGOV", "042", "IRNGOV", "2015-11-23", "Tehran"),
            spec("RUS", "057", "IRN", "2015-11-23", null),
            spec("IRN", "112", "USA", "2015-11-24", null)),
        null,
        false);
    store.put(
        coded(
            "b",
            "https://two.example/b",
            null,
            "2015-11-25",
            spec("RUS", "043", "IRN", "2015-11-24", "Tehran"),
            spec("IRN", "036", "RUS", "2015-12-02", null),
            spec("USA", "172", "IRN", "2015-12-20", null)),
        null,
        false);
  }

  @org.junit.jupiter.api.AfterEach
  void close() {
    store.close();
  }

  @Test
  void printsADyadTimeSeriesByMonthInBothDirections() {
    ResultTable t =
        new Queries(store, false).dyad("RUS", "IRN", Queries.Period.MONTH, EventFilter.all());
    assertThat(t.toText())
        .isEqualTo(
            """
            period   direction  events  verbal_coop  material_coop  verbal_conflict  material_conflict  mean_goldstein  top_codes
            2015-11  RUS->IRN        2            2              0                0                  0            4.95  042x1 057x1
            2015-12  IRN->RUS        1            1              0                0                  0            4.00  036x1
            """);
  }

  @Test
  void countsEveryMentionWhenAsked() {
    ResultTable t =
        new Queries(store, true).dyad("RUS", "IRN", Queries.Period.YEAR, EventFilter.all());
    assertThat(t.rows())
        .extracting(r -> r.get(0) + " " + r.get(1) + " " + r.get(2))
        .containsExactly("2015 RUS->IRN 3", "2015 IRN->RUS 1");
  }

  @Test
  void ranksPartnersByVolumeAndByGoldstein() {
    Queries q = new Queries(store, false);
    assertThat(q.partners("IRN", Queries.PartnerOrder.VOLUME, 1, 10, EventFilter.all()).rows())
        .extracting(r -> r.get(0) + " " + r.get(2) + " " + r.get(3) + " " + r.get(4))
        .containsExactly("RUS 3 1 2", "USA 2 1 1");
    assertThat(q.partners("IRN", Queries.PartnerOrder.CONFLICT, 1, 10, EventFilter.all()).rows())
        .extracting(r -> r.get(0))
        .containsExactly("USA", "RUS");
  }

  @Test
  void listsFilteredEventsNewestFirst() {
    EventFilter f = EventFilter.builder().actor("IRN").from(LocalDate.of(2015, 11, 24)).build();
    assertThat(new Queries(store, false).events(f, 10, 0).rows())
        .extracting(r -> r.get(2) + " " + r.get(3) + " " + r.get(5) + " " + r.get(10))
        .containsExactly("2015-12-20 USA 172 1", "2015-12-02 IRN 036 1", "2015-11-24 IRN 112 1");
    assertThat(new Queries(store, false).events(f, 1, 1).rows()).hasSize(1);
  }

  @Test
  void rejectsFiltersThatCannotBeActorsOrCodes() {
    assertThatThrownBy(() -> EventFilter.builder().actor("R'; DROP").build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> EventFilter.builder().code("1x").build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new Queries(store, false)
                    .dyad("RUS", "RUSGOV", Queries.Period.DAY, EventFilter.all()))
        .hasMessageContaining("two different actors");
  }

  @Test
  void exportsGdeltRowsOfSixtyOneColumns() throws Exception {
    StringWriter out = new StringWriter();
    long n = new Exporter(store).write(Exporter.Format.GDELT, EventFilter.all(), false, out);
    List<String> lines = out.toString().lines().toList();
    assertThat(Exporter.GDELT_COLUMNS).hasSize(61);
    assertThat(n).isEqualTo(5).isEqualTo(lines.size());
    for (String l : lines) {
      assertThat(l.split("\t", -1)).hasSize(61);
    }
    String[] first = lines.get(0).split("\t", -1);
    assertThat(col(first, "SQLDATE")).isEqualTo("20151123");
    assertThat(col(first, "Actor1Code")).isEqualTo("RUSGOV");
    assertThat(col(first, "Actor1CountryCode")).isEqualTo("RUS");
    assertThat(col(first, "Actor1Type1Code")).isEqualTo("GOV");
    assertThat(col(first, "EventCode")).isEqualTo("042");
    assertThat(col(first, "EventRootCode")).isEqualTo("04");
    assertThat(col(first, "NumMentions")).isEqualTo("2");
    assertThat(col(first, "NumArticles")).isEqualTo("2");
    assertThat(col(first, "NumSources")).isEqualTo("2");
    assertThat(col(first, "ActionGeo_Type")).isEqualTo("4");
    assertThat(col(first, "ActionGeo_CountryCode")).isEqualTo("");
    assertThat(col(first, "ActionGeo_Lat")).isEqualTo("10.0000");
    assertThat(col(first, "SOURCEURL")).isEqualTo("https://one.example/a");
    assertThat(col(first, "IsRootEvent")).isEqualTo("1");
  }

  @Test
  void exportsReligiousGroupsInTheGdeltReligionColumns() throws Exception {
    try (EventStore groups = EventStore.open(dir.resolve("groups.duckdb"))) {
      groups.put(
          coded(
              "c",
              "https://three.example/c",
              null,
              "2015-11-25",
              spec("IRQUAFMOSSHI", "190", "MOSSUN", "2015-11-23", null)),
          null,
          false);
      StringWriter out = new StringWriter();
      new Exporter(groups).write(Exporter.Format.GDELT, EventFilter.all(), false, out);
      String[] row = out.toString().lines().findFirst().orElseThrow().split("\t", -1);
      assertThat(col(row, "Actor1Code")).isEqualTo("IRQUAFMOSSHI");
      assertThat(col(row, "Actor1CountryCode")).isEqualTo("IRQ");
      assertThat(col(row, "Actor1Religion1Code")).isEqualTo("MOS");
      assertThat(col(row, "Actor1Religion2Code")).isEqualTo("SHI");
      assertThat(col(row, "Actor1Type1Code")).isEqualTo("UAF");
      assertThat(col(row, "Actor1Type2Code")).isEmpty();
      assertThat(col(row, "Actor2CountryCode")).isEmpty();
      assertThat(col(row, "Actor2KnownGroupCode")).isEmpty();
      assertThat(col(row, "Actor2Religion1Code")).isEqualTo("MOS");
      assertThat(col(row, "Actor2Religion2Code")).isEqualTo("SUN");
      assertThat(col(row, "Actor2Type1Code")).isEmpty();
    }
  }

  private static String col(String[] row, String name) {
    return row[Exporter.GDELT_COLUMNS.indexOf(name)];
  }

  @Test
  void exportsPloverJsonForEveryCategorisedEvent() throws Exception {
    StringWriter out = new StringWriter();
    new Exporter(store).write(Exporter.Format.PLOVER, EventFilter.all(), false, out);
    List<JsonNode> rows = out.toString().lines().map(l -> read(l)).toList();
    assertThat(rows).hasSize(5);
    JsonNode first = rows.get(0);
    assertThat(first.get("id").asText()).isEqualTo("dyad-1");
    assertThat(first.get("date").asText()).isEqualTo("2015-11-23");
    assertThat(first.get("source").asText()).isEqualTo("RUSGOV");
    assertThat(first.get("geolocation").get("placename").asText()).isEqualTo("Tehran");
    assertThat(first.get("num_mentions").asInt()).isEqualTo(2);
  }

  @Test
  void exportsCsvJsonlAndParquetOfEventsOrMentions() throws Exception {
    Exporter x = new Exporter(store);
    StringWriter csv = new StringWriter();
    assertThat(x.write(Exporter.Format.CSV, EventFilter.all(), false, csv)).isEqualTo(5);
    assertThat(csv.toString().lines().findFirst().orElseThrow())
        .startsWith("event_id,cluster_id,event_date,date_precision,source_code");
    StringWriter jsonl = new StringWriter();
    assertThat(x.write(Exporter.Format.JSONL, EventFilter.all(), true, jsonl)).isEqualTo(6);
    assertThat(
            read(jsonl.toString().lines().findFirst().orElseThrow())
                .get("evidence")
                .get("rule")
                .asText())
        .isEqualTo("verbs:test.042");
    Path parquet = dir.resolve("out.parquet");
    assertThat(x.writeParquet(EventFilter.all(), false, parquet)).isEqualTo(5);
    assertThat(
            EventStoreTest.query(store, "SELECT count(*), min(source_code) FROM '" + parquet + "'"))
        .containsExactly("5|IRN");
  }

  private static JsonNode read(String line) {
    try {
      return new ObjectMapper().readTree(line);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
