package org.dyad.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.process.Morphology;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Predicate;
import org.dyad.model.AnalyzedArticle;
import org.dyad.model.Article;
import org.dyad.model.Dependency;
import org.dyad.model.Sentence;
import org.dyad.model.Token;
import org.dyad.pipeline.Analyzer;
import org.dyad.pipeline.StageTimes;

/**
 * The analyzer on Stanford CoreNLP: tokenize, ssplit, pos, lemma, ner, nndep parse (basic Universal
 * Dependencies). Its output is Dyad's own model; no CoreNLP type leaves this class. Use one
 * instance per worker thread; CoreNLP loads each model once per JVM and shares it.
 */
public final class CoreNlpAnalyzer implements Analyzer {
  private final StanfordCoreNLP tokenizer;
  private final StanfordCoreNLP tagger;
  private final StanfordCoreNLP ner;
  private final Morphology morphology = new Morphology();
  private final NndepParser parser;
  private final AnalyzerConfig config;

  public CoreNlpAnalyzer(AnalyzerConfig config) {
    this.config = config;
    this.tokenizer = new StanfordCoreNLP(tokenizerProperties());
    this.tagger = new StanfordCoreNLP(taggerProperties());
    this.ner = config.ner() == NerModel.NONE ? null : new StanfordCoreNLP(nerProperties(config));
    this.parser = config.parse() ? NndepParser.english() : null;
  }

  // The only place Dyad speaks CoreNLP's Properties: every key is written here, from typed values.
  // Three pipelines so that each stage can be timed and the parse run on chosen sentences only.
  private static Properties tokenizerProperties() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit");
    p.setProperty("tokenize.language", "en");
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    return p;
  }

  private static Properties taggerProperties() {
    Properties p = new Properties();
    p.setProperty("annotators", "pos,lemma");
    p.setProperty("enforceRequirements", "false");
    return p;
  }

  private static Properties nerProperties(AnalyzerConfig config) {
    Properties p = new Properties();
    p.setProperty("annotators", "ner");
    p.setProperty("enforceRequirements", "false");
    p.setProperty("ner.model", config.ner().model());
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.buildEntityMentions", "false");
    return p;
  }

  public AnalyzerConfig config() {
    return config;
  }

  @Override
  public AnalyzedArticle analyze(Article article) {
    return analyze(article, tokens -> true);
  }

  @Override
  public AnalyzedArticle analyze(Article article, Predicate<List<Token>> worthParsing) {
    return analyze(article, worthParsing, new StageTimes());
  }

  @Override
  public AnalyzedArticle analyze(
      Article article, Predicate<List<Token>> worthParsing, StageTimes times) {
    return analyze(article, tokens -> true, worthParsing, times);
  }

  @Override
  public AnalyzedArticle analyze(
      Article article,
      Predicate<List<Token>> worthTagging,
      Predicate<List<Token>> worthParsing,
      StageTimes times) {
    Annotation doc = new Annotation(article.text());
    long t0 = System.nanoTime();
    tokenizer.annotate(doc);
    List<CoreMap> all = doc.get(CoreAnnotations.SentencesAnnotation.class);
    // The parser reads tags: a sentence left untagged is never parsed.
    Set<CoreMap> tagged = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    if (all != null && !all.isEmpty()) {
      // NER reads every sentence's tags: with NER on, everything is tagged.
      List<CoreMap> toTag = new ArrayList<>();
      for (CoreMap s : all) {
        if (ner != null || worthTagging.test(untagged(s))) {
          toTag.add(s);
        }
      }
      if (!toTag.isEmpty()) {
        Annotation sub = new Annotation(article.text());
        sub.set(CoreAnnotations.SentencesAnnotation.class, toTag);
        tagger.annotate(sub);
        tagged.addAll(toTag);
      }
    }
    long t1 = System.nanoTime();
    times.add(StageTimes.Stage.TOKENIZE_POS, t1 - t0);
    if (ner != null) {
      ner.annotate(doc);
      times.add(StageTimes.Stage.NER, System.nanoTime() - t1);
    }
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    List<Sentence> out = new ArrayList<>(sentences == null ? 0 : sentences.size());
    if (sentences == null) {
      return new AnalyzedArticle(article, out);
    }
    // The parser alone, not CoreNLP's depparse annotator: that one also builds collapsed,
    // CC-processed, enhanced and enhanced++ graphs for every sentence, which Dyad never reads.
    Map<CoreMap, List<Dependency>> parses = new IdentityHashMap<>();
    if (parser != null) {
      long p0 = System.nanoTime();
      for (CoreMap s : sentences) {
        if (tagged.contains(s)
            && s.get(CoreAnnotations.TokensAnnotation.class).size() <= config.maxSentenceTokens()
            && worthParsing.test(tokens(s))) {
          parses.put(s, parser.parse(s));
        }
      }
      if (!parses.isEmpty()) {
        times.add(StageTimes.Stage.PARSE, System.nanoTime() - p0);
      }
    }
    for (int i = 0; i < sentences.size(); i++) {
      out.add(convert(i, sentences.get(i), parses.get(sentences.get(i))));
    }
    return new AnalyzedArticle(article, out);
  }

  /**
   * A sentence's tokens before tagging: no part of speech, the lemma from morphology alone ("women"
   * -> "woman"), enough to see whether it names an actor.
   */
  private List<Token> untagged(CoreMap s) {
    List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
    List<Token> tokens = new ArrayList<>(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      CoreLabel l = labels.get(i);
      tokens.add(
          new Token(
              i, l.word(), morphology.stem(l.word()), "", "O", l.beginPosition(), l.endPosition()));
    }
    return tokens;
  }

  private static List<Token> tokens(CoreMap s) {
    List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
    List<Token> tokens = new ArrayList<>(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      CoreLabel l = labels.get(i);
      tokens.add(
          new Token(i, l.word(), l.lemma(), l.tag(), l.ner(), l.beginPosition(), l.endPosition()));
    }
    return tokens;
  }

  private static Sentence convert(int index, CoreMap s, List<Dependency> parse) {
    List<Token> tokens = tokens(s);
    List<Dependency> deps = new ArrayList<>(parse == null ? List.of() : parse);
    deps.sort(
        (a, b) ->
            a.dependent() != b.dependent()
                ? Integer.compare(a.dependent(), b.dependent())
                : Integer.compare(a.governor(), b.governor()));
    int begin = tokens.isEmpty() ? 0 : tokens.get(0).begin();
    int end = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).end();
    return new Sentence(index, begin, end, tokens, deps);
  }
}
