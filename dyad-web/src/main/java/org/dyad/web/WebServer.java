package org.dyad.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.dyad.io.EventJson;
import org.dyad.io.InputProblem;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.model.Sentence;
import org.dyad.pipeline.CodedArticle;
import org.dyad.store.EventFilter;
import org.dyad.store.EventStore;
import org.dyad.store.Queries;
import org.dyad.store.ResultTable;
import org.dyad.store.StoredArticle;
import org.dyad.store.ingest.CorpusReader;
import org.dyad.store.ingest.CsvColumns;
import org.dyad.store.ingest.IngestSummary;
import org.dyad.store.ingest.Ingester;

/**
 * {@code dyad serve}: the HTTP API and the pages over one store. The store is one DuckDB
 * connection, so requests take turns on it; coding takes turns on one NLP pipeline.
 */
public final class WebServer implements AutoCloseable {
  private static final String JSON = "application/json";
  private static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self'"
          + " data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action"
          + " 'self'";

  private final WebSettings settings;
  private final EventStore store;
  private final Supplier<Ingester.Coder> coders;
  private final ReentrantLock storeLock = new ReentrantLock();
  private final ReentrantLock coderLock = new ReentrantLock();
  private final ExecutorService coding = Executors.newSingleThreadExecutor();
  private final ObjectMapper mapper = new ObjectMapper();
  private final EventJson eventJson = new EventJson();
  private Ingester.Coder coder;
  private final Javalin app;

  private WebServer(WebSettings settings, Supplier<Ingester.Coder> coders) {
    this.settings = settings;
    this.coders = coders;
    this.store = EventStore.open(settings.db());
    this.app =
        Javalin.create(
            config -> {
              config.showJavalinBanner = false;
              config.http.maxRequestSize = settings.maxBodyBytes();
              config.staticFiles.add(
                  sf -> {
                    sf.hostedPath = "/";
                    sf.directory = "/org/dyad/web/static";
                    sf.location = Location.CLASSPATH;
                  });
              config.staticFiles.enableWebjars();
              // A client that stops sending or reading is dropped after 30 s.
              config.jetty.modifyHttpConfiguration(h -> h.setIdleTimeout(30_000));
            });
    routes();
  }

  /**
   * Opens the store and starts serving.
   *
   * @param coders makes the coder POST /api/code and POST /api/ingest use (made on first use)
   */
  public static WebServer start(WebSettings settings, Supplier<Ingester.Coder> coders) {
    WebServer s = new WebServer(Objects.requireNonNull(settings), Objects.requireNonNull(coders));
    try {
      s.app.start(settings.host(), settings.port());
    } catch (RuntimeException e) {
      s.store.close();
      throw e;
    }
    return s;
  }

  public int port() {
    return app.port();
  }

