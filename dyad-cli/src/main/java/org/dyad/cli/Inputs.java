package org.dyad.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.dyad.io.ArticleReader;
import org.dyad.io.InputProblem;
import org.dyad.model.Article;

/** Opens the input files of the coding commands: strict UTF-8, '-' for standard input. */
final class Inputs {
  private Inputs() {}

  static BufferedReader open(String file, InputStream stdin) throws IOException {
    InputStream stream = file.equals("-") ? stdin : Files.newInputStream(Path.of(file));
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    return new BufferedReader(new InputStreamReader(stream, decoder));
  }

  static String label(String file) {
    return file.equals("-") ? "stdin" : file;
  }

  /** Reads one input by its format (JSON Lines by extension, else plain text). */
  static void read(
      ArticleReader reader,
      String file,
      BufferedReader r,
      Consumer<Article> articles,
      Consumer<InputProblem> problems)
      throws IOException {
    if (ArticleReader.isJsonLines(file)) {
      reader.readJsonLines(label(file), r, articles, problems);
    } else {
      reader.readText(label(file), r, articles, problems);
    }
  }
}
