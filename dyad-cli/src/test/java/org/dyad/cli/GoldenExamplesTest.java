package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Codes each example article in {@code examples/} and compares its events with the golden file
 * beside it ({@code NAME.expected.jsonl}, see examples/README.md). Run with {@code
 * -Ddyad.updateGolden=true} to rewrite the golden files after a deliberate change, then review the
 * diff.
 */
class GoldenExamplesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<Path> examples() throws IOException {
    Path dir = Path.of(System.getProperty("dyad.examples", "../examples"));
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".jsonl"))
          .filter(p -> !p.toString().endsWith(".expected.jsonl"))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest
  @MethodSource("examples")
  void codesTheExampleAsItsGoldenFileSays(Path example) throws IOException {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new ByteArrayInputStream(new byte[0]),
            new PrintWriter(out),
            new PrintWriter(err),
            "code",
            example.toString());
    assertThat(code).as(err.toString()).isEqualTo(ExitCodes.OK);
    List<String> actual = new ArrayList<>();
    for (String line : out.toString().split("\n")) {
      if (!line.isBlank()) {
        actual.add(project(JSON.readTree(line)));
      }
    }
    String name = example.getFileName().toString().replaceFirst("\\.(txt|jsonl)$", "");
    Path golden = example.resolveSibling(name + ".expected.jsonl");
    if (Boolean.getBoolean("dyad.updateGolden")) {
      Files.write(golden, actual, StandardCharsets.UTF_8);
    }
    assertThat(Files.readAllLines(golden, StandardCharsets.UTF_8))
        .as("golden file %s", golden)
        .containsExactlyElementsOf(actual);
  }

  /** The fields a golden file pins: who, what, to whom, and the words that show it. */
  private static String project(JsonNode e) {
    ObjectNode o = JSON.createObjectNode();
    o.put("article_id", e.get("article_id").asText());
    o.put("sentence_index", e.get("sentence_index").asInt());
    o.put("source", e.get("source").asText());
    o.put("target", e.get("target").asText());
    o.put("cameo_code", e.get("cameo_code").asText());
    o.put("date", e.get("date").asText(null));
    o.put("trigger", e.get("evidence").get("trigger").get("text").asText());
    o.put("source_text", e.get("evidence").get("source").get("text").asText());
    o.put("target_text", e.get("evidence").get("target").get("text").asText());
    return o.toString();
  }
}
