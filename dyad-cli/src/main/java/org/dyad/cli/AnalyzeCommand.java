package org.dyad.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.io.ArticleReader;
import org.dyad.io.Conllu;
import org.dyad.nlp.CoreNlpAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code dyad analyze}: prints the analysis the coder sees, as CoNLL-U. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the tokens, tags and dependency trees of articles as CoNLL-U (NER and character"
          + " offsets in the MISC column): what the coder reads. Same inputs as 'dyad code'."
    })
public final class AnalyzeCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", description = "Input files; '-' for standard input.")
  List<String> files = new ArrayList<>();

  @Mixin AnalyzerOptions analyzer;

  private final InputStream in;
  private final PrintWriter out;
  private final PrintWriter err;

  AnalyzeCommand(InputStream in, PrintWriter out, PrintWriter err) {
    this.in = in;
    this.out = out;
    this.err = err;
  }

  @Override
  public Integer call() {
    CoreNlpAnalyzer a = new CoreNlpAnalyzer(analyzer.config());
    ArticleReader reader = new ArticleReader(null);
    int[] done = {0};
    for (String file : files.isEmpty() ? List.of("-") : files) {
      String label = Inputs.label(file);
      try (BufferedReader r = Inputs.open(file, in)) {
        Inputs.read(
            reader,
            file,
            r,
            article -> {
              out.println("# article = " + article.id());
              out.print(Conllu.write(a.analyze(article)));
              done[0]++;
            },
            p -> err.println("dyad analyze: " + p));
      } catch (IOException e) {
        err.println("dyad analyze: " + label + ": cannot read: " + e.getMessage());
      }
    }
    return done[0] == 0 ? ExitCodes.NOTHING_PROCESSED : ExitCodes.OK;
  }
}
