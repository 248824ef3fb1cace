package org.dyad.nlp;

/** Which named-entity recogniser the analyzer runs. */
public enum NerModel {
  /** No NER: every token is tagged {@code O}. */
  NONE(null),
  /**
   * The CoNLL 4-class CRF (PERSON, LOCATION, ORGANIZATION, MISC): about 1.6 ms a sentence here,
   * against 24.6 ms for CoreNLP's default three CRFs with numeric classifiers, SUTime and fine
   * grained rules. Dyad reads actors from its own dictionaries and dates from its own rules, so the
   * four coarse classes are all it needs from NER (telling a person from a place). The default.
   */
  CONLL_4CLASS("edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz"),
  /** The 3-class CRF trained on more data: PERSON, LOCATION, ORGANIZATION. */
  ALL_3CLASS("edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");

  private final String model;

  NerModel(String model) {
    this.model = model;
  }

  String model() {
    return model;
  }
}
