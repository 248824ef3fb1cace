package org.dyad.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dyad.eval.Scorer;
import org.dyad.eval.Triple;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.ontology.PloverMapping;
import org.dyad.pipeline.EventPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad eval}: codes labelled sentences and scores them as shared/eval/score.py does. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Codes each record of a labelled JSONL file {id, text, date?, expected:[{source,target,code}]}"
          + " with its date and prints the figures of shared/eval/score.py.",
      "Gold codes that are PLOVER categories (plover_gsr) are compared at category level, as"
          + " shared/eval/score_plover.py does: Dyad's CAMEO codes are mapped to PLOVER 2021"
          + " and the gold's 2016 names renamed."
    })
public final class EvalCommand implements Callable<Integer> {
  private static final Map<String, String> PLOVER_2016_TO_2021 =
      Map.of(
          "DEMAND", "REQUEST",
          "DISAPPROVE", "ACCUSE",
          "INVESTIGATE", "ACCUSE",
          "FIGHT", "ASSAULT");

  @Parameters(paramLabel = "GOLD", description = "Labelled JSONL file.")
  Path gold;

  @Option(
      names = "--predictions",
      paramLabel = "FILE",
      description = "Also write the predictions, one line per record, for score.py.")
  Path predictions;

  @Option(names = "--name", description = "Name printed at the start of the summary line.")
  String name;

  @Mixin AnalyzerOptions analyzer;

  private final PrintWriter out;
  private final PrintWriter err;

  EvalCommand(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  private record Gold(
      String id, String text, LocalDate date, List<Triple> expected, String location) {}

  @Override
  public Integer call() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<Gold> records = readGold(mapper);
    if (records.isEmpty()) {
      err.println("dyad eval: " + gold + ": no readable record");
      return ExitCodes.NOTHING_PROCESSED;
    }
    boolean plover =
        records.stream()
            .flatMap(g -> g.expected().stream())
            .anyMatch(t -> !t.code().isEmpty() && !Character.isDigit(t.code().charAt(0)));
    EventPipeline pipeline = analyzer.pipeline(err);
    Scorer scorer = new Scorer();
    PlaceScore places = new PlaceScore();
    PloverMapping mapping = PloverMapping.standard();
    BufferedWriter preds =
        predictions == null ? null : Files.newBufferedWriter(predictions, StandardCharsets.UTF_8);
    try {
      for (Gold g : records) {
        Article a = new Article(g.id(), "", g.text(), g.date(), null, null);
        List<Event> events = pipeline.code(a).events();
        if (g.location() != null) {
          places.add(g.location(), events);
        }
        List<Triple> predicted = new ArrayList<>();
        ObjectNode line = mapper.createObjectNode();
        line.put("id", g.id());
        ArrayNode arr = line.putArray("events");
        for (Event e : events) {
          arr.addObject()
              .put("source", e.source().code())
              .put("target", e.target().code())
              .put("code", e.cameoCode());
          if (plover) {
            mapping
                .map(e.cameoCode())
                .ifPresent(
                    t ->
                        predicted.add(
                            Triple.of(e.source().code(), e.target().code(), t.category().name())));
          } else {
            predicted.add(Triple.of(e.source().code(), e.target().code(), e.cameoCode()));
          }
        }
        scorer.add(g.expected(), predicted);
        if (preds != null) {
          preds.write(line.toString());
          preds.newLine();
        }
      }
    } finally {
      if (preds != null) {
        preds.close();
      }
    }
    Scorer.Score s = scorer.score();
    String label = name != null ? name : gold.getFileName().toString();
    out.println(s.line(plover ? label + " (PLOVER 2021 categories)" : label));
    out.println("per-root dyad recall: " + s.perRootDyadRecall());
    if (places.rows > 0) {
      out.println(places.line());
    }
    return ExitCodes.OK;
  }

  /**
   * Event locations against a gold place name (plover_gsr's event_loc): of the coded events of rows
   * with one, the share placed in the gold place's country and at the gold place itself.
   */
  private static final class PlaceScore {
    private final org.dyad.place.Gazetteer gazetteer = org.dyad.place.Gazetteer.standard();
    private final org.dyad.actors.ActorDictionary dictionary =
        org.dyad.actors.ActorDictionary.standard();
    int rows;
    int events;
    int placed;
    int countryRight;
    int placeRight;

    void add(String goldName, List<Event> coded) {
      rows++;
      String goldCountry = countryOf(goldName);
      for (Event e : coded) {
        events++;
        if (e.location() == null) {
          continue;
        }
        placed++;
        if (e.location().country().equals(goldCountry)) {
          countryRight++;
        }
        boolean same =
            org.dyad.place.Gazetteer.key(e.location().name())
                .equals(org.dyad.place.Gazetteer.key(goldName));
        boolean sameCountryLevel =
            e.location().precision() == org.dyad.model.Location.Precision.COUNTRY
                && e.location().country().equals(goldCountry)
                && dictionaryCountry(goldName) != null;
        if (same || sameCountryLevel) {
          placeRight++;
        }
      }
    }

    private String dictionaryCountry(String name) {
      int offset = 0;
      List<org.dyad.model.Token> tokens = new java.util.ArrayList<>();
      for (String w : name.split(" ")) {
        tokens.add(
            new org.dyad.model.Token(tokens.size(), w, w, "NNP", "O", offset, offset + w.length()));
        offset += w.length() + 1;
      }
      for (var m : dictionary.match(tokens)) {
        if (m.entry().type() == org.dyad.actors.EntryType.COUNTRY
            && m.endToken() - m.firstToken() == tokens.size()) {
          return m.entry().country();
        }
      }
      return null;
    }

    private String countryOf(String name) {
      String c = dictionaryCountry(name);
      if (c != null) {
        return c;
      }
      return gazetteer.best(name, List.of()).map(org.dyad.place.City::country).orElse("---");
    }

    String line() {
      return String.format(
          java.util.Locale.ROOT,
          "locations: gold rows=%d coded events=%d placed=%d right country=%d (%.3f) right"
              + " place=%d (%.3f)",
          rows,
          events,
          placed,
          countryRight,
          events == 0 ? 0.0 : (double) countryRight / events,
          placeRight,
          events == 0 ? 0.0 : (double) placeRight / events);
    }
  }

  private List<Gold> readGold(ObjectMapper mapper) throws IOException {
    List<Gold> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(gold, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        try {
          JsonNode node = mapper.readTree(line);
          String id = node.path("id").asText(null);
          String text = node.path("text").asText(null);
          if (id == null || text == null) {
            err.println("dyad eval: " + gold + ":" + n + ": no id or text; skipped");
            continue;
          }
          LocalDate date = null;
          String d = node.path("date").asText("");
          if (!d.isEmpty()) {
            date = LocalDate.parse(d.substring(0, Math.min(10, d.length())));
          }
          List<Triple> expected = new ArrayList<>();
          for (JsonNode e : node.path("expected")) {
            String code = e.path("code").asText("");
            code = PLOVER_2016_TO_2021.getOrDefault(code, code);
            expected.add(
                Triple.of(e.path("source").asText(null), e.path("target").asText(null), code));
          }
          String location = node.path("event_loc").path("name").asText(null);
          out.add(new Gold(id, text, date, expected, location));
        } catch (JsonProcessingException | DateTimeParseException e) {
          err.println("dyad eval: " + gold + ":" + n + ": " + e.getMessage() + "; skipped");
        }
      }
    }
    return out;
  }
}
