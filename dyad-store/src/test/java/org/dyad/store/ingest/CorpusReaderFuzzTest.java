package org.dyad.store.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.dyad.io.InputProblem;
import org.dyad.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded random input in every format: the reader never throws, and every file yields articles or
 * problems that name it.
 */
class CorpusReaderFuzzTest {
  private static final String[] PIECES = {
    "{",
    "}",
    "\"text\":",
    "\"id\":",
    "\"date\":\"2020-01-0",
    ",",
    "\n",
    "<item>",
    "</item>",
    "<rss>",
    "<feed>",
    "<entry>",
    "<p>",
    "</p>",
    "<script>",
    "&amp;",
    "&#x0;",
    "\"",
    "'",
    "\r\n",
    "text,id\n",
    "Egypt hosted talks. ",
    "\u00e9",
    "\uFEFF",
    "<![CDATA[",
    "]]>",
    "<title>",
    "\t"
  };

  @TempDir Path dir;

  @Test
  void neverThrowsOnRandomInputInAnyFormat() throws Exception {
    Random random = new Random(20261129L);
    CorpusReader reader = new CorpusReader(null, CsvColumns.defaults(), 4096);
    String[] extensions = {".txt", ".jsonl", ".csv", ".html", ".rss", ".atom", ".tsv", ".jsonl.gz"};
    for (int i = 0; i < 400; i++) {
      byte[] bytes;
      if (random.nextInt(4) == 0) {
        bytes = new byte[random.nextInt(300)];
        random.nextBytes(bytes);
      } else {
        StringBuilder sb = new StringBuilder();
        int n = random.nextInt(40);
        for (int k = 0; k < n; k++) {
          sb.append(PIECES[random.nextInt(PIECES.length)]);
        }
        bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
      }
      String name = "f" + i + extensions[random.nextInt(extensions.length)];
      Path file = Files.write(dir.resolve(name), bytes);
      List<Article> articles = new ArrayList<>();
      List<InputProblem> problems = new ArrayList<>();
      reader.read(file.toString(), null, articles::add, problems::add);
      for (InputProblem p : problems) {
        assertThat(p.file()).isEqualTo(file.toString());
        assertThat(p.line()).isNotNegative();
      }
      for (Article a : articles) {
        assertThat(a.text()).isNotBlank();
      }
      reader.read(
          "-",
          new ByteArrayInputStream(bytes),
          articles::add,
          p -> assertThat(p.file()).isEqualTo("stdin"));
    }
  }
}
