package org.dyad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dyad.actors.ActorDictionary;
import org.dyad.coding.VerbLexicon;
import org.dyad.nlp.AnalyzerConfig;
import org.dyad.nlp.CoreNlpAnalyzer;
import org.dyad.pipeline.EventPipeline;

/**
 * One server for all the web tests (the NLP pipeline takes seconds to load), over a fresh store
 * holding articles written for these tests, ingested through the API.
 */
final class TestServer {
  static final String TOKEN = "test-token-0123456789";

  /** Articles written for the tests; the last one tries to inject script through its text. */
  static final String CORPUS =
      "{\"id\":\"tehran\",\"url\":\"https://example.org/tehran\",\"date\":\"2015-11-25\","
          + "\"title\":\"Putin in Tehran\",\"text\":\"Russian President Vladimir Putin met Iran's"
          + " Supreme Leader Ayatollah Ali Khamenei in Tehran on Monday. The two countries signed"
          + " an energy agreement.\"}\n"
          + "{\"id\":\"moscow\",\"url\":\"https://example.org/moscow\",\"date\":\"2016-02-10\","
          + "\"title\":\"Rouhani in Moscow\",\"text\":\"Iranian President Hassan Rouhani met"
          + " Russian President Vladimir Putin in Moscow on Tuesday. Russia praised Iran on"
          + " Wednesday.\"}\n"
          + "{\"id\":\"kashmir\",\"url\":\"https://example.org/kashmir\",\"date\":\"2019-02-27\","
          + "\"title\":\"Clash in Kashmir\",\"text\":\"Pakistani troops attacked Indian positions"
          + " in Kashmir on Tuesday. India condemned Pakistan on Wednesday.\"}\n"
          + "{\"id\":\"xss\",\"url\":\"https://example.org/xss\",\"date\":\"2016-03-01\","
          + "\"title\":\"<script>window.__xss=1</script>\",\"text\":\"Russia criticised Iran on"
          + " Monday. \\\"><img src=x onerror=\\\"window.__xss=2\\\"> <script>window.__xss=3"
          + "</script> Iran accused Russia on Tuesday.\"}\n";

  private static WebServer server;
  private static String ingestResponse;

  private TestServer() {}

  static synchronized WebServer get() throws IOException, InterruptedException {
    if (server == null) {
      Path dir = Files.createTempDirectory("dyad-web-test");
      WebSettings settings =
          WebSettings.builder(dir.resolve("web.duckdb")).port(0).ingestToken(TOKEN).build();
      ActorDictionary dictionary = ActorDictionary.standard();
      server =
          WebServer.start(
              settings,
              () ->
                  new EventPipeline(
                          new CoreNlpAnalyzer(AnalyzerConfig.defaults()),
                          dictionary,
                          VerbLexicon.standard())
                      ::code);
      HttpResponse<String> r =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(base() + "/api/ingest"))
                      .header("Authorization", "Bearer " + TOKEN)
                      .header("Content-Type", "application/x-ndjson")
                      .POST(HttpRequest.BodyPublishers.ofString(CORPUS, StandardCharsets.UTF_8))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      ingestResponse = r.body();
      Runtime.getRuntime().addShutdownHook(new Thread(server::close));
    }
    return server;
  }

  static String ingestResponse() {
    return ingestResponse;
  }

  static String base() {
    return "http://127.0.0.1:" + server.port();
  }
}
