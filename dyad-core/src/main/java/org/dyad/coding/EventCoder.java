package org.dyad.coding;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.dyad.actors.ActorResolver;
import org.dyad.actors.EntryType;
import org.dyad.actors.Quantities;
import org.dyad.actors.Religions;
import org.dyad.actors.ResolvedActor;
import org.dyad.model.Actor;
import org.dyad.model.ActorKind;
import org.dyad.model.Dependency;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * Codes events from one sentence's dependency tree: for each verb with lexicon patterns it finds
 * the clause's source (the subject, or the "by" agent of a passive) and its target (the object or a
 * prepositional phrase, as the pattern says), resolves both to actors and emits one event per
 * source and target pair.
 *
 * <p>What it leaves out on purpose: negated verbs ("did not attack"), verbs under a modal of
 * possibility ("could attack"), questions, conditional clauses ("if Iran attacks"), and acts that
 * are only intended or refused ("plans to attack", "refused to meet") unless the controlling verb
 * has a pattern of its own.
 */
public final class EventCoder {
  private static final Set<String> NEGATIONS = Set.of("not", "never", "n't", "no");
  private static final Set<String> SPECULATIVE_MODALS =
      Set.of("could", "might", "may", "would", "should", "can", "must");
  private static final Set<String> CONDITIONAL_MARKS = Set.of("if", "unless", "whether");
  private static final Set<String> INTENT_CONTROLLERS =
      Set.of(
          "agree",
          "reach",
          "promise",
          "pledge",
          "vow",
          "offer",
          "commit",
          "decide",
          "plan",
          "intend",
          "prepare",
          "seek",
          "want",
          "hope",
          "aim",
          "willing",
          "ready",
          "prepared",
          "expect",
          "undertake",
          "resolve");

  /** Passives that state an intention: "is committed to opening up the economy". */
  private static final Set<String> COMMITMENTS = Set.of("commit", "dedicate", "determine");

  private static final Set<String> PREPARATION_CONTROLLERS =
      Set.of("prepare", "prepared", "ready", "poised", "gear");

  /** Verbs that make a future act a decision taken ("announced it would", "decided to"). */
  private static final Set<String> DECISION_VERBS = Set.of("announce", "decide", "vote");

  private static final Set<String> OBJECT_CONTROL =
      Set.of(
          "urge",
          "ask",
          "force",
          "order",
          "press",
          "pressure",
          "persuade",
          "convince",
          "allow",
          "permit",
          "tell",
          "invite",
          "encourage",
          "call",
          "help",
          "enable",
          "compel",
          "oblige",
          "advise",
          "instruct",
          "request",
          "appeal",
          "beg",
          "require",
          "authorize",
          "authorise",
          "send",
          "deploy",
          "dispatch",
          "implore",
          "exhort",
          "lobby",
          "push",
          "prod",
          "coax",
          "cajole",
          "entreat",
          "beseech",
          "nudge",
          "petition",
          "warn",
          "direct",
          "command",
          "mobilize",
          "mobilise",
          "train",
          "arm",
          "equip",
          "recruit",
          "pay",
          "hire",
          "lead");
  private static final Set<String> THREAT_CONTROLLERS = Set.of("threaten", "warn");
  private static final Set<String> REFUSAL_CONTROLLERS = Set.of("refuse", "decline", "reject");
  private static final Set<String> FUTURE_AUXILIARIES = Set.of("will", "shall", "'ll");
  private static final Set<String> QUANTITY_NOUNS =
      Set.of(
          "ton",
          "tonne",
          "tons",
          "tonnes",
          "dozen",
          "dozens",
          "hundred",
          "hundreds",
          "thousand",
          "thousands",
          "million",
          "millions",
          "billion",
          "billions",
          "number",
          "lot",
          "batch",
          "shipment",
          "consignment",
          "package",
          "amount",
          "load",
          "convoy",
          "group",
          "team",
          "contingent",
          "unit",
          "squad",
          "handful",
          "score",
          "scores",
          "truckload",
          "planeload",
          "cargo",
          "part",
          "portion",
          "half",
          "most",
          "some",
          "all");
  private static final Set<String> SPEECH_VERBS =
      Set.of(
          "say",
          "announce",
          "tell",
          "state",
          "declare",
          "report",
          "claim",
          "insist",
          "add",
          "warn",
          "vow",
          "confirm",
          "indicate",
          "signal");
  private static final String PROTEST_ROOT = "14";
  private static final String APPEAL_ROOT = "02";
  private static final String CONSULT_ROOT = "04";
  private static final Map<String, String> PROTESTERS =
      Map.of(
          "demonstrator", "141",
          "protester", "141",
          "protestor", "141",
          "marcher", "141",
          "striker", "143",
          "rioter", "145");
  private static final Set<String> ADDRESSEE_SLOTS =
      Set.of("obj", "that", "to", "on", "upon", "with");
  private static final String POSTURE_ROOT = "15";
  private static final Set<String> NON_FACTUAL_CONTROLLERS =
      Set.of("fail", "deny", "try", "consider", "wish", "propose", "attempt", "struggle");
  private static final Set<String> MANDATIVE =
      Set.of(
          "demand",
          "urge",
          "ask",
          "request",
          "propose",
          "suggest",
          "recommend",
          "order",
          "hope",
          "want",
          "wish",
          "fear",
          "call",
          "appeal",
          "require",
          "stipulate");
  private static final Set<String> DOCUMENT_NOUNS =
      Set.of(
          "statement",
          "declaration",
          "communique",
          "communiqué",
          "resolution",
          "letter",
          "report",
          "message",
          "note",
          "decree",
          "order",
          "motion",
          "bill",
          "memorandum",
          "announcement",
          "appeal",
          "petition",
          "ultimatum",
          "proclamation",
          "warning",
          "notice");

  /** Aspectual verbs whose object is their controller's ("promised to continue aid"). */
  private static final Set<String> TRANSPARENT =
      Set.of("continue", "resume", "maintain", "keep", "increase", "expand", "restore", "renew");

  private static final Set<String> MANDATIVE_NOUNS =
      Set.of(
          "demand",
          "call",
          "appeal",
          "request",
          "proposal",
          "plan",
          "threat",
          "ultimatum",
          "hope",
          "wish",
          "insistence",
          "condition",
          "offer");
  private static final Set<String> RELATIVE_PRONOUNS = Set.of("which", "who", "that", "whom");
  private static final Set<String> REPORTED_PRONOUNS = Set.of("it", "they", "we", "he", "she", "i");
  private static final String CONSULT_NOT_SPECIFIED = "040";

  /** The target slot for the subject of a complement clause ("demanded that Iran stop..."). */
  static final String THAT_SLOT = "that";

  private static final Set<String> INTERNATIONAL = Set.of("IGO", "NGO", "IMG", "MNC");

  /** Verbs that assert the event noun they take as object ("announced a suspension"). */
  private static final Set<String> NOUN_CARRIERS =
      Set.of(
          "announce",
          "declare",
          "order",
          "begin",
          "start",
          "launch",
          "carry",
          "conduct",
          "stage",
          "hold",
          "make",
          "impose",
          "issue",
          "pay",
          "take",
          "undertake",
          "continue",
          "resume",
          "complete",
          "mount",
          "extend",
          "give",
          "step",
          "intensify",
          "escalate",
          "lodge",
          "file",
          "sign",
          "reach",
          "approve",
          "adopt");

  /** Verbs whose prepositional phrase is the event their subject takes part in. */
  private static final Set<String> OBL_CARRIERS =
      Set.of("engage", "participate", "involve", "resort", "join", "take", "embark", "insist");

  private static final Set<String> ADVERB_PARTICLES =
      Set.of("down", "up", "out", "off", "back", "away", "over", "in");

  /** Nouns that name an undertaking whose modifier says what it is ("mediation efforts"). */
  private static final Set<String> LIGHT_HEADS =
      Set.of(
          "effort",
          "process",
          "mission",
          "programme",
          "program",
          "campaign",
          "bid",
          "attempt",
          "operation",
          "initiative",
          "plan",
          "drive",
          "project",
          "package",
          "deal");

  private static final Set<String> TIME_NOUNS =
      Set.of(
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december",
          "day",
          "week",
          "weekend",
          "month",
          "year",
          "morning",
          "afternoon",
          "evening",
          "night",
          "today",
          "yesterday",
          "tonight");
  private static final Set<EntryType> NAMES_OF_STATES =
      Set.of(EntryType.COUNTRY, EntryType.CAPITAL);

  /** Things released that are not people: documents, and what is published ("a book", "data"). */
  private static final Set<String> RELEASED_THINGS = releasedThings();

  private static Set<String> releasedThings() {
    Set<String> out =
        new java.util.HashSet<>(
            Set.of(
                "video",
                "footage",
                "data",
                "figure",
                "result",
                "detail",
                "image",
                "photo",
                "photograph",
                "recording",
                "transcript",
                "album",
                "song",
                "film",
                "book",
                "document",
                "information",
                "list",
                "name",
                "plan",
                "version",
                "update",
                "study",
                "poll",
                "survey"));
    out.addAll(DOCUMENT_NOUNS);
    return Set.copyOf(out);
  }

  /** Participles that name who is behind a thing ("US-led", "Iranian-backed"). */
  private static final Set<String> LEADING =
      Set.of("lead", "back", "sponsor", "support", "fund", "arm", "finance", "command");

  /** Nouns of taking part, whose "in" phrase says in what ("his part in atrocities"). */
  private static final Set<String> SHARE_NOUNS =
      Set.of("part", "role", "involvement", "complicity", "participation");

  private static final Set<String> BORDER_NOUNS = Set.of("border", "frontier", "boundary");
  private static final Set<String> BELOW_CASES =
      Set.of("in", "of", "from", "on", "against", "to", "with");
  private static final Set<String> BOMB_NOUNS =
      Set.of("bombing", "bomber", "bomb", "car-bomb", "blast", "explosion");
  private static final List<String> DOMESTIC_CODES =
      List.of(
          "034", "081", "083", "084", "104", "123", "1241", "1242", "132", "137", "172", "173",
          "175");
  private static final Set<String> STATE_SECTORS = Set.of("GOV", "MIL", "COP", "JUD", "SPY");

