package org.dyad.pipeline;

import java.util.List;
import java.util.function.Predicate;
import org.dyad.model.AnalyzedArticle;
import org.dyad.model.Article;
import org.dyad.model.Token;

/**
 * Splits an article into sentences and tokens, tags them and parses them into dependency trees. An
 * implementation need not be thread-safe: a pipeline uses one analyzer per worker thread.
 */
public interface Analyzer {
  AnalyzedArticle analyze(Article article);

  /**
   * Analyses an article but parses only the sentences {@code worthParsing} accepts (on their tagged
   * tokens): the dependency parse is the costly step, and a sentence with no actor or no trigger
   * word cannot hold an event. The default parses everything.
   */
  default AnalyzedArticle analyze(Article article, Predicate<List<Token>> worthParsing) {
    return analyze(article);
  }

  /** The same, adding the time of each analysis stage to {@code times}. */
  default AnalyzedArticle analyze(
      Article article, Predicate<List<Token>> worthParsing, StageTimes times) {
    long start = System.nanoTime();
    AnalyzedArticle a = analyze(article, worthParsing);
    times.add(StageTimes.Stage.TOKENIZE_POS, System.nanoTime() - start);
    return a;
  }

  /**
   * The same, tagging only the sentences {@code worthTagging} accepts on their untagged tokens
   * (words, and lemmas where morphology alone gives them): a sentence that names no actor need not
   * be tagged. Untagged sentences keep empty parts of speech and are not parsed. The default tags
   * everything.
   */
  default AnalyzedArticle analyze(
      Article article,
      Predicate<List<Token>> worthTagging,
      Predicate<List<Token>> worthParsing,
      StageTimes times) {
    return analyze(article, worthParsing, times);
  }
}
