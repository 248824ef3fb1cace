package org.dyad.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class WebApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    TestServer.get();
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(TestServer.base() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String body, String... headers) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(TestServer.base() + path))
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (headers.length > 0) {
      b.headers(headers);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode json(HttpResponse<String> r) throws Exception {
    return JSON.readTree(r.body());
  }

  @Test
  void ingestsArticlesGivenTheToken() throws Exception {
    JsonNode s = JSON.readTree(TestServer.ingestResponse());
    assertThat(s.get("inserted").asInt()).isEqualTo(4);
    assertThat(s.get("events").asInt()).isPositive();
    assertThat(json(get("/api/stats")).get("articles").asInt()).isEqualTo(4);
  }

  @Test
  void refusesIngestWithoutTheRightToken() throws Exception {
    assertThat(post("/api/ingest", "{}").statusCode()).isEqualTo(401);
    assertThat(
            post("/api/ingest", "{}", "Authorization", "Bearer wrong-token-0123456789")
                .statusCode())
        .isEqualTo(401);
  }

  @Test
  void refusesEveryIngestWhenNoTokenIsConfigured() throws Exception {
    Path dir = Files.createTempDirectory("dyad-web-notoken");
    try (WebServer s =
        WebServer.start(
            WebSettings.builder(dir.resolve("n.duckdb")).port(0).build(),
            () -> {
              throw new AssertionError("no coder needed");
            })) {
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + "/api/ingest"))
                  .header("Authorization", "Bearer anything-at-all-here")
                  .POST(HttpRequest.BodyPublishers.ofString("{}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).isEqualTo(403);
      // An empty store serves its pages and answers queries.
      HttpResponse<String> stats =
          http.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + "/api/stats"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(json(stats).get("articles").asInt()).isZero();
    }
  }

  @Test
  void codesAPastedTextWithEvidence() throws Exception {
    HttpResponse<String> r =
        post(
            "/api/code",
            "{\"text\":\"Russian President Vladimir Putin met Iran's Supreme Leader Ayatollah Ali"
                + " Khamenei in Tehran on Monday.\",\"date\":\"2015-11-25\"}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode events = json(r).get("events");
    List<String> codes = new ArrayList<>();
    events.forEach(
        e ->
            codes.add(
                e.get("source").asText()
                    + " "
                    + e.get("cameo_code").asText()
                    + " "
                    + e.get("target").asText()));
    assertThat(codes).contains("RUSGOV 042 IRNGOV");
    assertThat(events.get(0).get("evidence").get("trigger").get("text").asText()).isEqualTo("met");
  }

  @Test
  void answersTheStoreQueries() throws Exception {
    assertThat(json(get("/api/events?actor=RUS")).get("events")).isNotEmpty();
    assertThat(json(get("/api/dyads/RUS/IRN/series?by=month")).get("series")).isNotEmpty();
    assertThat(json(get("/api/actors/RUS/partners")).get("partners").toString()).contains("IRN");
    assertThat(json(get("/api/network")).get("edges")).isNotEmpty();
    assertThat(json(get("/api/places")).get("places").toString()).contains("Tehran");
    long id = json(get("/api/events?actor=PAK")).get("events").get(0).get("article_ref").asLong();
    JsonNode article = json(get("/api/articles/" + id));
    assertThat(article.get("title").asText()).isEqualTo("Clash in Kashmir");
    assertThat(article.get("events")).isNotEmpty();
  }

  @Test
  void answersBadRequestsWithJsonErrors() throws Exception {
    assertThat(get("/api/events?quad=9").statusCode()).isEqualTo(400);
    assertThat(get("/api/events?actor=%27%3B%20DROP%20TABLE%20events").statusCode()).isEqualTo(400);
    assertThat(get("/api/dyads/RUS/IRN/series?by=hour").statusCode()).isEqualTo(400);
    assertThat(get("/api/articles/abc").statusCode()).isEqualTo(400);
    HttpResponse<String> missing = get("/api/articles/999999");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(json(missing).get("error").asText()).contains("no article");
    assertThat(post("/api/code", "not json").statusCode()).isEqualTo(400);
    assertThat(post("/api/code", "{\"text\":\"" + "a".repeat(100_001) + "\"}").statusCode())
        .isEqualTo(413);
  }

  @Test
  void servesItsOpenApiDocumentAndSafeHeaders() throws Exception {
    HttpResponse<String> r = get("/openapi.json");
    assertThat(r.statusCode()).isEqualTo(200);
    List<String> paths = new ArrayList<>();
    json(r).get("paths").fieldNames().forEachRemaining(paths::add);
    assertThat(paths)
        .contains(
            "/api/code",
            "/api/events",
            "/api/dyads/{a}/{b}/series",
            "/api/actors/{code}/partners",
            "/api/articles/{id}",
            "/api/ingest");
    HttpResponse<String> page = get("/code.html");
    assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
        .contains("script-src 'self'");
    assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
  }
}
