package org.dyad.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Article;
import org.junit.jupiter.api.Test;

class ArticleReaderTest {
  private final List<Article> articles = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();

  private void text(String file, String content, LocalDate fallback) throws IOException {
    new ArticleReader(fallback)
        .readText(
            file,
            new BufferedReader(new StringReader(content)),
            articles::add,
            p -> problems.add(p.toString()));
  }

  private void jsonl(String content) throws IOException {
    new ArticleReader(null)
        .readJsonLines(
            "in.jsonl",
            new BufferedReader(new StringReader(content)),
            articles::add,
            p -> problems.add(p.toString()));
  }

  @Test
  void readsTitleDateLineAndBodyFromPlainText() throws IOException {
    text("news/putin.txt", "Putin in Tehran\nDate: 2015-11-25\n\nPutin met Khamenei.\n", null);
    assertThat(articles).hasSize(1);
    Article a = articles.get(0);
    assertThat(a.id()).isEqualTo("putin");
    assertThat(a.title()).isEqualTo("Putin in Tehran");
    assertThat(a.published()).isEqualTo(LocalDate.of(2015, 11, 25));
    assertThat(a.text()).isEqualTo("Putin met Khamenei.");
  }

  @Test
  void treatsASingleLineAsBodyWithTheFallbackDate() throws IOException {
    text("-", "Putin met Khamenei.", LocalDate.of(2015, 11, 25));
    assertThat(articles.get(0).title()).isEmpty();
    assertThat(articles.get(0).text()).isEqualTo("Putin met Khamenei.");
    assertThat(articles.get(0).published()).isEqualTo(LocalDate.of(2015, 11, 25));
  }

  @Test
  void reportsEmptyAndBinaryFiles() throws IOException {
    text("empty.txt", " \n\n", null);
    text("blob.bin", "abc\0def", null);
    assertThat(articles).isEmpty();
    assertThat(problems)
        .containsExactly(
            "empty.txt: empty: no text to code", "blob.bin: binary content (NUL bytes), not text");
  }

  @Test
  void reportsBadJsonLinesByLineAndReadsTheRest() throws IOException {
    jsonl(
        "{\"id\":\"a\",\"text\":\"One.\",\"date\":\"2020-01-02\"}\n"
            + "{not json\n"
            + "\n"
            + "{\"id\":\"c\"}\n"
            + "[1,2]\n"
            + "{\"id\":\"d\",\"text\":\"Two.\",\"date\":\"yesterday\"}\n"
            + "{\"text\":\"Three.\",\"url\":\"http://x\"}\n");
    assertThat(articles).extracting(Article::id).containsExactly("a", "in:7");
    assertThat(articles.get(0).published()).isEqualTo(LocalDate.of(2020, 1, 2));
    assertThat(articles.get(1).url()).isEqualTo("http://x");
    assertThat(problems)
        .hasSize(4)
        .anyMatch(p -> p.startsWith("in.jsonl:2: malformed JSON"))
        .contains(
            "in.jsonl:4: no \"text\" string",
            "in.jsonl:5: not a JSON object",
            "in.jsonl:6: not a YYYY-MM-DD date: 'yesterday'");
  }
}