  private final VerbLexicon lexicon;
  private final Function<String, Optional<String>> cityCountry;

  /** A coder that knows places only from the actor dictionary (countries and capitals). */
  public EventCoder(VerbLexicon lexicon) {
    this(lexicon, name -> Optional.empty());
  }

  /**
   * A coder that also knows the country of a city by its name ("in Tel Aviv", "met in Sochi"), for
   * placing meetings and unnamed targets.
   */
  public EventCoder(VerbLexicon lexicon, Function<String, Optional<String>> cityCountry) {
    this.lexicon = lexicon;
    this.cityCountry = cityCountry;
  }

  /** The events of one sentence. */
  public List<CodedEvent> code(Sentence s, ActorResolver.SentenceActors actors) {
    List<CodedEvent> out = new ArrayList<>();
    if (!s.isParsed() || isQuestion(s)) {
      return out;
    }
    List<Integer> deferred = new ArrayList<>();
    for (Token t : s.tokens()) {
      if (!t.isVerb() && !actsAsVerb(s, t.index())) {
        continue;
      }
      String lemma = t.lemma().toLowerCase(Locale.ROOT);
      List<VerbPattern> patterns = lexicon.forLemma(lemma);
      if (patterns.isEmpty()) {
        continue;
      }
      if (defersToComplement(s, t.index())) {
        deferred.add(t.index());
        continue;
      }
      Mood mood = mood(s, t.index());
      if (mood == null) {
        continue;
      }
      codeVerb(s, actors, t.index(), patterns, mood, out);
    }
    for (int controller : deferred) {
      // "threatened to deliver blows to Israel": the complement's verb is a trigger, but none of
      // its patterns fit ("deliver" codes aid); the controlling verb codes the act itself.
      int complement = complementOf(s, controller);
      boolean coded = out.stream().anyMatch(e -> e.trigger() == complement);
      Mood mood = mood(s, controller);
      if (!coded && mood != null) {
        String lemma = s.token(controller).lemma().toLowerCase(Locale.ROOT);
        codeVerb(s, actors, controller, lexicon.forLemma(lemma), mood, out);
      }
    }
    dropPurposes(s, out);
    protestDemands(s, out);
    for (Token t : s.tokens()) {
      if (t.pos().startsWith("NN") || isGerundNoun(s, t.index())) {
        List<VerbPattern> patterns = lexicon.forNoun(t.lemma().toLowerCase(Locale.ROOT));
        if (patterns.isEmpty()) {
          // "talks" is lemmatised to "talk", but the event is the plural noun.
          patterns = lexicon.forNoun(t.text().toLowerCase(Locale.ROOT));
        }
        if (!patterns.isEmpty()) {
          codeNoun(s, actors, t.index(), patterns, out);
        }
      }
    }
    return out;
  }

  /**
   * Who reported the clause: the subject of the speech verb it is the complement of ("Iran's
   * foreign ministry said..."), climbing through controlling verbs; {-1, -1} when none.
   */
  private static int[] reporter(Sentence s, int verb) {
    int v = verb;
    for (int guard = 0; guard < 6 && v >= 0; guard++) {
      Dependency up = s.head(v);
      if (up == null || up.governor() < 0) {
        break;
      }
      String rel = up.relation();
      int g = up.governor();
      if ((rel.equals("ccomp") || rel.equals("parataxis"))
          && SPEECH_VERBS.contains(s.token(g).lemma().toLowerCase(Locale.ROOT))) {
        for (Dependency d : s.children(g)) {
          if (d.relation().equals("nsubj")) {
            return new int[] {subtreeStart(s, d.dependent()), subtreeEnd(s, d.dependent())};
          }
        }
        return new int[] {-1, -1};
      }
      if (!(rel.equals("xcomp") || rel.equals("conj"))) {
        break;
      }
      v = g;
    }
    return new int[] {-1, -1};
  }

  private static int subtreeStart(Sentence s, int head) {
    int first = head;
    for (Dependency d : s.children(head)) {
      if (!d.relation().equals("punct")) {
        first = Math.min(first, subtreeStart(s, d.dependent()));
      }
    }
    return first;
  }

  private static int subtreeEnd(Sentence s, int head) {
    int end = head + 1;
    for (Dependency d : s.children(head)) {
      if (!d.relation().equals("punct")) {
        end = Math.max(end, subtreeEnd(s, d.dependent()));
      }
    }
    return end;
  }

  /**
   * The counts stated on a phrase whose last token is {@code head}, or on the quantity noun that
   * governs it ("dozens of civilians", "more than 250,000 people").
   */
  private static List<Quantities.Count> countsAround(Sentence s, int head) {
    if (head < 0 || head >= s.tokens().size()) {
      return List.of();
    }
    List<Quantities.Count> here = Quantities.on(s, head);
    if (!here.isEmpty()) {
      return here;
    }
    Dependency up = s.head(head);
    if (up != null && up.governor() >= 0 && up.baseRelation().equals("nmod")) {
      return Quantities.on(s, up.governor());
    }
    return List.of();
  }

  /** Whether a noun has the modifier a two-word event noun names ("air" in "air strike"). */
  private static boolean hasModifier(Sentence s, int noun, String modifier) {
    for (Dependency d : s.children(noun)) {
      String rel = d.relation();
      if ((rel.equals("compound") || rel.equals("amod"))
          && (s.token(d.dependent()).lemma().equalsIgnoreCase(modifier)
              || s.token(d.dependent()).text().equalsIgnoreCase(modifier))) {
        return true;
      }
    }
    return false;
  }

  /** A gerund used as a noun: "Azerbaijan's shelling of Armenia", "the bombing of Syria". */
  private static boolean isGerundNoun(Sentence s, int token) {
    if (!s.token(token).pos().equals("VBG")) {
      return false;
    }
    for (Dependency d : s.children(token)) {
      if (d.relation().equals("nmod:poss") || d.relation().equals("det")) {
        return true;
      }
    }
    return false;
  }

  /**
   * An event noun: "Putin's visit to Tehran", "strikes by Russia's air group against Islamic State
   * positions", "talks between Moscow and Tehran". Its source is its "by" phrase, else its own
   * phrase (possessor or modifier); its target a preposition the pattern names. Not coded when a
   * lexicon verb takes it as object ("launched strikes": the verb codes that) or when its clause
   * asserts nothing.
   */
  private void codeNoun(
      Sentence s,
      ActorResolver.SentenceActors actors,
      int noun,
      List<VerbPattern> patterns,
      List<CodedEvent> out) {
    int anchor = noun;
    Dependency up = s.head(noun);
    if (up != null
        && up.governor() >= 0
        && up.relation().equals("compound")
        && LIGHT_HEADS.contains(s.token(up.governor()).lemma().toLowerCase(Locale.ROOT))) {
      // "a mediation mission between Syria and Lebanon": the phrase's head carries the event.
      anchor = up.governor();
      up = s.head(anchor);
    }
    Mood mood = Mood.FACT;
    int carrierSubject = -1;
    int carrierVerb = -1;
    if (up != null && up.governor() >= 0) {
      int head = up.governor();
      String headLemma = s.token(head).lemma().toLowerCase(Locale.ROOT);
      if (up.relation().equals("obj") && lexicon.isTrigger(headLemma)) {
        int self = anchor;
        boolean coded =
            out.stream()
                .anyMatch(e -> e.trigger() == head || e.triggerEnd() > self && e.trigger() <= self);
        if (coded || !NOUN_CARRIERS.contains(headLemma)) {
          return;
        }
      }
      if (up.relation().equals("obj") && s.token(head).isVerb()) {
        // "Spain announced a suspension of flights": the one who announced it suspends.
        Clause c = Clause.of(s, head);
        carrierSubject = c == null ? -1 : c.subject;
        carrierVerb = head;
      } else if (up.baseRelation().equals("obl") && OBL_CARRIERS.contains(headLemma)) {
        // "forces engaged in ethnic cleansing", "took part in the attack on the convoy".
        for (Dependency d : s.children(head)) {
          if (d.relation().equals("nsubj") || d.relation().equals("nsubj:pass")) {
            carrierSubject = d.dependent();
          }
        }
        carrierVerb = head;
      }
      int verb = head;
      while (verb >= 0 && !s.token(verb).isVerb()) {
        Dependency next = s.head(verb);
        verb = next == null ? -1 : next.governor();
      }
      if (verb >= 0) {
        mood = mood(s, verb);
        if (mood == null) {
          return;
        }
      }
    }
    List<VerbPattern> ordered = new ArrayList<>();
    for (VerbPattern p : patterns) {
      if (p.nounModifier() != null) {
        if (hasModifier(s, noun, p.nounModifier())) {
          ordered.add(0, p);
        }
      } else {
        ordered.add(p);
      }
    }
    for (VerbPattern p : ordered) {
      List<ResolvedActor> sources = new ArrayList<>();
      List<Integer> by = new ArrayList<>();
      prepositional(s, anchor, "by", by);
      for (int b : by) {
        sources.addAll(actorsAt(s, actors, b));
      }
      if (sources.isEmpty()) {
        sources.addAll(actors.resolve(noun));
      }
      if (sources.isEmpty() && carrierSubject >= 0) {
        sources.addAll(actorsAt(s, actors, carrierSubject));
      }
      List<ResolvedActor> targets = new ArrayList<>();
      for (String slot : p.targetSlots()) {
        List<Integer> heads = new ArrayList<>();
        if (slot.equals(THAT_SLOT)) {
          // "its demands that the government grant more rights"
          for (Dependency d : s.children(anchor)) {
            if (d.relation().startsWith("acl") || d.relation().equals("ccomp")) {
              for (Dependency c : s.children(d.dependent())) {
                if (c.relation().equals("nsubj") || c.relation().equals("nsubj:pass")) {
                  heads.add(c.dependent());
                }
              }
            }
          }
        }
        prepositional(s, anchor, slot, heads);
        if (carrierVerb >= 0) {
          // "engaged in ethnic cleansing against the population": the phrase hangs on the verb.
          prepositional(s, carrierVerb, slot, heads);
        }
        for (Dependency d : s.children(anchor)) {
          if (d.baseRelation().equals("nmod") && caseOf(s, d.dependent()).equals("of")) {
            // "a suspension of flights to Morocco"
            prepositional(s, d.dependent(), slot, heads);
          }
        }
        for (int h : heads) {
          targets.addAll(notSources(actorsAt(s, actors, h), sources));
          if (targets.isEmpty()) {
            targets.addAll(notSources(actorsBelow(s, actors, h), sources));
          }
        }
        if (!targets.isEmpty()) {
          break;
        }
      }
      if (sources.isEmpty() && p.reciprocal() && targets.size() >= 2) {
        // "talks between Moscow and Tehran": the pair is both source and target.
        sources = targets;
      }
      if (sources.isEmpty() || targets.isEmpty()) {
        continue;
      }
      Clause clause = new Clause(noun, -1, -1, false);
      for (ResolvedActor a : sources) {
        for (ResolvedActor b : targets) {
          emit(s, actors, clause, noun, noun + 1, a, b, p, mood, 0.7, out);
          if (p.reciprocal() && mood == Mood.FACT) {
            emit(s, actors, clause, noun, noun + 1, b, a, p, mood, 0.65, out);
          }
        }
      }
      return;
    }
  }