  private void routes() {
    app.before(
        ctx -> {
          ctx.header("Content-Security-Policy", CSP);
          ctx.header("X-Content-Type-Options", "nosniff");
          ctx.header("Referrer-Policy", "no-referrer");
        });
    app.get("/", ctx -> ctx.redirect("/code.html"));
    app.get("/api/stats", ctx -> withStore(ctx, q -> stats()));
    app.get(
        "/api/events",
        ctx ->
            withStore(
                ctx,
                q -> {
                  int limit = intParam(ctx, "limit", 50, 1, 1000);
                  int offset = intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
                  ObjectNode o = mapper.createObjectNode();
                  o.put("limit", limit);
                  o.put("offset", offset);
                  o.set("events", table(queries(ctx).events(filter(ctx), limit, offset)));
                  return o;
                }));
    app.get(
        "/api/dyads/{a}/{b}/series",
        ctx ->
            withStore(
                ctx,
                q -> {
                  String by = ctx.queryParamAsClass("by", String.class).getOrDefault("month");
                  Queries.Period period = period(by);
                  ObjectNode o = mapper.createObjectNode();
                  o.put("a", ctx.pathParam("a"));
                  o.put("b", ctx.pathParam("b"));
                  o.put("by", by);
                  o.set(
                      "series",
                      table(
                          queries(ctx)
                              .dyad(ctx.pathParam("a"), ctx.pathParam("b"), period, filter(ctx))));
                  return o;
                }));
    app.get(
        "/api/actors/{code}/partners",
        ctx ->
            withStore(
                ctx,
                q -> {
                  Queries.PartnerOrder order = partnerOrder(ctx.queryParam("sort"));
                  ObjectNode o = mapper.createObjectNode();
                  o.set(
                      "partners",
                      table(
                          queries(ctx)
                              .partners(
                                  ctx.pathParam("code"),
                                  order,
                                  intParam(ctx, "min_events", 1, 1, Integer.MAX_VALUE),
                                  intParam(ctx, "limit", 20, 1, 500),
                                  filter(ctx))));
                  return o;
                }));
    app.get(
        "/api/network",
        ctx ->
            withStore(
                ctx,
                q -> {
                  ObjectNode o = mapper.createObjectNode();
                  o.set(
                      "edges",
                      table(
                          queries(ctx).network(filter(ctx), intParam(ctx, "limit", 200, 1, 5000))));
                  return o;
                }));
    app.get(
        "/api/places",
        ctx ->
            withStore(
                ctx,
                q -> {
                  ObjectNode o = mapper.createObjectNode();
                  o.set(
                      "places",
                      table(
                          queries(ctx)
                              .places(filter(ctx), intParam(ctx, "limit", 1000, 1, 20000))));
                  return o;
                }));
    app.get(
        "/api/articles/{id}",
        ctx -> {
          long id;
          try {
            id = Long.parseLong(ctx.pathParam("id"));
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException("article id must be a number");
          }
          withStore(
              ctx,
              q -> {
                StoredArticle a = new Queries(store, false).article(id).orElse(null);
                if (a == null) {
                  ctx.status(404);
                  return error("no article " + id);
                }
                ObjectNode o = mapper.createObjectNode();
                o.put("id", a.id());
                o.put("input_id", a.inputId());
                o.put("title", a.title());
                o.put("text", a.text());
                o.put("published", a.published() == null ? null : a.published().toString());
                o.put("url", a.url());
                o.put("publisher", a.publisher());
                ArrayNode events = o.putArray("events");
                for (String e : a.events()) {
                  events.add(read(e));
                }
                return o;
              });
        });
    app.post("/api/code", this::code);
    app.post("/api/ingest", this::ingest);
    app.exception(
        IllegalArgumentException.class,
        (e, ctx) -> ctx.status(400).contentType(JSON).result(error(e.getMessage()).toString()));
    app.error(
        404,
        ctx -> {
          if (ctx.path().startsWith("/api/") && ctx.result() == null) {
            ctx.contentType(JSON).result(error("no such endpoint: " + ctx.path()).toString());
          }
        });
    app.error(413, ctx -> ctx.contentType(JSON).result(error("request too large").toString()));
  }

  @FunctionalInterface
  private interface StoreWork {
    JsonNode run(Queries q);
  }

  private void withStore(Context ctx, StoreWork work) {
    storeLock.lock();
    try {
      JsonNode n = work.run(null);
      ctx.contentType(JSON).result(n.toString());
    } finally {
      storeLock.unlock();
    }
  }

  private Queries queries(Context ctx) {
    return new Queries(store, "true".equals(ctx.queryParam("mentions")));
  }

  private JsonNode stats() {
    var c = store.counts();
    ObjectNode o = mapper.createObjectNode();
    o.put("articles", c.articles());
    o.put("sentences", c.sentences());
    o.put("events", c.events());
    o.put("clusters", c.clusters());
    o.put("actors", c.actors());
    o.put("ingest_enabled", settings.ingestToken() != null);
    return o;
  }

  private EventFilter filter(Context ctx) {
    String quad = ctx.queryParam("quad");
    String cluster = ctx.queryParam("cluster");
    try {
      return EventFilter.builder()
          .actor(ctx.queryParam("actor"))
          .source(ctx.queryParam("source"))
          .target(ctx.queryParam("target"))
          .code(blank(ctx.queryParam("code")))
          .quadClass(quad == null || quad.isBlank() ? 0 : Integer.parseInt(quad))
          .from(date(ctx.queryParam("from")))
          .to(date(ctx.queryParam("to")))
          .placeCountry(ctx.queryParam("place"))
          .cluster(cluster == null || cluster.isBlank() ? 0 : Long.parseLong(cluster))
          .build();
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("quad and cluster must be numbers", e);
    }
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private static LocalDate date(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not a YYYY-MM-DD date: " + s, e);
    }
  }

