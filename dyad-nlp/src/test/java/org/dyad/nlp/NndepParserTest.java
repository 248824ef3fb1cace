package org.dyad.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import org.dyad.model.Dependency;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Dyad's scorer over the nndep model must give exactly CoreNLP's parses. */
class NndepParserTest {
  private static StanfordCoreNLP tagger;
  private static NndepParser parser;

  @BeforeAll
  static void load() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos");
    tagger = new StanfordCoreNLP(p);
    parser = NndepParser.english();
  }

  private static List<CoreMap> tagged(String text) {
    Annotation a = new Annotation(text);
    tagger.annotate(a);
    return a.get(CoreAnnotations.SentencesAnnotation.class);
  }

  private static List<Dependency> coreNlp(CoreMap sentence) {
    List<Dependency> out = new ArrayList<>();
    for (TypedDependency d : parser.coreNlp().predict(sentence).typedDependencies()) {
      int governor = d.gov().index() == 0 ? Dependency.ROOT : d.gov().index() - 1;
      out.add(new Dependency(governor, d.reln().toString(), d.dep().index() - 1));
    }
    return sorted(out);
  }

  private static List<Dependency> sorted(List<Dependency> deps) {
    List<Dependency> out = new ArrayList<>(deps);
    out.sort(Comparator.comparingInt(Dependency::dependent).thenComparingInt(Dependency::governor));
    return out;
  }

  @Test
  void parsesNewsSentencesExactlyAsCoreNlpDoes() {
    String text =
        "Russia's President Vladimir Putin met Iran's Supreme Leader in Tehran on Monday. "
            + "The talks, which lasted three hours, were described by officials as constructive. "
            + "Protesters in Nairobi demanded the resignation of the interior minister after "
            + "police fired tear gas at a crowd of more than 2,000 people. "
            + "\"We will not accept any conditions,\" said a spokesman for the Foreign Ministry. "
            + "Ukraine accused Moscow of shelling the city, a claim the Kremlin denied. "
            + "Both countries agreed to resume negotiations next week in Geneva. "
            + "Did the senator really say that? "
            + "Hundreds were killed.";
    List<CoreMap> sentences = tagged(text);
    assertThat(sentences).hasSize(8);
    for (CoreMap s : sentences) {
      List<Dependency> ours = sorted(parser.parse(s));
      assertThat(ours).as(s.toString()).isEqualTo(coreNlp(s));
      assertThat(ours).extracting(Dependency::relation).contains("root");
    }
  }

  @Test
  void parsesSeededRandomWordSequencesExactlyAsCoreNlpDoes() {
    // Odd input reaches rare words and unusual configurations, where the precomputed part of the
    // hidden layer does not apply and the scorer's own arithmetic decides.
    String[] words = {
      "the",
      "Minister",
      "attacked",
      "Xqzv",
      "of",
      "talks",
      "with",
      ",",
      "and",
      "123",
      "!",
      "sanctions",
      "police",
      "said",
      "to",
      "Ouagadougou",
      "(",
      ")",
      "--",
      "rebels",
      "was",
      "not",
      "agreed",
      "Kyiv",
      "'s",
      "which",
      "blamed",
      "zzzz",
      "UN",
      "on",
      "meet"
    };
    Random random = new Random(20261129L);
    StringBuilder text = new StringBuilder();
    for (int n = 0; n < 400; n++) {
      int length = 1 + random.nextInt(35);
      for (int i = 0; i < length; i++) {
        text.append(words[random.nextInt(words.length)]).append(' ');
      }
      text.append(".\n\n");
    }
    int parsed = 0;
    for (CoreMap s : tagged(text.toString())) {
      assertThat(sorted(parser.parse(s))).as(s.toString()).isEqualTo(coreNlp(s));
      parsed++;
    }
    assertThat(parsed).isGreaterThanOrEqualTo(40);
  }
}