  private void codeVerb(
      Sentence s,
      ActorResolver.SentenceActors actors,
      int verb,
      List<VerbPattern> patterns,
      Mood mood,
      List<CodedEvent> out) {
    Clause clause = Clause.of(s, verb);
    if (clause == null) {
      return;
    }
    String particle = particle(s, verb);
    List<VerbPattern> ordered = new ArrayList<>(patterns);
    // "forced diplomats out of the country": among patterns as specific as each other, a phrasal
    // one whose particle is there comes before the bare verb's.
    ordered.sort(
        java.util.Comparator.comparing((VerbPattern p) -> p.objectClass() == null)
            .thenComparing(
                (VerbPattern p) ->
                    !(p.particle() != null
                        && (p.particle().equals(particle)
                            || particleInPhrase(s, verb, p.particle())))));
    if (clause.object >= 0) {
      // A class met by a two-word name ("hunger strike") is more specific than one met by a word.
      int object = clause.object;
      ordered.sort(
          java.util.Comparator.comparing(
              (VerbPattern p) ->
                  !(p.objectClass() != null
                      && p.phraseCase() == null
                      && compoundInClass(s, object, p.objectClass()))));
    }
    int before = out.size();
    for (VerbPattern p : ordered) {
      if (p.particle() != null
          && !p.particle().equals(particle)
          && !particleInPhrase(s, verb, p.particle())) {
        continue;
      }
      int object = clause.object;
      int triggerEnd = verb + 1;
      int phrase = -1;
      if (VerbLexicon.OBLIGATION_CLAUSE.equals(p.objectClass())) {
        if (!hasObligationComplement(s, verb)) {
          continue;
        }
      } else if (VerbLexicon.VIEW_CLAUSE.equals(p.objectClass())) {
        if (object >= 0 || !hasViewComplement(s, verb)) {
          continue;
        }
      } else if (p.phraseCase() != null) {
        phrase = phraseInClass(s, clause, p.phraseCase(), p.phraseClass());
        if (phrase < 0) {
          continue;
        }
        triggerEnd = Math.max(triggerEnd, phrase + 1);
      } else if (p.objectClass() != null) {
        if (object < 0 || !objectInClass(s, object, p.objectClass())) {
          continue;
        }
        triggerEnd = Math.max(triggerEnd, object + 1);
        if (s.token(object).pos().equals("DT")) {
          // "evacuated the wounded": the evidence names the adjective that is the object
          for (Dependency d : s.children(object)) {
            if (d.relation().equals("amod")) {
              triggerEnd = Math.max(triggerEnd, d.dependent() + 1);
            }
          }
        }
      }
      List<ResolvedActor> sources = new ArrayList<>(actorsAt(s, actors, clause.subject));
      if (sources.isEmpty() && p.reciprocal()) {
        List<Integer> between = new ArrayList<>();
        prepositional(s, verb, "between", between);
        if (clause.object >= 0) {
          prepositional(s, clause.object, "between", between);
        }
        for (int b : between) {
          sources.addAll(actorsAt(s, actors, b));
        }
        if (sources.size() >= 2) {
          for (ResolvedActor a : sources) {
            for (ResolvedActor b : sources) {
              emit(s, actors, clause, verb, triggerEnd, a, b, p, mood, 0.7, out);
            }
          }
          return;
        }
      }
      if (sources.isEmpty()) {
        return;
      }
      List<ResolvedActor> targets = new ArrayList<>();
      boolean addressed = false;
      boolean content = false;
      for (String slot : p.targetSlots()) {
        for (int head : slot(s, clause, slot, particle, phrase)) {
          // "appealed to their followers" names an addressee; "called for free trade" names
          // only what is asked for
          addressed |= ADDRESSEE_SLOTS.contains(slot);
          content |= !ADDRESSEE_SLOTS.contains(slot);
          boolean posture = p.code().startsWith(POSTURE_ROOT);
          if (!posture && BORDER_NOUNS.contains(s.token(head).lemma().toLowerCase(Locale.ROOT))) {
            // "captured a stronghold on the Thai border": a border is a place, not its country,
            // except for a show of force, which is aimed at the country across it.
            continue;
          }
          if (p.code().startsWith(CONSULT_ROOT) && !namesActor(s, actors, head)) {
            // "received further media scrutiny": one meets, visits or hosts an actor, not a thing
            // an actor's word modifies.
            continue;
          }
          targets = notSources(actorsAt(s, actors, head), sources);
          if (targets.isEmpty()) {
            // "troops to a force in Liberia", "aid to the people of Sudan": the slot's noun is
            // no actor, but the place or group it belongs to is.
            targets = notSources(actorsBelow(s, actors, head, posture), sources);
          }
          if (!targets.isEmpty()) {
            break;
          }
        }
        if (!targets.isEmpty()) {
          break;
        }
      }
      double confidence = clause.inherited ? 0.7 : 0.85;
      if (targets.isEmpty() && p.code().startsWith(PROTEST_ROOT)) {
        // "blocked a road to show their anger at the United States' policies": the purpose says
        // whom the protest is aimed at.
        targets = notSources(purposeTargets(s, actors, verb), sources);
      }
      // An appeal for something with no addressee and no object: not "called on Arabs to unite"
      // (addressee unknown), "called Trump a clown" or "called the race for Biden".
      boolean unaddressedAppeal =
          p.code().startsWith(APPEAL_ROOT) && !addressed && content && clause.object < 0;
      if (targets.isEmpty() && (p.code().startsWith(PROTEST_ROOT) || unaddressedAppeal)) {
        // CAMEO codes a protest with no named target as aimed at the protesters' own government;
        // so is an appeal of the governed (a group, not a state) for something that names no
        // addressee ("business leaders called for free trade").
        for (ResolvedActor a : sources) {
          if (unaddressedAppeal && a.actor().sectors().isEmpty()) {
            continue;
          }
          ResolvedActor government = ownGovernment(a, verb);
          if (government != null) {
            emit(s, actors, clause, verb, triggerEnd, a, government, p, mood, 0.6, out);
          }
        }
        if (out.size() > before) {
          return;
        }
        if (p.code().startsWith(PROTEST_ROOT)) {
          continue;
        }
      }
      if (targets.isEmpty()) {
        // "Moscow and Tehran signed an agreement", "the US and Jordan agreed": with no target,
        // the members of a compound subject cooperate with each other. Conflict needs a target.
        boolean cooperative = Integer.parseInt(p.code().substring(0, 2)) <= 8;
        if ((p.reciprocal() || cooperative) && sources.size() >= 2) {
          for (ResolvedActor a : sources) {
            for (ResolvedActor b : sources) {
              emit(s, actors, clause, verb, triggerEnd, a, b, p, mood, confidence, out);
            }
          }
        }
        if (out.size() > before) {
          return;
        }
        String code = mood.transform(p.code());
        // "will bring suspects to trial" is no threat against its own country.
        boolean threat = Integer.parseInt(p.code().substring(0, 2)) >= 9 && mood == Mood.INTENT;
        // "released a statement", "released the messages": a thing released is no release of
        // people by a state.
        boolean thing =
            p.objectClass() == null
                && clause.object >= 0
                && RELEASED_THINGS.contains(
                    s.token(clause.object).lemma().toLowerCase(Locale.ROOT));
        if (code != null && isDomestic(code) && !threat && !thing) {
          // "imposed a curfew", "released 50 political prisoners", "declined to resign": CAMEO
          // codes an internal act with no named target as aimed at the actor's own country.
          for (ResolvedActor a : sources) {
            ResolvedActor country = ownCountry(a, verb);
            if (country != null) {
              ResolvedActor state = asState(actors, a);
              emit(s, actors, clause, verb, triggerEnd, state, country, p, mood, 0.6, out);
            }
          }
          if (out.size() > before) {
            return;
          }
        }
        // Nothing for this pattern: a later one of the same verb may find its target.
        continue;
      }
      for (ResolvedActor a : sources) {
        for (ResolvedActor b : targets) {
          emit(s, actors, clause, verb, triggerEnd, a, b, p, mood, confidence, out);
          // Only a fact runs both ways: "A agreed to meet B" is A's intention, not B's.
          if (p.reciprocal() && mood == Mood.FACT) {
            emit(s, actors, clause, verb, triggerEnd, b, a, p, mood, confidence * 0.9, out);
          }
        }
      }
      return;
    }
  }

  private void emit(
      Sentence s,
      ActorResolver.SentenceActors actors,
      Clause clause,
      int verb,
      int triggerEnd,
      ResolvedActor source,
      ResolvedActor target,
      VerbPattern p,
      Mood mood,
      double confidence,
      List<CodedEvent> out) {
    target = placed(s, actors, clause, verb, target);
    if (source.actor().code().equals(target.actor().code())) {
      return;
    }
    double c = confidence;
    if (source.coreferent() || target.coreferent()) {
      c *= 0.85;
    }
    String code = mood.transform(refine(s, actors, clause, verb, p, source, target));
    if (code != null && mood == Mood.FACT) {
      code = byWhatIsDemanded(s, clause, verb, code);
    }
    if (code == null) {
      return;
    }
    List<Quantities.Count> counts = new ArrayList<>();
    for (ResolvedActor a : List.of(source, target)) {
      counts.addAll(countsAround(s, a.endToken() - 1));
    }
    int[] reporter = reporter(s, verb);
    out.add(
        new CodedEvent(
            s.index(),
            verb,
            triggerEnd,
            source,
            target,
            p,
            code,
            c,
            counts,
            reporter[0],
            reporter[1]));
  }

