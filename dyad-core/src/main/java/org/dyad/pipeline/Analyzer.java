package org.dyad.pipeline;

import org.dyad.model.AnalyzedArticle;
import org.dyad.model.Article;

/**
 * Splits an article into sentences and tokens, tags them and parses them into dependency trees. An
 * implementation need not be thread-safe: a pipeline uses one analyzer per worker thread.
 */
public interface Analyzer {
  AnalyzedArticle analyze(Article article);
}