  private static int intParam(Context ctx, String name, int def, int min, int max) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return def;
    }
    try {
      int n = Integer.parseInt(v);
      if (n < min || n > max) {
        throw new IllegalArgumentException(name + " must be in " + min + ".." + max);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a number", e);
    }
  }

  private static Queries.Period period(String by) {
    try {
      return Queries.Period.valueOf(by.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("by must be day, week, month or year", e);
    }
  }

  private static Queries.PartnerOrder partnerOrder(String sort) {
    if (sort == null || sort.isBlank()) {
      return Queries.PartnerOrder.VOLUME;
    }
    try {
      return Queries.PartnerOrder.valueOf(sort.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("sort must be volume, cooperation or conflict", e);
    }
  }

  private JsonNode table(ResultTable t) {
    return read(t.toJson());
  }

  private JsonNode read(String json) {
    try {
      return mapper.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ObjectNode error(String message) {
    ObjectNode o = mapper.createObjectNode();
    o.put("error", message);
    return o;
  }

  /** POST /api/code: {text, date?, title?} to the events with their evidence; nothing is stored. */
  private void code(Context ctx) {
    JsonNode body;
    try {
      body = mapper.readTree(ctx.body());
    } catch (IOException e) {
      throw new IllegalArgumentException("the body must be JSON {\"text\": ...}", e);
    }
    if (body == null || !body.path("text").isTextual() || body.path("text").asText().isBlank()) {
      throw new IllegalArgumentException("the body must be JSON with a \"text\" string");
    }
    String text = body.path("text").asText();
    if (text.length() > settings.maxCodeChars()) {
      ctx.status(413)
          .contentType(JSON)
          .result(error("text longer than " + settings.maxCodeChars() + " characters").toString());
      return;
    }
    LocalDate date = date(body.path("date").asText(null));
    Article article = new Article("pasted", body.path("title").asText(""), text, date, null, null);
    Future<CodedArticle> f = coding.submit(() -> codeOne(article));
    CodedArticle c;
    try {
      c = f.get(settings.codeTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      ctx.status(503).contentType(JSON).result(error("coding took too long").toString());
      return;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      ctx.status(503).contentType(JSON).result(error("interrupted").toString());
      return;
    } catch (ExecutionException e) {
      ctx.status(500).contentType(JSON).result(error("coding failed: " + e.getCause()).toString());
      return;
    }
    ObjectNode o = mapper.createObjectNode();
    o.put("text", c.analysis().article().text());
    o.put(
        "published",
        c.analysis().article().published() == null
            ? null
            : c.analysis().article().published().toString());
    ArrayNode events = o.putArray("events");
    List<Sentence> sentences = c.analysis().sentences();
    for (Event e : c.events()) {
      Sentence s = sentences.get(e.sentenceIndex());
      events.add(read(eventJson.write(e, text.substring(s.begin(), s.end()))));
    }
    ctx.contentType(JSON).result(o.toString());
  }

  private CodedArticle codeOne(Article a) {
    coderLock.lock();
    try {
      if (coder == null) {
        coder = coders.get();
      }
      return coder.code(a);
    } finally {
      coderLock.unlock();
    }
  }

  /**
   * POST /api/ingest: a JSON Lines body of articles into the store; refused unless the server has a
   * token and the request gives it ({@code Authorization: Bearer TOKEN}).
   */
  private void ingest(Context ctx) throws IOException {
    String expected = settings.ingestToken();
    if (expected == null) {
      ctx.status(403)
          .contentType(JSON)
          .result(
              error(
                      "ingest is disabled: start dyad serve with DYAD_INGEST_TOKEN or --ingest-token-file")
                  .toString());
      return;
    }
    String auth = ctx.header("Authorization");
    String given = auth != null && auth.startsWith("Bearer ") ? auth.substring(7).strip() : "";
    if (!MessageDigest.isEqual(
        given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8))) {
      ctx.status(401)
          .contentType(JSON)
          .result(error("a valid bearer token is required").toString());
      return;
    }
    Path tmp = Files.createTempFile("dyad-ingest", ".jsonl");
    try {
      Files.write(tmp, ctx.bodyAsBytes());
      List<String> problems = new ArrayList<>();
      IngestSummary summary;
      storeLock.lock();
      coderLock.lock();
      try {
        if (coder == null) {
          coder = coders.get();
        }
        Ingester.Coder shared = coder;
        summary =
            new Ingester(
                    store,
                    new CorpusReader(null, CsvColumns.defaults(), settings.maxBodyBytes()),
                    () -> shared,
                    1,
                    false)
                .ingest(
                    List.of(tmp.toString()),
                    null,
                    new Ingester.Listener() {
                      @Override
                      public void problem(InputProblem p) {
                        if (problems.size() < 100) {
                          problems.add(p.toString().replace(tmp.toString(), "body"));
                        }
                      }

                      @Override
                      public void article(
                          Article a, EventStore.Outcome o, int sentences, int events) {}
                    });
      } finally {
        coderLock.unlock();
        storeLock.unlock();
      }
      ObjectNode o = mapper.createObjectNode();
      o.put("inserted", summary.inserted());
      o.put("replaced", summary.replaced());
      o.put("unchanged", summary.unchanged());
      o.put("skipped", summary.skipped());
      o.put("failed", summary.failed());
      o.put("events", summary.events());
      ArrayNode p = o.putArray("problems");
      problems.forEach(p::add);
      ctx.contentType(JSON).result(o.toString());
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  @Override
  public void close() {
    app.stop();
    coding.shutdownNow();
    storeLock.lock();
    try {
      store.close();
    } finally {
      storeLock.unlock();
    }
  }
}