  /**
   * A target that only took the article's focus country ("killed 23 people") takes the country of
   * the clause's place instead, when it names one ("in Tel Aviv").
   */
  private ResolvedActor placed(
      Sentence s, ActorResolver.SentenceActors actors, Clause clause, int verb, ResolvedActor t) {
    if (t.entries().stream().noneMatch(e -> e.startsWith("focus:"))) {
      return t;
    }
    String place = clausePlace(s, actors, clause, verb);
    if (place == null || place.equals(t.actor().country())) {
      return t;
    }
    Actor a = t.actor();
    Actor moved = new Actor(place, a.sectors(), place + " " + a.name(), a.kind());
    List<String> entries = new ArrayList<>(t.entries());
    entries.add("place:" + place);
    return new ResolvedActor(moved, t.firstToken(), t.endToken(), entries, true);
  }

  /**
   * The country of the clause's place ("in Tehran"), or {@code null}. Parsers attach "in Tehran" to
   * the verb or to the nearest noun ("met Khamenei in Tehran"), so both are looked at.
   */
  private String clausePlace(
      Sentence s, ActorResolver.SentenceActors actors, Clause clause, int verb) {
    List<Dependency> candidates = new ArrayList<>(s.children(verb));
    if (clause.object >= 0) {
      candidates.addAll(s.children(clause.object));
    }
    for (int time : timePhrases(s, verb)) {
      candidates.addAll(s.children(time));
    }
    for (Dependency d : s.children(verb)) {
      if (d.relation().equals("advcl") && isTemporalClause(s, d.dependent())) {
        // "killed 23 people when they blew themselves up in Tel Aviv": what happened at the same
        // time happened at the same place.
        candidates.addAll(s.children(d.dependent()));
      }
    }
    for (Dependency d : candidates) {
      String rel = d.baseRelation();
      if ((rel.equals("obl") || rel.equals("nmod")) && caseOf(s, d.dependent()).equals("in")) {
        String place = actors.placeCountry(d.dependent()).orElse(null);
        if (place == null && s.token(d.dependent()).pos().startsWith("NNP")) {
          place = cityCountry.apply(properName(s, d.dependent())).orElse(null);
        }
        if (place != null) {
          return place;
        }
      }
    }
    return null;
  }

  /**
   * Whether the head word can name an actor: not a common noun that is no actor and only takes one
   * from the word modifying it ("media scrutiny", "hospital treatment", "Iranian assistance").
   */
  private static boolean namesActor(Sentence s, ActorResolver.SentenceActors actors, int head) {
    if (!s.token(head).pos().startsWith("NN") || s.token(head).pos().startsWith("NNP")) {
      return true;
    }
    for (var m : actors.matches()) {
      if (m.covers(head)) {
        return true;
      }
    }
    for (Dependency d : s.children(head)) {
      String rel = d.relation();
      if (rel.equals("compound") || rel.equals("amod") || rel.equals("nmod:poss")) {
        for (var m : actors.matches()) {
          if (m.covers(d.dependent())) {
            return false;
          }
        }
      }
    }
    return true;
  }

  /** A proper name with the words compounded or flattened into it ("Tel Aviv"). */
  private static String properName(Sentence s, int head) {
    int first = head;
    int end = head + 1;
    for (Dependency d : s.children(head)) {
      if ((d.relation().equals("compound") || d.relation().startsWith("flat"))
          && s.token(d.dependent()).pos().startsWith("NNP")) {
        first = Math.min(first, d.dependent());
        end = Math.max(end, d.dependent() + 1);
      }
    }
    StringBuilder name = new StringBuilder();
    for (int i = first; i < end; i++) {
      if (i > first) {
        name.append(' ');
      }
      name.append(s.token(i).text());
    }
    return name.toString();
  }

