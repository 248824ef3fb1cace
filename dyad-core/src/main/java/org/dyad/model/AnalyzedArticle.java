package org.dyad.model;

import java.util.List;
import java.util.Objects;

/** An article with the analysis of its text, as an {@code Analyzer} returns it. */
public record AnalyzedArticle(Article article, List<Sentence> sentences) {
  public AnalyzedArticle {
    Objects.requireNonNull(article, "article");
    sentences = List.copyOf(sentences);
  }
}
