package org.dyad.store.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.dyad.io.InputProblem;
import org.dyad.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusReaderTest {
  @TempDir Path dir;

  private final List<Article> articles = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();
  private final CorpusReader reader =
      new CorpusReader(LocalDate.of(2020, 5, 1), CsvColumns.defaults(), 10_000);

  private void read(Path file) {
    reader.read(file.toString(), null, articles::add, p -> problems.add(p.toString()));
  }

  @Test
  void readsTheStoryOfANewsPageWithoutItsBoilerplate() throws IOException {
    Path page = dir.resolve("story.html");
    Files.writeString(
        page,
        """
        <html><head><title>Leaders meet | The Daily</title>
        <meta property="og:title" content="Leaders meet in Tehran">
        <meta property="article:published_time" content="2015-11-23T10:00:00+03:00">
        <meta property="og:site_name" content="The Daily">
        <link rel="canonical" href="https://daily.example/leaders-meet">
        <script>var tracking = "Russia attacked Iran";</script></head>
        <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
        <div class="cookie-banner">We use cookies.</div>
        <article class="story share-enabled"><h1>Leaders meet in Tehran</h1>
        <p>Russian President Vladimir Putin met Iran's Supreme Leader in Tehran on Monday.</p>
        <div class="social-share">Share on Twitter</div>
        <p>The two countries signed seven agreements.</p></article>
        <aside>Most read: Celebrity news</aside><footer>(c) The Daily</footer></body></html>
        """);
    read(page);
    assertThat(problems).isEmpty();
    assertThat(articles).hasSize(1);
    Article a = articles.get(0);
    assertThat(a.id()).isEqualTo("story");
    assertThat(a.title()).isEqualTo("Leaders meet in Tehran");
    assertThat(a.text())
        .isEqualTo(
            "Russian President Vladimir Putin met Iran's Supreme Leader in Tehran on Monday."
                + "\n\nThe two countries signed seven agreements.");
    assertThat(a.published()).isEqualTo(LocalDate.of(2015, 11, 23));
    assertThat(a.url()).isEqualTo("https://daily.example/leaders-meet");
    assertThat(a.source()).isEqualTo("The Daily");
  }

  @Test
  void findsTheStoryOfAPageWithoutArticleElementByItsParagraphs() throws IOException {
    Path page = dir.resolve("plain.htm");
    Files.writeString(
        page,
        "<html><body><div id='menu'><p>Home</p></div><div class='x'><p>First paragraph of the"
            + " story.</p><p>Second paragraph of the story.</p></div><div><p>Short.</p></div>"
            + "</body></html>");
    read(page);
    assertThat(articles)
        .singleElement()
        .extracting(Article::text)
        .isEqualTo("First paragraph of the story.\n\nSecond paragraph of the story.");
    assertThat(articles.get(0).published()).isEqualTo(LocalDate.of(2020, 5, 1));
  }

  @Test
  void readsEachItemOfAnRssFeedAsAnArticle() throws IOException {
    Path feed = dir.resolve("world.rss");
    Files.writeString(
        feed,
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
        <channel><title>World Wire</title>
        <item><title>Talks open</title><link>https://wire.example/1</link>
          <guid>wire-1</guid><pubDate>Tue, 10 Jun 2003 04:00:00 GMT</pubDate>
          <description>&lt;p&gt;Egypt hosted talks with Israel.&lt;/p&gt;</description></item>
        <item><title>Full text</title><link>https://wire.example/2</link>
          <pubDate>Wed, 11 Jun 2003 09:30:00 +0200</pubDate>
          <description>Teaser only.</description>
          <content:encoded><![CDATA[<p>Jordan criticised Syria.</p><p>More.</p>]]></content:encoded></item>
        <item><title>Empty</title><link>https://wire.example/3</link></item>
        </channel></rss>
        """);
    read(feed);
    assertThat(articles)
        .extracting(Article::id, Article::title, Article::text, Article::url, Article::source)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "wire-1",
                "Talks open",
                "Egypt hosted talks with Israel.",
                "https://wire.example/1",
                "World Wire"),
            org.assertj.core.groups.Tuple.tuple(
                "https://wire.example/2",
                "Full text",
                "Jordan criticised Syria.\n\nMore.",
                "https://wire.example/2",
                "World Wire"));
    assertThat(articles)
        .extracting(Article::published)
        .containsExactly(LocalDate.of(2003, 6, 10), LocalDate.of(2003, 6, 11));
    assertThat(problems).containsExactly(feed + ":11: feed item without text: Empty");
  }

  @Test
  void readsEachEntryOfAnAtomFeed() throws IOException {
    Path feed = dir.resolve("news.atom");
    Files.writeString(
        feed,
        """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom News</title>
        <entry><title>Aid pledged</title><id>urn:uuid:1</id>
          <link rel="alternate" href="https://atom.example/aid"/>
          <published>2019-02-03T12:00:00Z</published>
          <summary>Japan pledged aid to Nepal.</summary></entry>
        </feed>
        """);
    read(feed);
    assertThat(problems).isEmpty();
    assertThat(articles)
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.id()).isEqualTo("urn:uuid:1");
              assertThat(a.url()).isEqualTo("https://atom.example/aid");
              assertThat(a.text()).isEqualTo("Japan pledged aid to Nepal.");
              assertThat(a.published()).isEqualTo(LocalDate.of(2019, 2, 3));
              assertThat(a.source()).isEqualTo("Atom News");
            });
  }

  @Test
  void readsCsvWithItsOwnColumnNames() throws IOException {
    Path csv = dir.resolve("news.csv");
    Files.writeString(
        csv,
        "guid,headline,body,published\n"
            + "n1,Talks,\"Egypt hosted talks, in Cairo, with Israel.\",2020-02-01\n"
            + "n2,No text,,2020-02-02\n"
            + "n3,Bad date,Some text.,yesterday\n"
            + "n4,Multi,\"Line one.\nLine two.\",2020-02-04T08:00:00Z\n");
    CorpusReader csvReader =
        new CorpusReader(
            null, CsvColumns.parse("id=guid, title=headline, text=body, date=published"), 10_000);
    csvReader.read(csv.toString(), null, articles::add, p -> problems.add(p.toString()));
    assertThat(articles).extracting(Article::id).containsExactly("n1", "n4");
    assertThat(articles.get(0).text()).isEqualTo("Egypt hosted talks, in Cairo, with Israel.");
    assertThat(articles.get(1).published()).isEqualTo(LocalDate.of(2020, 2, 4));
    assertThat(problems)
        .containsExactly(csv + ":3: record without text", csv + ":4: not a date: 'yesterday'");
  }

  @Test
  void namesTheMissingTextColumnOfACsv() throws IOException {
    Path csv = dir.resolve("t.tsv");
    Files.writeString(csv, "id\tcontent\n1\tEgypt hosted talks.\n");
    read(csv);
    assertThat(articles).isEmpty();
    assertThat(problems).singleElement().asString().contains("no 'text' column", "id, content");
  }

  @Test
  void reportsACsvHeaderWithAnEmptyColumnName() throws IOException {
    // regression: found by CorpusReaderFuzzTest, the parser threw instead of reporting
    Path csv = dir.resolve("blank.csv");
    Files.writeString(csv, "id,,text\n1,x,Egypt hosted talks.\n");
    read(csv);
    assertThat(articles).isEmpty();
    assertThat(problems).singleElement().asString().startsWith(csv + ":1: malformed CSV header");
  }

  @Test
  void rejectsUnknownCsvFields() {
    assertThatThrownBy(() -> CsvColumns.parse("txt=body"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown field 'txt'");
    assertThatThrownBy(() -> CsvColumns.parse("text"))
        .hasMessageContaining("expected FIELD=COLUMN");
  }

  @Test
  void reportsEveryBadFileByNameAndGoesOn() throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.txt"), "");
    Path binary = Files.write(dir.resolve("image.html"), new byte[] {'G', 'I', 'F', 0, 1, 2});
    Path huge = Files.writeString(dir.resolve("huge.txt"), "Egypt hosted talks. ".repeat(1000));
    Path broken =
        Files.write(
            dir.resolve("latin1.txt"), "Caf\u00e9 talks".getBytes(StandardCharsets.ISO_8859_1));
    Path jsonl =
        Files.writeString(
            dir.resolve("mixed.jsonl"),
            "{\"id\":\"ok\",\"text\":\"Egypt hosted talks.\"}\n{\"id\": broken\n[1,2]\n");
    Path good = Files.writeString(dir.resolve("good.txt"), "Egypt hosted talks with Israel.");
    for (Path p : List.of(empty, binary, huge, broken, jsonl, good)) {
      read(p);
    }
    read(dir.resolve("missing.txt"));
    assertThat(articles).extracting(Article::id).containsExactly("ok", "good");
    assertThat(problems)
        .containsExactly(
            empty + ": empty file",
            binary + ": binary content (NUL bytes), not text",
            huge + ": larger than 10000 bytes: skipped (raise --max-file-size, or split it)",
            broken + ": not valid UTF-8 text",
            jsonl
                + ":2: malformed JSON: Unrecognized token 'broken': was expecting (JSON String,"
                + " Number, Array, Object or token 'null', 'true' or 'false')",
            jsonl + ":3: not a JSON object",
            dir.resolve("missing.txt") + ": no such file");
  }

  @Test
  void readsGzippedFiles() throws IOException {
    Path gz = dir.resolve("a.jsonl.gz");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(bytes)) {
      z.write("{\"id\":\"z\",\"text\":\"Egypt hosted talks.\"}\n".getBytes(StandardCharsets.UTF_8));
    }
    Files.write(gz, bytes.toByteArray());
    read(gz);
    assertThat(articles).extracting(Article::id).containsExactly("z");
  }

  @Test
  void expandsDirectoriesRecursivelyAndGlobsInAStableOrder() throws IOException {
    Files.createDirectories(dir.resolve("b/c"));
    Files.writeString(dir.resolve("b/c/2.txt"), "x");
    Files.writeString(dir.resolve("b/1.jsonl"), "x");
    Files.writeString(dir.resolve("b/notes.md"), "x");
    Files.writeString(dir.resolve("top.html"), "x");
    List<InputProblem> found = new ArrayList<>();
    assertThat(reader.expand(List.of(dir.resolve("b").toString()), found::add))
        .containsExactly(dir.resolve("b/1.jsonl").toString(), dir.resolve("b/c/2.txt").toString());
    assertThat(reader.expand(List.of(dir + "/**.txt", dir + "/*.html", "-"), found::add))
        .containsExactly(
            dir.resolve("b/c/2.txt").toString(), dir.resolve("top.html").toString(), "-");
    assertThat(found).isEmpty();
    reader.expand(List.of(dir + "/*.csv", dir.resolve("nothing").toString()), found::add);
    assertThat(found)
        .extracting(InputProblem::toString)
        .containsExactly(
            dir + "/*.csv: no file matches this pattern",
            dir.resolve("nothing") + ": no such file or directory");
  }

  @Test
  void sniffsTheFormatOfStandardInput() {
    reader.read(
        "-",
        new ByteArrayInputStream(
            "{\"id\":\"s1\",\"text\":\"Egypt hosted talks.\"}\n".getBytes(StandardCharsets.UTF_8)),
        articles::add,
        p -> problems.add(p.toString()));
    reader.read(
        "-",
        new ByteArrayInputStream(
            "<html><body><article><p>Egypt hosted talks.</p></article></body></html>"
                .getBytes(StandardCharsets.UTF_8)),
        articles::add,
        p -> problems.add(p.toString()));
    assertThat(problems).isEmpty();
    assertThat(articles).extracting(Article::text).containsOnly("Egypt hosted talks.");
    assertThat(InputFormat.sniff("  <?xml version='1.0'?><rss>")).isEqualTo(InputFormat.FEED);
    assertThat(InputFormat.sniff("Egypt hosted talks.")).isEqualTo(InputFormat.TEXT);
  }

  @Test
  void estimatesHowManyArticlesAFileHolds() throws IOException {
    Path jsonl = Files.writeString(dir.resolve("e.jsonl"), "{}\n{}\n\n{}\n");
    Path csv = Files.writeString(dir.resolve("e.csv"), "id,text\n1,a\n2,b\n");
    assertThat(reader.estimate(jsonl.toString())).isEqualTo(3);
    assertThat(reader.estimate(csv.toString())).isEqualTo(2);
    assertThat(reader.estimate("-")).isEqualTo(-1);
  }
}