  /**
   * Whether a code is for an act a state or group does inside its own country when news names no
   * target: political reform and leadership change (034, 083, 104, 123, 1241, 1242), easing or
   * imposing restrictions, curfews and emergency rule (081, 132, 137, 172), releasing or arresting
   * people (084, 173) and repression (175).
   */
  static boolean isDomestic(String code) {
    for (String prefix : DOMESTIC_CODES) {
      if (code.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  private static ResolvedActor ownCountry(ResolvedActor source, int verb) {
    Actor a = source.actor();
    if (INTERNATIONAL.contains(a.country())
        || namedByRegion(source)
        || Religions.withoutCountry(a)) {
      return null;
    }
    Actor country = new Actor(a.country(), List.of(), a.country(), ActorKind.STATE);
    return new ResolvedActor(country, verb, verb + 1, List.of("implicit:country"), true);
  }

  /**
   * A country named as the actor of a domestic act is its government: "Vietnam opened up its
   * economy" is Vietnam's government acting on Vietnam.
   */
  private static ResolvedActor asState(ActorResolver.SentenceActors actors, ResolvedActor source) {
    Actor a = source.actor();
    if (!a.sectors().isEmpty() || a.kind() != ActorKind.STATE || namedByRegion(source)) {
      return source;
    }
    // Only the country's own name: "the Office of Germany", "Georgian Tennis Federation" are
    // bodies the dictionary does not know, not the state.
    boolean named = false;
    for (var m : actors.matches()) {
      named |=
          m.firstToken() == source.firstToken()
              && m.endToken() == source.endToken()
              && NAMES_OF_STATES.contains(m.entry().type());
    }
    if (!named) {
      return source;
    }
    Actor government = new Actor(a.country(), List.of("GOV"), a.name(), a.kind());
    return new ResolvedActor(
        government, source.firstToken(), source.endToken(), source.entries(), source.coreferent());
  }

  private static boolean namedByRegion(ResolvedActor a) {
    return a.entries().stream().anyMatch(e -> e.startsWith("world-regions:"));
  }

  private static ResolvedActor ownGovernment(ResolvedActor source, int verb) {
    Actor a = source.actor();
    if (INTERNATIONAL.contains(a.country())
        || namedByRegion(source)
        || Religions.withoutCountry(a)
        || a.sectors().stream().anyMatch(STATE_SECTORS::contains)) {
      // Protesters are the governed: a state body with no target is not protesting. A world
      // region ("African students") has no government.
      return null;
    }
    Actor government =
        new Actor(a.country(), List.of("GOV"), a.country() + " government", ActorKind.STATE);
    return new ResolvedActor(government, verb, verb + 1, List.of("implicit:government"), true);
  }

  /**
   * A meeting's place says who travelled: in the target's country the source made a visit (042), in
   * the source's country it hosted one (043), elsewhere they met at a third place (044).
   */
  private String refine(
      Sentence s,
      ActorResolver.SentenceActors actors,
      Clause clause,
      int verb,
      VerbPattern p,
      ResolvedActor source,
      ResolvedActor target) {
    String bombing = bombing(s, clause, verb, p.code());
    if (bombing != null) {
      return bombing;
    }
    if (!p.code().equals(CONSULT_NOT_SPECIFIED)) {
      return p.code();
    }
    String place = clausePlace(s, actors, clause, verb);
    if (place == null) {
      return p.code();
    }
    if (place.equals(target.actor().country())) {
      return "042";
    }
    if (place.equals(source.actor().country())) {
      return "043";
    }
    return "044";
  }

  /**
   * A demand, an appeal for reform or a protest takes CAMEO's sub-code for what it asks: a change
   * of leader (1), of policy (2), rights (3), or a change of institutions or regime (4): "hunger
   * strike to demand the resignation of Ben Bella" is 1421, "demanded major constitutional changes"
   * 1044. The words are looked for in what the verb governs, not in its subject; an act whose
   * pattern gives a sub-code already keeps it.
   */
  private static String byWhatIsDemanded(Sentence s, Clause clause, int verb, String code) {
    String base;
    boolean appeal = false;
    if (code.equals("100")) {
      base = "104";
    } else if (code.equals("020")) {
      base = "024";
      appeal = true;
    } else if (code.length() == 3 && code.startsWith("14") && code.charAt(2) >= '1') {
      base = code;
    } else {
      return code;
    }
    Set<Integer> asked = new LinkedHashSet<>();
    askedOf(s, verb, appeal, 2, asked);
    for (int i : asked) {
      Token t = s.token(i);
      if (t.pos().startsWith("NNP") || i == clause.subject) {
        continue;
      }
      String w = t.lemma().toLowerCase(Locale.ROOT);
      for (int k = 0; k < DEMANDED.size(); k++) {
        if (DEMANDED.get(k).contains(w)) {
          return base + (k + 1);
        }
      }
    }
    return code;
  }

  /**
   * The words that say what an act asks for: its object and its "for", "against", "over" or "on"
   * phrase, with their modifiers and their "of" and "for" phrases ("demands for greater freedom",
   * "the resignation of the president"); for a demand or protest also its other phrases, the clause
   * it governs and the clauses its nouns govern ("a demonstration calling for the removal", "a
   * hunger strike to demand the resignation"). An appeal looks only at its object and its "for"
   * phrase: "asked why Biden did not implement the policies" asks for nothing.
   */
  private static void askedOf(Sentence s, int head, boolean appeal, int depth, Set<Integer> out) {
    for (Dependency d : s.children(head)) {
      String rel = d.baseRelation();
      int c = d.dependent();
      String prep = caseOf(s, c);
      boolean object = rel.equals("obj");
      boolean phrase =
          (rel.equals("obl") || rel.equals("nmod"))
              && (appeal ? prep.equals("for") : !prep.equals("by"));
      boolean clause =
          !appeal
              && depth > 0
              && (rel.equals("ccomp")
                  || rel.equals("xcomp")
                  || rel.equals("advcl")
                  || rel.equals("acl")
                  || rel.equals("dep"));
      if (object || phrase) {
        out.add(c);
        for (Dependency m : s.children(c)) {
          String r = m.relation();
          if (r.equals("amod") || r.equals("compound")) {
            out.add(m.dependent());
          } else if (m.baseRelation().equals("nmod")
              && (caseOf(s, m.dependent()).equals("of")
                  || caseOf(s, m.dependent()).equals("for"))) {
            out.add(m.dependent());
            askedOf(s, m.dependent(), appeal, 0, out);
          }
        }
        if (!appeal && depth > 0) {
          askedOf(s, c, false, depth - 1, out);
        }
      } else if (clause) {
        out.add(c);
        askedOf(s, c, false, depth - 1, out);
      }
    }
  }

  /**
   * What a demand or protest asks for, in CAMEO's order of sub-codes: leadership, policy, rights,
   * institutions or regime.
   */
  private static final List<Set<String>> DEMANDED =
      List.of(
          Set.of(
              "resignation",
              "resign",
              "removal",
              "ouster",
              "oust",
              "overthrow",
              "impeachment",
              "impeach",
              "dismissal",
              "departure",
              "abdication",
              "abdicate"),
          Set.of("policy", "law", "bill", "tax", "subsidy", "wage", "price", "reform"),
          Set.of("right", "freedom", "liberty", "suffrage", "equality"),
          Set.of(
              "constitution",
              "constitutional",
              "regime",
              "referendum",
              "independence",
              "autonomy",
              "democracy",
              "democratic"));

  /**
   * A killing or attack carried out by a bomb is a bombing (183): "wounded two soldiers in a bomb
   * attack", "suicide bombers killed 23 people" (1831); a car bomb is 1832, a roadside bomb 1833.
   * {@code null} when the clause names no bomb.
   */
  private static String bombing(Sentence s, Clause clause, int verb, String code) {
    if (!(code.startsWith("19") || code.equals("180") || code.startsWith("182"))) {
      return null;
    }
    List<Integer> heads = new ArrayList<>();
    if (clause.subject >= 0) {
      heads.add(clause.subject);
    }
    for (Dependency d : s.children(verb)) {
      if (d.baseRelation().equals("obl")) {
        heads.add(d.dependent());
      }
    }
    for (int h : heads) {
      String lemma = s.token(h).lemma().toLowerCase(Locale.ROOT);
      Set<String> mods = new java.util.HashSet<>();
      for (Dependency d : s.children(h)) {
        if (d.relation().equals("compound") || d.relation().equals("amod")) {
          mods.add(s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT));
          for (Dependency e : s.children(d.dependent())) {
            // "car bomb attack": the car modifies the bomb.
            if (e.relation().equals("compound") || e.relation().equals("amod")) {
              mods.add(s.token(e.dependent()).lemma().toLowerCase(Locale.ROOT));
            }
          }
        }
      }
      boolean bomb =
          BOMB_NOUNS.contains(lemma)
              || (Set.of("attack", "blast", "explosion").contains(lemma) && mods.contains("bomb"));
      if (!bomb) {
        continue;
      }
      if (mods.contains("suicide")) {
        return "1831";
      }
      if (mods.contains("car") || mods.contains("truck")) {
        return "1832";
      }
      if (mods.contains("roadside")) {
        return "1833";
      }
      return "183";
    }
    return null;
  }

  /**
   * The candidate heads of a target slot, nearest first: on the verb, on its object ("signed a deal
   * with Iran"), in its open complement ("agreed to cooperate with Iran", "threatened to attack
   * Iran"). A particle that is the slot's preposition makes the object the target ("called on
   * Russia", parsed as a phrasal verb).
   */
  private static List<Integer> slot(
      Sentence s, Clause clause, String slot, String particle, int phrase) {
    int xcomp = -1;
    for (Dependency d : s.children(clause.verb)) {
      if (d.relation().equals("xcomp")) {
        xcomp = d.dependent();
      }
    }
    List<Integer> out = new ArrayList<>(3);
    if (slot.equals(THAT_SLOT)) {
      // "demanded that North Korea abandon its programme": the complement clause's subject.
      for (Dependency d : s.children(clause.verb)) {
        if (d.relation().equals("ccomp")) {
          for (Dependency c : s.children(d.dependent())) {
            if (c.relation().equals("nsubj") || c.relation().equals("nsubj:pass")) {
              out.add(c.dependent());
            }
          }
        }
      }
      return out;
    }
    if (slot.equals("obj") || slot.equals(particle)) {
      if (clause.object >= 0) {
        out.add(clause.object);
      } else if (xcomp >= 0 && objectOf(s, xcomp) >= 0) {
        out.add(objectOf(s, xcomp));
      }
      return out;
    }
    prepositional(s, clause.verb, slot, out);
    for (int time : timePhrases(s, clause.verb)) {
      // "declared a cease-fire on Wednesday in south Lebanon": a date takes no place or target of
      // its own; the phrase the parser hung on it belongs to the verb.
      prepositional(s, time, slot, out);
    }
    if (clause.object >= 0) {
      prepositional(s, clause.object, slot, out);
      if (QUANTITY_NOUNS.contains(s.token(clause.object).lemma().toLowerCase(Locale.ROOT))) {
        // "suspended part of its aid to Egypt"
        for (Dependency d : s.children(clause.object)) {
          if (d.baseRelation().equals("nmod") && caseOf(s, d.dependent()).equals("of")) {
            prepositional(s, d.dependent(), slot, out);
          }
        }
      }
    }
    if (phrase >= 0) {
      // "committed to economic assistance for Haiti": the phrase a pattern needs is its object.
      prepositional(s, phrase, slot, out);
    }
    if (xcomp >= 0) {
      prepositional(s, xcomp, slot, out);
    }
    return out;
  }

  /** The heads of the verb's time phrases ("on Wednesday", "last week", "in May"). */
  private static List<Integer> timePhrases(Sentence s, int verb) {
    List<Integer> out = new ArrayList<>(1);
    for (Dependency d : s.children(verb)) {
      String rel = d.baseRelation();
      if ((rel.equals("obl") || d.relation().equals("nmod:tmod"))
          && TIME_NOUNS.contains(s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT))) {
        out.add(d.dependent());
      }
    }
    return out;
  }

  private static int objectOf(Sentence s, int verb) {
    for (Dependency d : s.children(verb)) {
      if (d.relation().equals("obj")) {
        return d.dependent();
      }
    }
    return -1;
  }

  private static void prepositional(Sentence s, int head, String preposition, List<Integer> out) {
    for (Dependency d : s.children(head)) {
      String rel = d.baseRelation();
      if ((rel.equals("obl") || rel.equals("nmod")) && hasCase(s, d.dependent(), preposition)) {
        out.add(d.dependent());
      }
    }
  }

  /** Whether one of the head's case markers is {@code word} ("out of Iraq" has "out" and "of"). */
  private static boolean hasCase(Sentence s, int head, String word) {
    for (Dependency d : s.children(head)) {
      if (d.relation().equals("case")
          && s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT).equals(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the verb's complement clause says what its subject must do: "must" ("said Sudan must
   * end the violence"), or "need to" / "have to" ("Japan needs to enact reforms"). Saying so is a
   * demand on that subject; "should" is left out, as it is as often an opinion as an appeal.
   */
  private static boolean hasObligationComplement(Sentence s, int verb) {
    for (Dependency d : s.children(verb)) {
      if (!d.relation().equals("ccomp")) {
        continue;
      }
      int c = d.dependent();
      String head = s.token(c).lemma().toLowerCase(Locale.ROOT);
      for (Dependency k : s.children(c)) {
        String word = s.token(k.dependent()).lemma().toLowerCase(Locale.ROOT);
        if (k.baseRelation().equals("aux") && word.equals("must")) {
          return true;
        }
        if (k.baseRelation().equals("aux")
            && (word.equals("have") || word.equals("need"))
            && hasMark(s, c, "to")) {
          // "Ghana has to reopen": the parser may take "has to" for auxiliary and marker
          return true;
        }
        if (k.relation().equals("xcomp")
            && (head.equals("need") || head.equals("have"))
            && hasMark(s, k.dependent(), "to")) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the verb has a finite complement clause without a future or modal auxiliary. */
  private static boolean hasViewComplement(Sentence s, int verb) {
    for (Dependency d : s.children(verb)) {
      if (!d.relation().equals("ccomp") || hasMark(s, d.dependent(), "to")) {
        continue;
      }
      boolean plan = false;
      for (Dependency k : s.children(d.dependent())) {
        String word = s.token(k.dependent()).lemma().toLowerCase(Locale.ROOT);
        plan |=
            k.baseRelation().equals("aux")
                && (FUTURE_AUXILIARIES.contains(word) || SPECULATIVE_MODALS.contains(word));
      }
      if (!plan) {
        return true;
      }
    }
    return false;
  }

  /** A clause of the same time: "when", "as" or "while" as its marker or adverb. */
  private static boolean isTemporalClause(Sentence s, int head) {
    for (Dependency d : s.children(head)) {
      String word = s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT);
      if ((d.relation().equals("mark") || d.relation().equals("advmod"))
          && (word.equals("when") || word.equals("as") || word.equals("while"))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasMark(Sentence s, int head, String word) {
    for (Dependency d : s.children(head)) {
      if (d.relation().equals("mark") && s.token(d.dependent()).lemma().equalsIgnoreCase(word)) {
        return true;
      }
    }
    return false;
  }

  static String caseOf(Sentence s, int head) {
    for (Dependency d : s.children(head)) {
      if (d.relation().equals("case")) {
        return s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT);
      }
    }
    return "";
  }

  /**
   * Whether the object belongs to a noun class: its lemma, its word, or its compound with the noun
   * before it ("hunger strike", "martial law").
   */
  private boolean objectInClass(Sentence s, int object, String className) {
    Token o = s.token(object);
    if (lexicon.inClass(className, o.lemma()) || lexicon.inClass(className, o.text())) {
      return true;
    }
    if (compoundInClass(s, object, className) || hyphenatedInClass(s, object, className)) {
      return true;
    }
    if (LIGHT_HEADS.contains(o.lemma().toLowerCase(Locale.ROOT))) {
      // "mediation efforts", "the aid programme", "a mission of observers": the modifier is what
      // the undertaking is.
      for (Dependency d : s.children(object)) {
        if ((d.relation().equals("compound") || d.relation().equals("amod"))
            && lexicon.inClass(className, s.token(d.dependent()).lemma())) {
          return true;
        }
        if (d.baseRelation().equals("nmod")
            && caseOf(s, d.dependent()).equals("of")
            && lexicon.inClass(className, s.token(d.dependent()).lemma())) {
          return true;
        }
      }
    }
    if (o.pos().equals("DT")) {
      // "evacuated the wounded": an adjective used as a noun, parsed as the article's modifier.
      for (Dependency d : s.children(object)) {
        if (d.relation().equals("amod")
            && lexicon.inClass(className, s.token(d.dependent()).text())) {
          return true;
        }
      }
    }
    if (SHARE_NOUNS.contains(o.lemma().toLowerCase(Locale.ROOT))) {
      // "indicted for his part in atrocities", "accused of a role in the genocide"
      for (Dependency d : s.children(object)) {
        if (d.baseRelation().equals("nmod")
            && caseOf(s, d.dependent()).equals("in")
            && objectInClass(s, d.dependent(), className)) {
          return true;
        }
      }
    }
    if (QUANTITY_NOUNS.contains(o.lemma().toLowerCase(Locale.ROOT))) {
      // "25,000 tons of food aid", "dozens of prisoners": the class is the "of" noun's.
      for (Dependency d : s.children(object)) {
        if (d.baseRelation().equals("nmod") && caseOf(s, d.dependent()).equals("of")) {
          return objectInClass(s, d.dependent(), className);
        }
      }
    }
    return false;
  }

  /**
   * The head of the verb's phrase with this preposition whose noun is in the class ("held refugees
   * as human shields", "put troops on high alert"), or -1. Parsers hang the phrase on the verb or
   * on its object, so both are looked at.
   */
  private int phraseInClass(Sentence s, Clause clause, String preposition, String className) {
    List<Integer> heads = new ArrayList<>(2);
    prepositional(s, clause.verb, preposition, heads);
    if (clause.object >= 0) {
      prepositional(s, clause.object, preposition, heads);
    }
    for (int h : heads) {
      if (objectInClass(s, h, className)) {
        return h;
      }
    }
    return -1;
  }

  /**
   * Whether a word the tokenizer split at its hyphen belongs to the class: "cease-fire" comes as
   * "cease", "-", "fire", and may be written "cease-fire" or "ceasefire" in the class.
   */
  private boolean hyphenatedInClass(Sentence s, int object, String className) {
    if (object < 2 || !s.token(object - 1).text().equals("-")) {
      return false;
    }
    Token first = s.token(object - 2);
    Token last = s.token(object);
    if (last.begin() - first.end() != 1) {
      return false;
    }
    for (String tail : List.of(last.text(), last.lemma())) {
      if (lexicon.inClass(className, first.text() + "-" + tail)
          || lexicon.inClass(className, first.text() + tail)) {
        return true;
      }
    }
    return false;
  }

  private boolean compoundInClass(Sentence s, int object, String className) {
    Token o = s.token(object);
    for (Dependency d : s.children(object)) {
      if (d.relation().equals("compound") || d.relation().equals("amod")) {
        String first = s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT);
        if (lexicon.inClass(className, first + " " + o.lemma().toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
    }
    return false;
  }

  /** A particle parsed as a preposition of the verb's phrase ("pulled troops out of Iraq"). */
  private static boolean particleInPhrase(Sentence s, int verb, String particle) {
    for (Dependency d : s.children(verb)) {
      if (d.baseRelation().equals("obl") && hasCase(s, d.dependent(), particle)) {
        return true;
      }
    }
    return false;
  }

  private static String particle(Sentence s, int verb) {
    for (Dependency d : s.children(verb)) {
      if (d.relation().equals("compound:prt")) {
        return s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT);
      }
    }
    for (Dependency d : s.children(verb)) {
      // "stepped down", "pulled out" are often parsed with the particle as an adverb.
      String word = s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT);
      if (d.relation().equals("advmod")
          && d.dependent() == verb + 1
          && ADVERB_PARTICLES.contains(word)) {
        return word;
      }
    }
    return null;
  }

  /** The actors at a head and at every head conjoined with it ("Moscow and Tehran"). */
  private static List<ResolvedActor> actorsAt(
      Sentence s, ActorResolver.SentenceActors actors, int head) {
    if (head < 0) {
      return List.of();
    }
    List<ResolvedActor> own = actors.resolve(head);
    Set<ResolvedActor> out = new LinkedHashSet<>(own);
    int noun = head;
    if (Quantities.isQuantityNoun(s.token(head)) && Quantities.countedNoun(s, head) >= 0) {
      noun = Quantities.countedNoun(s, head);
    }
    for (ResolvedActor r : own) {
      // "Sierra Leonean and Liberian refugees", "French and German troops": one noun, two peoples.
      for (Dependency m : s.children(noun)) {
        if (!m.relation().equals("amod")) {
          continue;
        }
        for (Dependency k : s.children(m.dependent())) {
          if (!k.relation().equals("conj")) {
            continue;
          }
          String country = actors.placeCountry(k.dependent()).orElse(null);
          if (country != null && !country.equals(r.actor().country())) {
            Actor a = r.actor();
            Actor other =
                new Actor(country, a.sectors(), country + " " + s.token(head).text(), a.kind());
            out.add(new ResolvedActor(other, r.firstToken(), r.endToken(), r.entries(), false));
          }
        }
      }
    }
    for (int h : noun == head ? List.of(head) : List.of(head, noun)) {
      // "scores of Togolese and Ivorian refugees": the counted nouns are conjoined.
      for (Dependency d : s.children(h)) {
        if (d.relation().equals("conj")) {
          out.addAll(actorsAt(s, actors, d.dependent()));
        }
      }
    }
    return new ArrayList<>(out);
  }

  /**
   * The actors named in a verb's purpose clause ("to show their disapproval of X's policy") or in
   * the condition it sets ("unless Israel rescinds the law": Israel must comply).
   */
  private static List<ResolvedActor> purposeTargets(
      Sentence s, ActorResolver.SentenceActors actors, int verb) {
    List<Integer> heads = new ArrayList<>(List.of(verb));
    Dependency above = s.head(verb);
    if (above != null && above.governor() >= 0 && above.relation().equals("xcomp")) {
      heads.add(above.governor());
    }
    for (int h : heads) {
      for (Dependency d : s.children(h)) {
        if (!d.relation().equals("advcl")) {
          continue;
        }
        boolean condition = false;
        int subject = -1;
        for (Dependency c : s.children(d.dependent())) {
          String w = s.token(c.dependent()).lemma().toLowerCase(Locale.ROOT);
          condition |= c.relation().equals("mark") && (w.equals("unless") || w.equals("until"));
          if (c.relation().equals("nsubj")) {
            subject = c.dependent();
          }
        }
        if (condition && subject >= 0) {
          List<ResolvedActor> found = actorsAt(s, actors, subject);
          if (!found.isEmpty()) {
            return found;
          }
        }
      }
    }
    for (Dependency d : s.children(verb)) {
      if (!(d.relation().equals("xcomp") || d.relation().equals("advcl"))) {
        continue;
      }
      int purpose = d.dependent();
      for (Dependency c : s.children(purpose)) {
        String rel = c.baseRelation();
        if (rel.equals("obj") || rel.equals("obl")) {
          List<ResolvedActor> found = actorsAt(s, actors, c.dependent());
          if (found.isEmpty()) {
            found = actorsBelow(s, actors, c.dependent());
          }
          if (found.isEmpty()) {
            for (Dependency n : s.children(c.dependent())) {
              if (n.baseRelation().equals("nmod")) {
                found = actorsAt(s, actors, n.dependent());
                if (!found.isEmpty()) {
                  break;
                }
              }
            }
          }
          if (!found.isEmpty()) {
            return found;
          }
        }
      }
    }
    return List.of();
  }

  /**
   * Targets that are not the source itself: "lifted the curfew in Cairo" names the government's own
   * seat, which leaves the act without a target of its own.
   */
  private static List<ResolvedActor> notSources(
      List<ResolvedActor> targets, List<ResolvedActor> sources) {
    List<ResolvedActor> out = new ArrayList<>(targets);
    out.removeIf(t -> sources.stream().anyMatch(a -> a.actor().code().equals(t.actor().code())));
    return out;
  }

  /**
   * The actors of a noun's own phrase ("a force in Liberia", "the people of Iraq", "a delegation
   * from Iran", "the attack on Turkish soldiers").
   */
  private static List<ResolvedActor> actorsBelow(
      Sentence s, ActorResolver.SentenceActors actors, int head) {
    return actorsBelow(s, actors, head, false);
  }

  private static List<ResolvedActor> actorsBelow(
      Sentence s, ActorResolver.SentenceActors actors, int head, boolean borders) {
    for (Dependency d : s.children(head)) {
      if (d.relation().equals("amod")
          && LEADING.contains(s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT))) {
        // "the US-led war against Iraq", "a Saudi-backed offensive": the war is its leader's.
        for (Dependency c : s.children(d.dependent())) {
          String rel = c.baseRelation();
          if (rel.equals("obl")
              || rel.equals("compound")
              || rel.equals("nsubj")
              || rel.equals("dep")) {
            List<ResolvedActor> found = actorsAt(s, actors, c.dependent());
            if (!found.isEmpty()) {
              return found;
            }
          }
        }
      }
    }
    for (Dependency d : s.children(head)) {
      if (d.baseRelation().equals("nmod") && caseOf(s, d.dependent()).equals("by")) {
        // "demonstrations against violations by the Israeli military", "condemned the killing of
        // protesters by police": an act is aimed at whoever committed it.
        List<ResolvedActor> found = actorsAt(s, actors, d.dependent());
        if (!found.isEmpty()) {
          return found;
        }
      }
    }
    for (Dependency d : s.children(head)) {
      if (d.baseRelation().equals("nmod")) {
        String c = caseOf(s, d.dependent());
        if (BELOW_CASES.contains(c)
            && (borders
                || !BORDER_NOUNS.contains(
                    s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT)))) {
          List<ResolvedActor> found = actorsAt(s, actors, d.dependent());
          if (!found.isEmpty()) {
            return found;
          }
        }
      }
    }
    for (Dependency d : s.children(head)) {
      if (d.relation().equals("ccomp")
          || (d.relation().equals("acl") && hasMark(s, d.dependent(), "that"))) {
        // "comment on an estimate that Yugoslav troops were losing": a report, claim or estimate
        // is about the subject of its content clause.
        for (Dependency c : s.children(d.dependent())) {
          if (c.relation().equals("nsubj") || c.relation().equals("nsubj:pass")) {
            List<ResolvedActor> found = actorsAt(s, actors, c.dependent());
            if (!found.isEmpty()) {
              return found;
            }
          }
        }
      }
    }
    return List.of();
  }

  private static boolean isQuestion(Sentence s) {
    List<Token> t = s.tokens();
    return !t.isEmpty() && t.get(t.size() - 1).text().equals("?");
  }

  /** Whether the verb's clause asserts that the act happened. */
  /**
   * The mood of a verb's clause, or {@code null} when it asserts nothing (negated, speculative,
   * conditional, or the complement of a verb that codes the event itself).
   */
  private Mood mood(Sentence s, int verb) {
    if (negatedFuture(s, verb)) {
      // A declared refusal: cooperation refused is a rejection (12); conflict renounced is none.
      return Mood.REFUSAL;
    }
    if (!ownClauseAsserts(s, verb)) {
      return null;
    }
    Dependency up = s.head(verb);
    if (isCommitment(s, verb)) {
      // "Vietnam is committed to opening up the economy": a stated intention.
      return mood(s, up.governor()) == null ? null : Mood.INTENT;
    }
    if (up != null
        && up.governor() >= 0
        && (up.relation().equals("dep") || up.relation().equals("advcl"))
        && s.token(verb).pos().equals("VBG")
        && s.token(up.governor()).isVerb()) {
      // A participle clause ("..., killing two soldiers"; "resume shelling") is as certain as the
      // clause it hangs on.
      return mood(s, up.governor());
    }
    if (up != null && up.governor() >= 0 && up.relation().equals("xcomp")) {
      int c = up.governor();
      String controller = s.token(c).lemma().toLowerCase(Locale.ROOT);
      Mood outer = mood(s, c);
      if (outer == null) {
        return null;
      }
      if (PREPARATION_CONTROLLERS.contains(controller)) {
        return Mood.PREPARATION;
      }
      if (DECISION_VERBS.contains(controller)) {
        return Mood.DECISION;
      }
      if (INTENT_CONTROLLERS.contains(controller)) {
        return Mood.INTENT;
      }
      if (THREAT_CONTROLLERS.contains(controller)) {
        return Mood.THREAT;
      }
      if (REFUSAL_CONTROLLERS.contains(controller)) {
        return Mood.REFUSAL;
      }
      if (lexicon.hasGenericPattern(controller) || NON_FACTUAL_CONTROLLERS.contains(controller)) {
        return null;
      }
      return outer;
    }
    for (Dependency d : s.children(verb)) {
      if (!d.baseRelation().equals("aux")) {
        continue;
      }
      String aux = s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT);
      Dependency said = s.head(verb);
      // "announced it would suspend all aid": a measure announced is a measure taken; "announced
      // that he will withdraw the inspectors" states what is yet to come, as CAMEO's own examples
      // read them (162 and 136).
      if (aux.equals("would")
          && said != null
          && said.governor() >= 0
          && said.relation().equals("ccomp")
          && DECISION_VERBS.contains(s.token(said.governor()).lemma().toLowerCase(Locale.ROOT))) {
        return Mood.DECISION;
      }
      if (FUTURE_AUXILIARIES.contains(aux)) {
        return Mood.INTENT;
      }
      if (aux.equals("would") && isReported(s, verb)) {
        // "said they would blockade Paris": a reported future, not a conditional.
        return Mood.INTENT;
      }
    }
    return Mood.FACT;
  }

  /**
   * Whether the verb is the gerund of a passive of commitment: "is committed to opening", "is
   * dedicated to restoring", "is determined to defending".
   */
  private static boolean isCommitment(Sentence s, int verb) {
    Dependency up = s.head(verb);
    if (up == null
        || up.governor() < 0
        || !(up.relation().equals("advcl") || up.relation().equals("xcomp"))
        || !s.token(verb).pos().equals("VBG")
        || !(hasCase(s, verb, "to") || hasMark(s, verb, "to"))) {
      return false;
    }
    int g = up.governor();
    if (!COMMITMENTS.contains(s.token(g).lemma().toLowerCase(Locale.ROOT))) {
      return false;
    }
    for (Dependency d : s.children(g)) {
      if (d.relation().equals("nsubj:pass") || d.relation().equals("aux:pass")) {
        return true;
      }
    }
    return false;
  }

  private static boolean ownClauseAsserts(Sentence s, int verb) {
    Dependency up = s.head(verb);
    if (up != null
        && up.governor() >= 0
        && up.relation().equals("ccomp")
        && MANDATIVE.contains(s.token(up.governor()).lemma().toLowerCase(Locale.ROOT))) {
      // "demanded that Israel withdraw": what is demanded, urged or hoped for has not happened.
      return false;
    }
    if (up != null
        && up.governor() >= 0
        && (up.relation().startsWith("acl") || up.relation().equals("ccomp"))
        && !RELATIVE_PRONOUNS.contains(subjectWord(s, verb))
        && MANDATIVE_NOUNS.contains(s.token(up.governor()).lemma().toLowerCase(Locale.ROOT))) {
      // "its demands that the government grant more rights"
      return false;
    }
    if (up != null
        && up.governor() >= 0
        && (up.relation().startsWith("acl")
            || up.relation().equals("ccomp")
            || (up.relation().equals("dep") && hasMark(s, verb, "that")))
        && !RELATIVE_PRONOUNS.contains(subjectWord(s, verb))) {
      Dependency above = s.head(up.governor());
      if (above != null
          && above.governor() >= 0
          && above.relation().equals("obj")
          && MANDATIVE.contains(s.token(above.governor()).lemma().toLowerCase(Locale.ROOT))) {
        // "demanded an admission that its forces killed the officers": the content of what is
        // demanded is not asserted.
        return false;
      }
    }
    for (Dependency d : s.children(verb)) {
      String lemma = s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT);
      if ((d.baseRelation().equals("advmod") || d.relation().equals("neg"))
          && NEGATIONS.contains(lemma)) {
        return false;
      }
      if (d.baseRelation().equals("aux")
          && SPECULATIVE_MODALS.contains(lemma)
          && !(lemma.equals("would") && isReported(s, verb))) {
        return false;
      }
      if (d.relation().equals("mark") && CONDITIONAL_MARKS.contains(lemma)) {
        return false;
      }
    }
    return true;
  }

  private static String subjectWord(Sentence s, int verb) {
    for (Dependency d : s.children(verb)) {
      if (d.relation().startsWith("nsubj")) {
        return s.token(d.dependent()).text().toLowerCase(Locale.ROOT);
      }
    }
    return "";
  }

  /**
   * Whether a negated clause states a refusal: "will not accept more refugees", "would not meet
   * their demands" (a future act declared not to happen), unless it is conditional.
   */
  private static boolean negatedFuture(Sentence s, int verb) {
    boolean negated = false;
    boolean future = false;
    for (Dependency d : s.children(verb)) {
      String lemma = s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT);
      if ((d.baseRelation().equals("advmod") || d.relation().equals("neg"))
          && NEGATIONS.contains(lemma)) {
        negated = true;
      } else if (d.baseRelation().equals("aux")
          && (FUTURE_AUXILIARIES.contains(lemma)
              || (lemma.equals("would") && isReported(s, verb)))) {
        future = true;
      } else if (d.baseRelation().equals("aux") && SPECULATIVE_MODALS.contains(lemma)) {
        return false;
      } else if (d.relation().equals("mark") && CONDITIONAL_MARKS.contains(lemma)) {
        return false;
      }
    }
    return negated && future;
  }

  /** Whether the clause is what someone said or announced ("X said Y would..."). */
  private static boolean isReported(Sentence s, int verb) {
    Dependency up = s.head(verb);
    return up != null
        && up.governor() >= 0
        && up.relation().equals("ccomp")
        && SPEECH_VERBS.contains(s.token(up.governor()).lemma().toLowerCase(Locale.ROOT));
  }

  /**
   * Whether a controlling verb ("agreed", "threatened", "refused") leaves the coding to its
   * complement, which then carries the mood: "threatened to attack Iran" is one threat, coded once.
   */
  private boolean defersToComplement(Sentence s, int verb) {
    String lemma = s.token(verb).lemma().toLowerCase(Locale.ROOT);
    if (!(INTENT_CONTROLLERS.contains(lemma)
        || THREAT_CONTROLLERS.contains(lemma)
        || REFUSAL_CONTROLLERS.contains(lemma))) {
      return false;
    }
    for (Dependency d : s.children(verb)) {
      if (d.relation().equals("xcomp")
          && lexicon.isTrigger(s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A word tagged as a noun that heads a clause with a subject and an auxiliary ("they would
   * blockade Paris", where the tagger took "blockade" for a noun).
   */
  private static boolean actsAsVerb(Sentence s, int token) {
    if (!s.token(token).pos().startsWith("NN")) {
      return false;
    }
    boolean subject = false;
    boolean aux = false;
    for (Dependency d : s.children(token)) {
      subject |= d.relation().equals("nsubj");
      aux |= d.baseRelation().equals("aux") && s.token(d.dependent()).pos().equals("MD");
    }
    return subject && aux;
  }

  /**
   * Drops the events of purpose clauses whose governing act was coded ("went on hunger strike to
   * demand his resignation" is the protest; the demand is what it is for).
   */
  private void dropPurposes(Sentence s, List<CodedEvent> out) {
    Set<Integer> triggers = new java.util.HashSet<>();
    for (CodedEvent e : out) {
      triggers.add(e.trigger());
    }
    out.removeIf(
        e -> {
          Dependency up = s.head(e.trigger());
          if (up == null
              || up.governor() < 0
              || !(up.relation().equals("xcomp") || up.relation().equals("advcl"))
              || !triggers.contains(up.governor())) {
            return false;
          }
          String governor = s.token(up.governor()).lemma().toLowerCase(Locale.ROOT);
          if (INTENT_CONTROLLERS.contains(governor)
              || THREAT_CONTROLLERS.contains(governor)
              || REFUSAL_CONTROLLERS.contains(governor)
              || PREPARATION_CONTROLLERS.contains(governor)
              || DECISION_VERBS.contains(governor)) {
            return false;
          }
          for (Dependency d : s.children(e.trigger())) {
            if (d.relation().equals("mark")
                && s.token(d.dependent()).text().equalsIgnoreCase("to")) {
              return true;
            }
          }
          return false;
        });
  }

  /**
   * A demand or appeal voiced by a protest is the protest, as CAMEO codes it: "a demonstration
   * calling for Mubarak's removal", "demonstrators demanding a referendum". It becomes the
   * protest's code, or goes when the protest is coded already.
   */
  private void protestDemands(Sentence s, List<CodedEvent> out) {
    for (int i = out.size() - 1; i >= 0; i--) {
      CodedEvent e = out.get(i);
      if (!(e.code().startsWith(APPEAL_ROOT) || e.code().startsWith("10"))) {
        continue;
      }
      Dependency up = s.head(e.trigger());
      if (up == null || up.governor() < 0) {
        continue;
      }
      if ((up.relation().equals("advcl") || up.relation().equals("dep"))
          && s.token(e.trigger()).pos().equals("VBG")) {
        // "staged rallies against Abbas, saying he must resign": what the protesters say while
        // protesting is the protest's demand.
        int verb = up.governor();
        String source = e.source().actor().code();
        CodedEvent protest = null;
        for (CodedEvent o : out) {
          if (o.trigger() == verb
              && o.code().startsWith(PROTEST_ROOT)
              && o.source().actor().code().equals(source)) {
            protest = o;
          }
        }
        if (protest != null) {
          if (protest.target().entries().contains("implicit:government")) {
            out.set(out.indexOf(protest), protest.withTarget(e.target()));
          }
          out.remove(i);
          continue;
        }
      }
      if (!(up.relation().startsWith("acl") || up.relation().equals("dep"))
          || up.relation().equals("acl:relcl")) {
        continue;
      }
      int noun = up.governor();
      if (org.dyad.actors.Quantities.isQuantityNoun(s.token(noun))) {
        // "thousands of demonstrators demanding a referendum"
        int counted = org.dyad.actors.Quantities.countedNoun(s, noun);
        noun = counted >= 0 ? counted : noun;
      }
      String protest = protestCode(s.token(noun));
      if (protest == null) {
        continue;
      }
      String source = e.source().actor().code();
      int coded = -1;
      for (int j = 0; j < out.size(); j++) {
        CodedEvent o = out.get(j);
        if (o.code().startsWith(PROTEST_ROOT) && o.source().actor().code().equals(source)) {
          coded = j;
        }
      }
      if (coded >= 0) {
        CodedEvent o = out.get(coded);
        if (o.target().entries().contains("implicit:government")) {
          // "rioted after a rally calling for the Ugandan president's resignation": the demand
          // says whom the protest is aimed at.
          out.set(coded, o.withTarget(e.target()));
        }
        out.remove(i);
      } else {
        out.set(i, e.withCode(protest, e.confidence() * 0.9));
      }
    }
  }

  /** The protest a noun names ("demonstration", "rally", "demonstrators"), or null. */
  private String protestCode(Token noun) {
    String lemma = noun.lemma().toLowerCase(Locale.ROOT);
    String people = PROTESTERS.get(lemma);
    if (people != null) {
      return people;
    }
    for (VerbPattern p : lexicon.forNoun(lemma)) {
      if (p.code().startsWith(PROTEST_ROOT)) {
        return p.code();
      }
    }
    return null;
  }

  private static int complementOf(Sentence s, int verb) {
    for (Dependency d : s.children(verb)) {
      if (d.relation().equals("xcomp")) {
        return d.dependent();
      }
    }
    return -1;
  }

  /** A verb's subject and object, with voice and control resolved. */
  private static final class Clause {
    final int verb;
    final int subject;
    final int object;
    final boolean inherited;

    private Clause(int verb, int subject, int object, boolean inherited) {
      this.verb = verb;
      this.subject = subject;
      this.object = object;
      this.inherited = inherited;
    }

    static Clause of(Sentence s, int verb) {
      int subject = -1;
      int passiveSubject = -1;
      int agent = -1;
      int object = -1;
      for (Dependency d : s.children(verb)) {
        switch (d.relation()) {
          case "nsubj" -> subject = d.dependent();
          case "nsubj:pass" -> passiveSubject = d.dependent();
          case "obj", "dobj" -> object = d.dependent();
          case "obl:agent" -> agent = d.dependent();
          case "obl" -> {
            if (caseOf(s, d.dependent()).equals("by")) {
              agent = d.dependent();
            }
          }
          default -> {}
        }
      }
      if (object < 0) {
        for (int time : timePhrases(s, verb)) {
          for (Dependency d : s.children(time)) {
            if (d.relation().equals("dep") && s.token(d.dependent()).pos().startsWith("NN")) {
              // "rejected Thursday a United Nations appeal": the parser took the object for the
              // date's; a date has none.
              object = d.dependent();
            }
          }
        }
      }
      if (object < 0) {
        for (Dependency d : s.children(verb)) {
          if (d.relation().equals("xcomp")
              && TRANSPARENT.contains(s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT))) {
            // "promised to continue military aid": the aid is what was promised.
            object = objectOf(s, d.dependent());
          }
        }
      }
      if (passiveSubject >= 0) {
        // "X was attacked by Y": Y acts on X.
        // Without a "by" phrase the clause has no source of its own; a reciprocal pattern may
        // still find its pair in "between A and B" ("MoUs were signed between A and B").
        return new Clause(verb, agent, passiveSubject, false);
      }
      boolean inherited = false;
      if (subject >= 0 && REPORTED_PRONOUNS.contains(lower(s, subject))) {
        // "Iran said it would attack Israel": the pronoun is the speaker.
        Dependency up = s.head(verb);
        if (up != null
            && up.governor() >= 0
            && up.relation().equals("ccomp")
            && SPEECH_VERBS.contains(s.token(up.governor()).lemma().toLowerCase(Locale.ROOT))) {
          for (Dependency d : s.children(up.governor())) {
            if (d.relation().equals("nsubj")) {
              subject = d.dependent();
              inherited = true;
            }
          }
        }
      }
      if (subject >= 0 && RELATIVE_PRONOUNS.contains(lower(s, subject))) {
        Dependency up = s.head(verb);
        if (up != null && up.governor() >= 0 && up.relation().startsWith("acl")) {
          subject = up.governor();
          inherited = true;
        }
      }
      if (subject < 0 && isCommitment(s, verb)) {
        // "Vietnam is committed to opening up": the one committed acts.
        Clause committed = of(s, s.head(verb).governor());
        if (committed != null && committed.object >= 0) {
          return new Clause(verb, committed.object, object, true);
        }
      }
      if (subject < 0) {
        Dependency up = s.head(verb);
        if (up != null && up.governor() >= 0) {
          // "shelled the town, killing two soldiers": a participle clause (often parsed as a
          // bare dependent) shares its governor's subject.
          boolean participle =
              (up.relation().equals("advcl") || up.relation().equals("dep"))
                  && s.token(verb).pos().equals("VBG");
          if (up.relation().equals("conj") || up.relation().equals("xcomp") || participle) {
            Clause parent = of(s, up.governor());
            if (parent != null) {
              // Object control: "urged Iran to withdraw" makes Iran the one who withdraws.
              // Subject control: "reached a consensus to share", "promised Iran to withdraw".
              String controller = s.token(up.governor()).lemma().toLowerCase(Locale.ROOT);
              // "opened fire to disperse the crowd": only verbs of making, asking and letting,
              // or an object that names someone, hand the act to their object.
              String objectTag = parent.object >= 0 ? s.token(parent.object).pos() : "";
              boolean objectControl =
                  up.relation().equals("xcomp")
                      && parent.object >= 0
                      && !INTENT_CONTROLLERS.contains(controller)
                      && !THREAT_CONTROLLERS.contains(controller)
                      && !REFUSAL_CONTROLLERS.contains(controller)
                      && (OBJECT_CONTROL.contains(controller)
                          || objectTag.startsWith("NNP")
                          || objectTag.startsWith("PRP"));
              subject = objectControl ? parent.object : parent.subject;
              inherited = true;
            }
          } else if (up.relation().startsWith("acl")) {
            // "the United States, which has long backed..." (the relative pronoun is often
            // attached loosely, so the clause's noun is its subject).
            subject = up.governor();
            inherited = true;
            Dependency nounUp = s.head(subject);
            if (s.token(verb).pos().equals("VBG")
                && nounUp != null
                && nounUp.governor() >= 0
                && nounUp.baseRelation().equals("obl")) {
              // "wrote to the president urging him to...": a participle after a prepositional
              // phrase belongs to the clause, not to the phrase's noun.
              Clause outer = of(s, nounUp.governor());
              // An agentless passive has no subject to give (regression: index -1).
              if (outer != null && outer.subject >= 0) {
                subject = outer.subject;
              }
            }
            Dependency above = s.head(subject);
            if (DOCUMENT_NOUNS.contains(s.token(subject).lemma().toLowerCase(Locale.ROOT))
                && above != null
                && above.governor() >= 0
                && above.relation().equals("obj")) {
              // "issued a statement condemning Russia": who issued it condemns.
              Clause issuer = of(s, above.governor());
              if (issuer != null && issuer.subject >= 0) {
                subject = issuer.subject;
              }
            }
          }
        }
      }
      return subject < 0 ? null : new Clause(verb, subject, object, inherited);
    }

    private static String lower(Sentence s, int token) {
      return s.token(token).text().toLowerCase(Locale.ROOT);
    }
  }
}
