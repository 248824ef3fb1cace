package org.dyad.store.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * The article in a news page: its headline, date, canonical URL, publisher and body text, without
 * the navigation, scripts, sharing buttons, comments and footers around it.
 */
final class HtmlArticles {
  /** Class or id words of page furniture that is never the story. */
  private static final Pattern FURNITURE =
      Pattern.compile(
          "(?i)(^|[-_\\s])(nav|navbar|menu|footer|header|masthead|sidebar|aside|comment[s]?"
              + "|share|sharing|social|related|recommended|promo|advert|ads?|banner|cookie"
              + "|consent|subscribe|newsletter|breadcrumbs?|byline-social|tags|skip)($|[-_\\s])");

  private static final String BLOCKS = "p, h2, h3, h4, li, blockquote, pre";

  private HtmlArticles() {}

  /** What a page yields; {@code text} is empty when no story text was found. */
  record Page(String title, String text, String date, String url, String source) {}

  static Page read(Document doc) {
    String title = firstNonBlank(meta(doc, "og:title"), doc.title(), text(doc.selectFirst("h1")));
    String date =
        firstNonBlank(
            meta(doc, "article:published_time"),
            meta(doc, "datePublished"),
            meta(doc, "date"),
            meta(doc, "pubdate"),
            meta(doc, "DC.date.issued"),
            meta(doc, "dc.date"),
            attr(doc.selectFirst("time[datetime]"), "datetime"));
    String url =
        firstNonBlank(attr(doc.selectFirst("link[rel=canonical]"), "href"), meta(doc, "og:url"));
    String source = meta(doc, "og:site_name");
    doc.select(
            "script, style, noscript, template, iframe, svg, form, button, nav, header, footer,"
                + " aside, figure, figcaption")
        .remove();
    for (Element e : doc.select("[class], [id], [role]")) {
      String words = e.className() + " " + e.id();
      String role = e.attr("role").toLowerCase(Locale.ROOT);
      if (FURNITURE.matcher(words).find()
          || role.equals("navigation")
          || role.equals("banner")
          || role.equals("contentinfo")
          || role.equals("complementary")) {
        // A story wrapper with a furniture-like class ("story share-enabled") stays.
        boolean holdsStory =
            e.is("html, body, article, main") || !e.select("article, main").isEmpty();
        if (e.parent() != null && !holdsStory) {
          e.remove();
        }
      }
    }
    Element body = container(doc);
    String text = "";
    if (body != null) {
      List<String> paragraphs = new ArrayList<>();
      Elements blocks = body.select(BLOCKS);
      Set<Element> blockSet = Collections.newSetFromMap(new IdentityHashMap<>());
      blockSet.addAll(blocks);
      for (Element b : blocks) {
        // Nested blocks (a p inside an li) would be read twice.
        if (b.parents().stream().anyMatch(blockSet::contains)) {
          continue;
        }
        String t = b.text().strip();
        if (!t.isEmpty() && !(title != null && t.equals(title))) {
          paragraphs.add(t);
        }
      }
      text = paragraphs.isEmpty() ? body.text().strip() : String.join("\n\n", paragraphs);
    }
    return new Page(title == null ? "" : title.strip(), text, date, url, source);
  }

  /** The element holding the story: article, main, else the block with most paragraph text. */
  private static Element container(Document doc) {
    Element article = doc.selectFirst("article, [itemprop=articleBody], main, [role=main]");
    if (article != null && !article.text().isBlank()) {
      return article;
    }
    Element best = null;
    int bestChars = 0;
    for (Element p : doc.select("p")) {
      Element parent = p.parent();
      if (parent == null) {
        continue;
      }
      int chars = 0;
      for (Element child : parent.children()) {
        if (child.tagName().equals("p")) {
          chars += child.text().length();
        }
      }
      if (chars > bestChars) {
        bestChars = chars;
        best = parent;
      }
    }
    return best != null ? best : doc.body();
  }

  private static String meta(Document doc, String name) {
    Element m = doc.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
    if (m == null) {
      m = doc.selectFirst("meta[itemprop=" + name + "]");
    }
    return m == null ? null : m.attr("content");
  }

  private static String attr(Element e, String name) {
    return e == null ? null : e.attr(name);
  }

  private static String text(Element e) {
    return e == null ? null : e.text();
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
