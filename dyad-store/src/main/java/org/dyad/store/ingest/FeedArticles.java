package org.dyad.store.ingest;

import java.time.LocalDate;
import java.util.function.Consumer;
import org.dyad.io.InputProblem;
import org.dyad.model.Article;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The articles of an RSS 2.0 or Atom feed, one an item or entry. An item's text is its full content
 * when the feed carries it ({@code content:encoded}, Atom {@code content}), else its description or
 * summary; markup in it is reduced to text.
 */
final class FeedArticles {
  private FeedArticles() {}

  static void read(
      String file,
      Document feed,
      LocalDate defaultDate,
      Consumer<Article> articles,
      Consumer<InputProblem> problems) {
    String publisher = text(feed.selectFirst("channel > title, feed > title"));
    var items = feed.select("item, entry");
    if (items.isEmpty()) {
      problems.accept(new InputProblem(file, 0, "no RSS <item> or Atom <entry> in the feed"));
      return;
    }
    int n = 0;
    for (Element item : items) {
      n++;
      int line = item.sourceRange().isTracked() ? item.sourceRange().start().lineNumber() : n;
      String title = text(item.selectFirst("> title"));
      String html =
          firstNonBlank(
              text(item.selectFirst("> content|encoded")),
              text(item.selectFirst("> content")),
              text(item.selectFirst("> description")),
              text(item.selectFirst("> summary")));
      String body = html == null ? "" : paragraphs(html);
      if (body.isBlank()) {
        problems.accept(new InputProblem(file, line, "feed item without text: " + title));
        continue;
      }
      String url = link(item);
      String guid = firstNonBlank(text(item.selectFirst("> guid")), text(item.selectFirst("> id")));
      String date =
          firstNonBlank(
              text(item.selectFirst("> pubDate")),
              text(item.selectFirst("> published")),
              text(item.selectFirst("> dc|date")),
              text(item.selectFirst("> updated")));
      LocalDate published = LooseDates.parse(date);
      if (date != null && published == null) {
        problems.accept(
            new InputProblem(file, line, "unreadable date '" + date + "'; the item is undated"));
      }
      String id =
          firstNonBlank(guid, url, org.dyad.io.ArticleReader.idFromFileName(file) + ":" + n);
      articles.accept(
          new Article(
              id,
              title == null ? "" : title,
              body,
              published != null ? published : defaultDate,
              url,
              publisher));
    }
  }

  private static String link(Element item) {
    for (Element l : item.select("> link")) {
      String href = l.attr("href");
      String rel = l.attr("rel");
      if (!href.isBlank() && (rel.isBlank() || rel.equals("alternate"))) {
        return href.strip();
      }
      if (href.isBlank() && !l.text().isBlank()) {
        return l.text().strip();
      }
    }
    return null;
  }

  /** Feed HTML as text, one paragraph a block. */
  static String paragraphs(String html) {
    Document d = Jsoup.parseBodyFragment(html);
    d.select("script, style, img, iframe").remove();
    var blocks = d.select("p, li, blockquote, h2, h3");
    if (blocks.isEmpty()) {
      return d.text().strip();
    }
    StringBuilder sb = new StringBuilder();
    for (Element b : blocks) {
      if (!b.text().isBlank() && b.parents().stream().noneMatch(blocks::contains)) {
        if (sb.length() > 0) {
          sb.append("\n\n");
        }
        sb.append(b.text().strip());
      }
    }
    return sb.toString();
  }

  private static String text(Element e) {
    return e == null ? null : e.wholeText().strip();
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }
}
