package org.dyad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Token;
import org.junit.jupiter.api.Test;

/** Which sentences are worth the dependency parse. */
class EventPipelineTest {
  private final EventPipeline pipeline =
      EventPipeline.standard(
          article -> {
            throw new AssertionError("not analysed here");
          });

  /** Tokens from "word/lemma/POS" triples. */
  private static List<Token> tokens(String... items) {
    List<Token> out = new ArrayList<>();
    int offset = 0;
    for (String item : items) {
      String[] f = item.split("/", -1);
      out.add(new Token(out.size(), f[0], f[1], f[2], "O", offset, offset + f[0].length()));
      offset += f[0].length() + 1;
    }
    return out;
  }

  @Test
  void parsesASentenceWithATriggerAndTwoActors() {
    assertThat(
            pipeline.worthParsing(
                tokens("Russia/Russia/NNP", "attacked/attack/VBD", "Ukraine/Ukraine/NNP")))
        .isTrue();
  }

  @Test
  void parsesAReferenceToAPairAsTwoActors() {
    // regression: "The two countries signed an energy agreement." was skipped once
    assertThat(
            pipeline.worthParsing(
                tokens(
                    "The/the/DT",
                    "two/two/CD",
                    "countries/country/NNS",
                    "signed/sign/VBD",
                    "an/a/DT",
                    "agreement/agreement/NN")))
        .isTrue();
  }

  @Test
  void parsesAProtestWithOneActor() {
    assertThat(
            pipeline.worthParsing(
                tokens("Kenyan/Kenyan/JJ", "workers/worker/NNS", "rioted/riot/VBD")))
        .isTrue();
  }

  @Test
  void skipsATriggerWordInAPartOfSpeechTheCoderDoesNotRead() {
    // "open" codes as a verb ("opened talks"), never as an adjective or an adverb ("back")
    assertThat(
            pipeline.worthParsing(
                tokens(
                    "Russia/Russia/NNP",
                    "and/and/CC",
                    "Ukraine/Ukraine/NNP",
                    "seem/seem/VBP",
                    "open/open/JJ",
                    "and/and/CC",
                    "back/back/RB")))
        .isFalse();
    assertThat(
            pipeline.worthParsing(
                tokens(
                    "Russia/Russia/NNP",
                    "opened/open/VBD",
                    "talks/talk/NNS",
                    "with/with/IN",
                    "Ukraine/Ukraine/NNP")))
        .isTrue();
  }

  @Test
  void parsesAVerbThatOnlyCodesWithAPhraseOnlyWhenTheSentenceHasItsNoun() {
    // "go" codes only in "went on alert", "went on strike"
    assertThat(
            pipeline.worthParsing(
                tokens("Kenyan/Kenyan/JJ", "troops/troops/NNS", "went/go/VBD", "home/home/RB")))
        .isFalse();
    assertThat(
            pipeline.worthParsing(
                tokens(
                    "Kenyan/Kenyan/JJ",
                    "troops/troops/NNS",
                    "went/go/VBD",
                    "on/on/IN",
                    "alert/alert/NN",
                    "near/near/IN",
                    "Somalia/Somalia/NNP")))
        .isTrue();
  }

  @Test
  void doesNotTagASentenceMostlyInAnotherScript() {
    // a Hindi quotation that names Muslims: no event Dyad can read, and slow to tag
    assertThat(
            pipeline.worthTagging(
                tokens(
                    "\u0914\u0930/\u0914\u0930/",
                    "\u0909\u0938\u0915\u0947/\u0909\u0938\u0915\u0947/",
                    "\u0938\u093e\u0925-\u0938\u093e\u0925/\u0938\u093e\u0925-\u0938\u093e\u0925/",
                    "\u0939\u092e/\u0939\u092e/",
                    "\u0932\u094b\u0917/\u0932\u094b\u0917/",
                    "\u0905\u092d\u0940/\u0905\u092d\u0940/",
                    "\u0928\u090f/\u0928\u090f/",
                    "Muslim/Muslim/",
                    "community/community/",
                    "\u092e\u0947\u0902/\u092e\u0947\u0902/",
                    "\u0915\u093e\u092e/\u0915\u093e\u092e/",
                    "\u0915\u0930/\u0915\u0930/",
                    "\u0930\u0939\u0947/\u0930\u0939\u0947/",
                    "\u0939\u0948/\u0939\u0948/")))
        .isFalse();
    assertThat(
            pipeline.worthTagging(
                tokens(
                    "\u00dcr\u00fcmqi/\u00dcr\u00fcmqi/",
                    "Muslims/Muslims/",
                    "protested/protested/")))
        .isTrue();
  }

  @Test
  void skipsASentenceWithoutATriggerOrWithoutActors() {
    assertThat(pipeline.worthParsing(tokens("Russia/Russia/NNP", "is/be/VBZ", "large/large/JJ")))
        .isFalse();
    assertThat(
            pipeline.worthParsing(
                tokens("The/the/DT", "storm/storm/NN", "attacked/attack/VBD", "coasts/coast/NNS")))
        .isFalse();
  }

  @Test
  void countsHeAndSheAsActorsButNotItTheyOrWe() {
    assertThat(
            pipeline.worthParsing(
                tokens("He/he/PRP", "attacked/attack/VBD", "Ukraine/Ukraine/NNP")))
        .isTrue();
    // "it" and "they" only ever stand for a speaker who is named anyway: no second actor here.
    assertThat(
            pipeline.worthParsing(
                tokens(
                    "They/they/PRP",
                    "said/say/VBD",
                    "it/it/PRP",
                    "attacked/attack/VBD",
                    "Ukraine/Ukraine/NNP")))
        .isFalse();
  }

  @Test
  void tagsOnlySentencesThatNameOrReferToAnActor() {
    // Untagged tokens: no part of speech, the lemma from morphology alone.
    assertThat(pipeline.worthTagging(tokens("Russia/Russia/", "is/be/", "large/large/"))).isTrue();
    assertThat(pipeline.worthTagging(tokens("He/he/", "left/leave/"))).isTrue();
    assertThat(pipeline.worthTagging(tokens("The/the/", "storm/storm/", "passed/pass/"))).isFalse();
  }
}
