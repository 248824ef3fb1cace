package org.dyad.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dyad.coding.VerbLexicon;
import org.dyad.coding.VerbPattern;
import org.dyad.model.AnalyzedArticle;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.model.Sentence;
import org.dyad.model.Token;
import org.dyad.pipeline.EventPipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CoreNlpAnalyzerTest {
  private static CoreNlpAnalyzer analyzer;

  @BeforeAll
  static void load() {
    analyzer = new CoreNlpAnalyzer(AnalyzerConfig.defaults());
  }

  private static Article article(String text) {
    return new Article("t", "", text, null, null, null);
  }

  @Test
  void tagsNamedEntitiesWhenAskedTo() {
    CoreNlpAnalyzer withNer =
        new CoreNlpAnalyzer(
            AnalyzerConfig.builder().ner(NerModel.CONLL_4CLASS).parse(false).build());
    Sentence s = withNer.analyze(article("Vladimir Putin visited Tehran.")).sentences().get(0);
    assertThat(s.tokens())
        .extracting(Token::ner)
        .containsExactly("PERSON", "PERSON", "O", "LOCATION", "O");
  }

  @Test
  void turnsTextIntoSentencesTokensTagsAndTrees() {
    String text = "Russia attacked Ukraine on Thursday.  Kyiv protested to Moscow.";
    AnalyzedArticle a = analyzer.analyze(article(text));
    assertThat(a.sentences()).hasSize(2);
    Sentence s = a.sentences().get(0);
    assertThat(s.tokens())
        .extracting(Token::text)
        .containsExactly("Russia", "attacked", "Ukraine", "on", "Thursday", ".");
    Token verb = s.token(1);
    assertThat(verb.lemma()).isEqualTo("attack");
    assertThat(verb.pos()).isEqualTo("VBD");
    // No NER by default.
    assertThat(s.token(0).ner()).isEqualTo("O");
    assertThat(s.head(0).relation()).isEqualTo("nsubj");
    assertThat(s.head(0).governor()).isEqualTo(1);
    assertThat(s.head(2).relation()).isEqualTo("obj");
    Sentence second = a.sentences().get(1);
    assertThat(text.substring(second.begin(), second.end())).isEqualTo("Kyiv protested to Moscow.");
    for (Token t : second.tokens()) {
      assertThat(text.substring(t.begin(), t.end())).isEqualTo(t.text());
    }
  }

  @Test
  void leavesOverlongSentencesUnparsed() {
    CoreNlpAnalyzer small =
        new CoreNlpAnalyzer(AnalyzerConfig.builder().maxSentenceTokens(3).build());
    AnalyzedArticle a = small.analyze(article("Russia attacked Ukraine on Thursday. Kyiv wept."));
    assertThat(a.sentences().get(0).isParsed()).isFalse();
    assertThat(a.sentences().get(1).isParsed()).isTrue();
  }

  @Test
  void analysesEmptyTextToNoSentences() {
    assertThat(analyzer.analyze(article("")).sentences()).isEmpty();
  }

  @Test
  void exposesNoCoreNlpTypeInItsPublicApi() {
    for (Class<?> c : List.of(CoreNlpAnalyzer.class, AnalyzerConfig.class, NerModel.class)) {
      for (Method m : c.getDeclaredMethods()) {
        if (!Modifier.isPublic(m.getModifiers())) {
          continue;
        }
        assertThat(m.getReturnType().getName()).as(m.toString()).doesNotStartWith("edu.stanford");
        for (Class<?> p : m.getParameterTypes()) {
          assertThat(p.getName()).as(m.toString()).doesNotStartWith("edu.stanford");
        }
      }
    }
  }

  /** The lexicon tests itself: every pattern's example sentence must code to its code. */
  @Test
  void everyLexiconPatternCodesItsOwnExample() {
    EventPipeline pipeline = EventPipeline.standard(analyzer);
    List<String> failures = new ArrayList<>();
    Map<String, Integer> perRoot = new TreeMap<>();
    for (VerbPattern p : VerbLexicon.standard().patterns()) {
      List<Event> events =
          pipeline.code(new Article(p.id(), "", p.example(), null, null, null)).events();
      boolean hit = events.stream().anyMatch(e -> e.cameoCode().equals(p.code()));
      if (!hit) {
        failures.add(
            p.id()
                + " (line "
                + p.line()
                + "): '"
                + p.example()
                + "' gave "
                + events.stream()
                    .map(e -> e.source().code() + ">" + e.target().code() + ":" + e.cameoCode())
                    .toList());
      } else {
        perRoot.merge(p.code().substring(0, 2), 1, Integer::sum);
      }
    }
    assertThat(failures).as("patterns whose example does not code").isEmpty();
    assertThat(perRoot.keySet()).as("roots with patterns").hasSizeGreaterThanOrEqualTo(20);
  }
}
