package org.dyad.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.io.Conllu;
import org.dyad.model.AnalyzedArticle;

/**
 * Pre-analysed articles for the benchmarks: CoNLL-U as {@code dyad analyze} prints it, one {@code #
 * article = ID} comment before each article's sentences. The bundled file holds Dyad's own example
 * articles; a bigger corpus is one {@code dyad analyze} away (docs/performance.md).
 */
final class Corpus {
  private Corpus() {}

  /** The articles of {@code file}, or of the bundled examples when it is empty. */
  static List<AnalyzedArticle> load(String file, LocalDate published) throws IOException {
    String text;
    if (file == null || file.isEmpty()) {
      try (InputStream in = Corpus.class.getResourceAsStream("examples.conllu")) {
        if (in == null) {
          throw new IllegalStateException("missing resource examples.conllu");
        }
        text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    } else {
      text = Files.readString(Path.of(file), StandardCharsets.UTF_8);
    }
    List<AnalyzedArticle> out = new ArrayList<>();
    String[] parts = text.split("(?m)^# article = ");
    for (String part : parts) {
      if (part.isBlank()) {
        continue;
      }
      int nl = part.indexOf('\n');
      String id = part.substring(0, nl).strip();
      AnalyzedArticle a = Conllu.read(id, part.substring(nl + 1));
      out.add(new AnalyzedArticle(a.article().withPublished(published), a.sentences()));
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("no '# article = ' block in " + file);
    }
    return out;
  }
}
