package org.dyad.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dyad.io.Conllu;
import org.dyad.model.AnalyzedArticle;
import org.dyad.model.Event;
import org.dyad.pipeline.EventPipeline;
import org.junit.jupiter.api.Test;

/** The coder on hand-checked CoNLL-U parses of sentences written for these tests. */
class EventCoderTest {
  private final EventPipeline pipeline =
      EventPipeline.standard(
          article -> {
            throw new AssertionError("these tests code parsed fixtures only");
          });

  private AnalyzedArticle parsed(String fixture) throws IOException {
    try (InputStream in = getClass().getResourceAsStream(fixture + ".conllu")) {
      assertThat(in).as(fixture).isNotNull();
      return Conllu.read(fixture, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  private List<String> code(String fixture) throws IOException {
    return events(fixture).stream().map(EventCoderTest::triple).toList();
  }

  private static String triple(Event e) {
    return e.source().code() + ">" + e.target().code() + ":" + e.cameoCode();
  }

  @Test
  void codesAMeetingInTheTargetsCapitalAsAVisitAndItsHostingBack() throws IOException {
    assertThat(code("putin-tehran")).contains("RUSGOV>IRNGOV:042", "IRNGOV>RUSGOV:043");
  }

  @Test
  void resolvesTheTwoCountriesToTheLastTwoNamedAndCodesTheAgreementBothWays() throws IOException {
    assertThat(code("putin-tehran")).contains("RUS>IRN:057", "IRN>RUS:057");
  }

  @Test
  void codesPassiveVoiceAttackWithTheByAgentAsSource() throws IOException {
    assertThat(code("passive-attack")).containsExactly("TUR>SYR:190");
  }

  @Test
  void codesACompoundSubjectOfAReciprocalVerbInBothDirections() throws IOException {
    assertThat(code("compound-subject-agreement"))
        .containsExactlyInAnyOrder("RUSGOV>IRNGOV:057", "IRNGOV>RUSGOV:057");
  }

  @Test
  void codesASayingThatAnActorMustActAsADemandOnIt() throws IOException {
    assertThat(code("obligation-must")).containsExactly("GBRGOV>SDN:100");
  }

  @Test
  void codesASayingThatAnActorNeedsToActAsADemandOnIt() throws IOException {
    assertThat(code("obligation-needs-to")).containsExactly("BRA>VEN:100");
  }

  @Test
  void codesNoDemandForWhatAnActorShouldDoOrDid() throws IOException {
    assertThat(code("obligation-should")).isEmpty();
    assertThat(code("obligation-statement")).doesNotContain("BRA>VEN:100");
  }

  @Test
  void takesTheTargetFromTheContentClauseOfASlotNounThatIsNoActor() throws IOException {
    assertThat(code("content-clause-target")).containsExactly("RUS>UKRMIL:011");
  }

  @Test
  void codesAReminderIssuedToAnActorAsADemand() throws IOException {
    assertThat(code("reminder-demand")).containsExactly("FRAGOV>IRQ:100");
  }

  @Test
  void codesAgreeingThatSomethingIsSoAsAccordAndAgreeingOnAPlanAsIntent() throws IOException {
    assertThat(code("agree-view")).containsExactlyInAnyOrder("EGY>JOR:019", "JOR>EGY:019");
    assertThat(code("agree-plan")).containsExactlyInAnyOrder("EGY>JOR:030", "JOR>EGY:030");
  }

  @Test
  void aimsAnActAgainstAnotherActAtWhoeverCommittedIt() throws IOException {
    // the "by" phrase comes before the "of" phrase: the protest is not against the demonstrators
    assertThat(code("by-agent-of-slot-noun")).containsExactly("KENEDU>UGACOP:140");
  }

  @Test
  void codesAnActorNamedByItsWorldRegion() throws IOException {
    assertThat(code("region-actor"))
        .containsExactlyInAnyOrder("AFRGOV>BGRGOV:040", "BGRGOV>AFRGOV:040");
    // a region is no place: the meeting is not placed in "Africa"
    assertThat(events("region-actor"))
        .allMatch(e -> e.location() == null || !e.location().country().equals("AFR"));
  }

  @Test
  void matchesAnObjectClassOnAWordTheTokenizerSplitAtItsHyphen() throws IOException {
    assertThat(code("hyphen-split-object")).containsExactly("LBNREBHEZ>LBN:0871");
  }

  @Test
  void aimsAnAppealOfTheGovernedThatNamesNoAddresseeAtTheirGovernment() throws IOException {
    assertThat(code("appeal-no-addressee")).containsExactly("KENBUS>KENGOV:020");
    // an addressee named but unknown is not the government, nor is calling someone names
    assertThat(code("appeal-unknown-addressee")).isEmpty();
    assertThat(code("call-naming-not-appeal")).isEmpty();
  }

  @Test
  void codesATelephoneCallBothWays() throws IOException {
    assertThat(code("phone-both-ways"))
        .containsExactlyInAnyOrder("FRAGOV>RUSGOV:041", "RUSGOV>FRAGOV:041");
  }

  @Test
  void aimsADemandAtTheAgentOfWhatIsDemandedAndAssertsNotItsContent() throws IOException {
    assertThat(code("demand-by-object-agent")).containsExactly("POL>RUSGOV:100");
  }

  @Test
  void placesAnUnnamedTargetWhereTheSimultaneousClauseHappened() throws IOException {
    assertThat(code("place-of-when-clause")).containsExactly("PSEUAF>ISRCVL:1831");
  }

  @Test
  void resolvesAnObjectPronounToThePersonNamedBeforeItInTheSentence() throws IOException {
    assertThat(code("pronoun-in-sentence")).containsExactly("KENGOV>FRAGOV:020");
    // not to the subject its verb shares: "Macron ... praised him" is Putin
    assertThat(code("pronoun-not-own-subject")).contains("FRAGOV>RUSGOV:051");
  }

  @Test
  void codesAnEthnicPeopleAsPeopleOfTheCountryTheArticleIsAbout() throws IOException {
    // "ethnic Albanians" in Serbia are not Albania
    assertThat(code("ethnic-people")).containsExactly("SRBCVL>SRBGOV:141");
  }

  @Test
  void codesADemandVoicedByAProtestAsTheProtestAimedAtItsTarget() throws IOException {
    // the rally's call aims the riot; no separate appeal
    assertThat(code("protest-demand-dropped")).containsExactly("KENCVL>UGAGOV:1451");
    // demonstrators demanding talks demonstrate
    assertThat(code("protest-demand-recoded")).containsExactly("KENCVL>UGAGOV:141");
  }

  @Test
  void placesByACityTheGazetteerKnows() throws IOException {
    // Tel Aviv and Sochi are no capitals: the gazetteer, not the actor dictionary, places them
    assertThat(code("place-city-target")).containsExactly("PSEUAF>ISRCVL:1831");
    assertThat(code("meeting-in-city"))
        .containsExactlyInAnyOrder("RUSGOV>TURGOV:043", "TURGOV>RUSGOV:042");
  }

  @Test
  void hostsNoThingThatOnlyAnActorWordModifies() throws IOException {
    // "received further media scrutiny" hosts no media
    assertThat(code("receive-thing-not-actor")).isEmpty();
  }

  @Test
  void codesNoEventForANegatedVerb() throws IOException {
    assertThat(code("negated-attack")).isEmpty();
  }

  @Test
  void codesNoEventForASpeculativeModal() throws IOException {
    assertThat(code("modal-attack")).isEmpty();
  }

  @Test
  void codesNoEventInAQuestion() throws IOException {
    assertThat(code("question-attack")).isEmpty();
  }

  @Test
  void codesAnAppealToTheObjectOfUrge() throws IOException {
    assertThat(code("urge-object-control")).containsExactly("FRA>IRN:020");
  }

  @Test
  void codesARefusalNotTheMeetingItRefuses() throws IOException {
    List<String> events = code("refused-to-meet");
    assertThat(events).containsExactly("IRN>GBR:125");
    assertThat(events).noneMatch(e -> e.endsWith(":040"));
  }

  @Test
  void takesTheSubjectOfARelativeClauseFromTheNounItModifies() throws IOException {
    assertThat(code("relative-clause")).containsExactlyInAnyOrder("USA>RUS:111", "USA>SYRREB:051");
  }

  @Test
  void codesAnAccusation() throws IOException {
    assertThat(code("accuse")).containsExactly("PAK>IND:112");
  }

  @Test
  void findsTheTargetOfALightVerbInAPrepositionOnItsObject() throws IOException {
    assertThat(code("agreement-with")).containsExactlyInAnyOrder("JPN>VNM:057", "VNM>JPN:057");
  }

  @Test
  void codesNoEventWhenTheSubjectIsAnUnresolvedPronoun() throws IOException {
    assertThat(code("pronoun-subject")).isEmpty();
  }

  @Test
  void givesEveryEventEvidenceThatPointsIntoTheText() throws IOException {
    AnalyzedArticle a = parsed("putin-tehran");
    List<Event> events = pipeline.code(a).events();
    assertThat(events).isNotEmpty();
    String text = a.article().text();
    for (Event e : events) {
      var ev = e.evidence();
      assertThat(text.substring(ev.trigger().begin(), ev.trigger().end()))
          .isEqualTo(ev.trigger().text());
      assertThat(text.substring(ev.source().begin(), ev.source().end()))
          .isEqualTo(ev.source().text());
      assertThat(text.substring(ev.target().begin(), ev.target().end()))
          .isEqualTo(ev.target().text());
      assertThat(ev.ruleId()).startsWith("verbs:");
      assertThat(ev.dictionaryEntries()).isNotEmpty();
      assertThat(e.confidence()).isBetween(0.0, 1.0);
    }
    Event visit =
        events.stream().filter(e -> e.cameoCode().equals("042")).findFirst().orElseThrow();
    assertThat(visit.evidence().trigger().text()).isEqualTo("met");
    assertThat(visit.evidence().source().text()).isEqualTo("Russian President Vladimir Putin");
    assertThat(visit.ploverCategory()).isEqualTo("CONSULT");
    assertThat(visit.quadClass()).isEqualTo(1);
  }

  @Test
  void givesABareAgentTheArticlesFocusCountry() throws IOException {
    assertThat(code("focus-country")).containsExactly("KENCOP>KENCVL:173");
  }

  @Test
  void takesTheCountryOfAnEthnicGroupFromItsModifier() throws IOException {
    assertThat(code("ethnic-demonym")).containsExactly("BIH>HRV:190");
  }

  @Test
  void codesAnAgreementToCooperateAsIntentNotCooperation() throws IOException {
    assertThat(code("agreed-to-cooperate")).containsExactly("RUS>IRN:031");
  }

  @Test
  void codesAThreatToAttackAsAThreatNotAnAttack() throws IOException {
    assertThat(code("threatened-to-attack")).containsExactly("PRK>KOR:1384");
  }

  @Test
  void codesFutureCooperationAsIntent() throws IOException {
    assertThat(code("future-support")).containsExactly("PRT>TUR:032");
  }

  @Test
  void codesNothingForANegatedIntention() throws IOException {
    assertThat(code("negated-intent")).isEmpty();
  }

  @Test
  void resolvesHeToTheLastPersonNamed() throws IOException {
    assertThat(code("pronoun-person")).containsExactly("RUSGOV>TURGOV:042", "RUSGOV>TUR:111");
  }

  @Test
  void aimsAProtestWithoutATargetAtTheProtestersGovernment() throws IOException {
    assertThat(code("protest-implicit-target")).containsExactly("KENLAB>KENGOV:142");
  }

  @Test
  void codesAReportedIntentionToAttackAsAThreatByTheSpeaker() throws IOException {
    assertThat(code("reported-would")).containsExactly("IRN>ISR:1384");
  }

  @Test
  void placesVictimsWithoutACountryWhereTheEventHappened() throws IOException {
    assertThat(code("victims-placed")).contains("PSEREB>ISRCVL:190");
  }

  @Test
  void codesACooperativeActOfACompoundSubjectWithoutTargetBetweenItsMembers() throws IOException {
    assertThat(code("compound-subject-agree"))
        .containsExactlyInAnyOrder("USA>JOR:030", "JOR>USA:030");
  }

  @Test
  void codesAnAgentlessPassiveBetweenTwoActorsBothWays() throws IOException {
    assertThat(code("passive-between")).containsExactlyInAnyOrder("RUS>IRN:057", "IRN>RUS:057");
  }

  @Test
  void takesTheTargetOfADemandFromTheSubjectOfItsThatClauseAndCodesNothingForWhatIsDemanded()
      throws IOException {
    assertThat(code("demand-that")).containsExactly("JPN>CHN:100");
  }

  @Test
  void letsAThreatCodeItselfWhenItsComplementsVerbHasNoFittingPattern() throws IOException {
    assertThat(code("threat-unpatterned-complement")).containsExactly("IRN>ISR:130");
  }

  @Test
  void takesTheTargetFromThePlaceOfASlotNounThatIsNoActor() throws IOException {
    assertThat(code("target-in-place")).containsExactly("FRA>MLI:0334");
  }

  @Test
  void aimsADomesticActWithoutATargetAtTheActorsOwnCountry() throws IOException {
    assertThat(code("domestic-curfew")).containsExactly("IRQGOV>IRQ:1723");
  }

  @Test
  void takesTheSourceOfAnEventNounFromTheVerbThatAnnouncesIt() throws IOException {
    assertThat(code("noun-carried-by-verb")).containsExactly("RUS>SYRREB:195");
  }

  @Test
  void givesAStatementsParticipleTheSubjectOfWhoIssuedIt() throws IOException {
    assertThat(code("statement-condemning")).containsExactly("SYROPP>RUS:111");
  }

  @Test
  void codesDecliningToCommentAsDeclineComment() throws IOException {
    assertThat(code("declined-to-comment")).containsExactly("RUSGOV>UKR:011");
  }

  @Test
  void readsTheObjectOfAnAspectualComplementAsTheControllersObject() throws IOException {
    assertThat(code("promised-to-continue-aid")).containsExactly("CANGOV>UKR:0332");
  }

  @Test
  void treatsTheSourcesOwnCapitalAsNoTargetOfADomesticAct() throws IOException {
    assertThat(code("curfew-in-capital")).containsExactly("EGYGOV>EGY:0813");
  }

  @Test
  void givesAnAgentWithoutCountryTheCountryOfItsPlace() throws IOException {
    assertThat(code("agent-placed-in-country")).containsExactly("KENCOP>SOMREF:1822");
  }

  @Test
  void takesTheSourceOfAnEventNounFromWhoEngagedInIt() throws IOException {
    assertThat(code("engaged-in-noun")).containsExactly("SDNMIL>TCDCVL:190");
  }

  @Test
  void codesAnAgreementToResignAsIntentToChangeLeadershipAtHome() throws IOException {
    assertThat(code("agreed-to-resign")).containsExactly("BOLGOV>BOL:0341");
  }

  @Test
  void readsAParticleParsedAsAnAdverb() throws IOException {
    assertThat(code("stepped-down-adverb")).containsExactly("MLIGOV>MLI:0831");
  }

  @Test
  void codesAKillingInACarBombAttackAsACarBombing() throws IOException {
    assertThat(code("car-bomb-attack")).containsExactly("ESPREB>ESPCOP:1832");
  }

  @Test
  void prefersAPhrasalPatternWhoseParticleIsThere() throws IOException {
    assertThat(code("forced-out")).containsExactly("KEN>SOMGOV:166");
  }

  @Test
  void givesAParticipleClauseItsGovernorsSubject() throws IOException {
    assertThat(code("participle-killing")).containsExactly("SYRMIL>TUR:194", "SYRMIL>TURMIL:190");
  }

  @Test
  void takesTheTargetFromAWithPhraseOnTheObject() throws IOException {
    assertThat(code("boycott-contact-with")).containsExactly("SRB>XKX:133");
  }

  @Test
  void givesAParticipleClauseTheMoodOfTheClauseItHangsOnAndReadinessToAttackIsAPosture()
      throws IOException {
    assertThat(code("intended-participle")).containsExactly("SRBMIL>BIHREB:150");
  }

  @Test
  void codesAnEventNounThatModifiesAnUndertaking() throws IOException {
    assertThat(code("mediation-mission"))
        .containsExactlyInAnyOrder("DZAGOV>MLI:045", "DZAGOV>NER:045");
  }

  @Test
  void matchesAnObjectClassOnTheModifierOfAnUndertaking() throws IOException {
    assertThat(code("mediation-efforts")).containsExactlyInAnyOrder("QAT>ETH:165", "QAT>ERI:165");
  }

  @Test
  void codesAConsensusToActAsIntentOfTheSubjectsNotOfTheConsensus() throws IOException {
    assertThat(code("consensus-to-share"))
        .containsExactlyInAnyOrder("ARM>GEO:0314", "GEO>ARM:0314");
  }

  @Test
  void findsTheTargetOnWhatAPartIsPartOf() throws IOException {
    assertThat(code("part-of-aid")).containsExactly("USA>EGY:162");
  }

  @Test
  void codesAnAnnouncedCutInAidAsTheCutItself() throws IOException {
    assertThat(code("announced-would-suspend")).containsExactly("CAN>MMR:162");
  }

  @Test
  void foldsADemandVoicedWhileProtestingIntoTheProtest() throws IOException {
    // "staged protests ..., saying he must resign": one protest, not a protest and a demand
    assertThat(code("protest-saying-must")).singleElement().asString().startsWith("KENEDU>KEN");
    assertThat(code("protest-saying-must")).singleElement().asString().contains(":141");
  }

  @Test
  void codesADecisionToYieldAsTheConcessionItself() throws IOException {
    assertThat(code("decided-to-allow")).containsExactly("KENGOV>KENOPP:080");
  }

  @Test
  void codesAnAnnouncedWithdrawalThatWillComeAsAThreat() throws IOException {
    // "announced that it will withdraw": CAMEO 136, where "announced it would suspend" is 162
    assertThat(code("announced-will-withdraw")).containsExactly("IGOUNO>IRQ:136");
  }

  @Test
  void codesADecisionToExpelAsTheExpulsion() throws IOException {
    assertThat(code("decided-to-expel")).containsExactly("KEN>SOMGOV:166");
  }

  @Test
  void codesADeclaredFutureRefusalToCooperateAsARejection() throws IOException {
    assertThat(code("will-not-accept")).containsExactly("JOR>SYRREF:122");
  }

  @Test
  void readsAParticipleAfterAnAgentlessPassiveWithoutFailing() throws IOException {
    // regression: "were found guilty ... of raping" asked the agentless passive for its subject
    // (index -1) and failed the whole article
    assertThat(code("found-guilty-of-raping")).isEmpty();
  }

  @Test
  void codesNothingForARenouncedAttack() throws IOException {
    assertThat(code("will-not-attack")).isEmpty();
  }

  @Test
  void findsTheTargetOfAnEventNounOnTheVerbItHangsOn() throws IOException {
    assertThat(code("engaged-in-against")).containsExactly("SDNMIL>TCDCVL:203");
  }

  @Test
  void matchesAnObjectClassOnWhatATeamIsMadeOf() throws IOException {
    assertThat(code("team-of-inspectors")).containsExactly("NGAGOV>IGOAFU:0862");
  }

  @Test
  void takesTheTargetOfADemandNounFromItsThatClauseAndCodesNothingForWhatIsDemanded()
      throws IOException {
    assertThat(code("demands-that-clause")).containsExactly("KENOPP>KENGOV:100");
  }

  @Test
  void aimsAProtestAtWhomItsPurposeClauseNames() throws IOException {
    assertThat(code("protest-purpose")).containsExactly("IRNEDU>USA:144");
  }

  @Test
  void codesNothingForTheContentOfADemandedAdmission() throws IOException {
    assertThat(code("demanded-admission")).isEmpty();
  }

  @Test
  void givesAParticipleAfterAPrepositionalPhraseTheClausesSubject() throws IOException {
    assertThat(code("participle-after-phrase")).containsExactly("KEN>UGA:020");
  }

  @Test
  void findsTheTargetOfACallForInsideWhatIsCalledFor() throws IOException {
    assertThat(code("call-for")).containsExactly("CANBUS>MEX:020");
  }

  @Test
  void givesAPurposeClauseTheSubjectNotTheObjectOfAnOrdinaryVerb() throws IOException {
    assertThat(code("purpose-subject-control")).containsExactly("KENCOP>SOMCVL:175");
  }

  @Test
  void codesAVerbTheTaggerTookForANounWhenItHeadsAClause() throws IOException {
    assertThat(code("verb-tagged-noun")).containsExactly("ESPAGR>ESPGOV:1381");
  }

  @Test
  void codesAllowingAsYieldingAndNotTheActAllowed() throws IOException {
    assertThat(code("allowed-to")).containsExactly("GHAGOV>GHAOPP:080");
  }

  @Test
  void readsConjoinedDemonymsOnOneNounAsTwoActors() throws IOException {
    assertThat(code("conjoined-demonyms"))
        .containsExactlyInAnyOrder("IRNGOV>IRQGOV:042", "IRQGOV>IRNGOV:043");
  }

  @Test
  void readsConjoinedCountedNounsAsSeveralTargets() throws IOException {
    assertThat(code("counted-conjoined"))
        .containsExactlyInAnyOrder("GHACOP>TGO:1822", "GHACOP>CIVREF:1822");
  }

  @Test
  void aimsAThreatenedProtestAtWhoeverItsConditionNames() throws IOException {
    assertThat(code("threat-unless")).containsExactly("SYRLAB>TUR:133");
  }

  @Test
  void codesTheProtestAndNotTheDemandItIsFor() throws IOException {
    assertThat(code("protest-to-demand")).containsExactly("KENHLH>KENGOV:1421");
  }

  @Test
  void takesNoTargetFromABorderNamedForACountry() throws IOException {
    assertThat(code("border-place")).isEmpty();
  }

  private List<Event> events(String fixture) throws IOException {
    return pipeline.code(parsed(fixture)).events();
  }

  @Test
  void attachesACasualtyCountToTheEventItMeasures() throws IOException {
    Event e = events("casualty-count").get(0);
    assertThat(triple(e)).isEqualTo("SYRMIL>SYRCVL:190");
    assertThat(e.quantities()).hasSize(1);
    assertThat(e.quantities().get(0).value()).isEqualTo(250);
    assertThat(e.quantities().get(0).qualifier()).isEqualTo("more than");
    assertThat(e.quantities().get(0).unit()).isEqualTo("civilian");
    assertThat(e.quantities().get(0).span().text()).isEqualTo("more than 250");
  }

  @Test
  void readsAVagueCountAsItsLowerBoundAndTheCountedNounAsTheActor() throws IOException {
    Event e = events("vague-count").get(0);
    assertThat(triple(e)).isEqualTo("NGAREB>CHNLAB:181");
    assertThat(e.quantities().get(0).value()).isEqualTo(24);
    assertThat(e.quantities().get(0).qualifier()).isEqualTo("at least");
  }

  @Test
  void namesWhoReportedAQuotedEvent() throws IOException {
    Event e = events("quoted-report").get(0);
    assertThat(triple(e)).isEqualTo("ISR>LBN:190");
    assertThat(e.evidence().reportedBy().text()).isEqualTo("a Lebanese army spokesman");
  }

  @Test
  void leavesReportedByEmptyWhenTheTextStatesTheEventItself() throws IOException {
    assertThat(events("passive-attack").get(0).evidence().reportedBy()).isNull();
  }

  @Test
  void datesAnEventFromItsOwnClauseAndFlagsHistoricalOnes() throws IOException {
    AnalyzedArticle a = parsed("putin-tehran");
    var dated =
        new AnalyzedArticle(
            a.article().withPublished(java.time.LocalDate.of(2015, 11, 25)), a.sentences());
    List<Event> events = pipeline.code(dated).events();
    Event visit =
        events.stream().filter(e -> e.cameoCode().equals("042")).findFirst().orElseThrow();
    assertThat(visit.date().date()).isEqualTo(java.time.LocalDate.of(2015, 11, 23));
    assertThat(visit.date().expression().text()).isEqualTo("on Monday");
    assertThat(visit.date().historical()).isFalse();
    Event agreement =
        events.stream().filter(e -> e.cameoCode().equals("057")).findFirst().orElseThrow();
    assertThat(agreement.date().date()).isEqualTo(java.time.LocalDate.of(2015, 11, 25));
    assertThat(agreement.date().basis()).isEqualTo(org.dyad.model.EventDate.Basis.ARTICLE);
  }

  @Test
  void placesAnEventWithoutAPlaceInItsClauseInTheFocusCountry() throws IOException {
    Event agreement =
        events("putin-tehran").stream()
            .filter(e -> e.cameoCode().equals("057"))
            .findFirst()
            .orElseThrow();
    assertThat(agreement.location().precision())
        .isEqualTo(org.dyad.model.Location.Precision.COUNTRY);
    assertThat(agreement.location().country()).isEqualTo("IRN");
    Event visit =
        events("putin-tehran").stream()
            .filter(e -> e.cameoCode().equals("042"))
            .findFirst()
            .orElseThrow();
    assertThat(visit.location().name()).isEqualTo("Tehran");
    assertThat(visit.location().latitude())
        .isCloseTo(35.69, org.assertj.core.data.Offset.offset(0.01));
    assertThat(visit.location().longitude())
        .isCloseTo(51.42, org.assertj.core.data.Offset.offset(0.01));
    assertThat(visit.location().precision()).isEqualTo(org.dyad.model.Location.Precision.CITY);
  }

  @Test
  void findsATargetInAPhraseTheParserHungOnADate() throws IOException {
    // "on Friday in southern Gaza": a date has no place of its own; the phrase is the verb's.
    assertThat(code("ceasefire-after-date")).containsExactly("PSEREBHAM>PSE:0871");
  }

  @Test
  void codesARoleGivenByAsFromTheLexiconsPhraseClass() throws IOException {
    assertThat(code("held-as-shields")).containsExactly("CODREB>RWAREF:184");
  }

  @Test
  void codesBeingCommittedToAnActAsTheIntentionToDoIt() throws IOException {
    assertThat(code("committed-to-reform")).containsExactly("KENGOV>KEN:0342");
  }

  @Test
  void codesACountryActingAtHomeAsItsGovernment() throws IOException {
    assertThat(code("country-bans-players")).containsExactly("IRNGOV>IRN:172");
  }

  @Test
  void doesNotCodeAThingReleasedAsAReleaseOfPeople() throws IOException {
    assertThat(code("released-a-report")).isEmpty();
  }

  @Test
  void doesNotCodeADomesticActPromisedAsAThreatAgainstTheCountry() throws IOException {
    assertThat(code("will-bring-to-trial")).isEmpty();
  }

  @Test
  void codesReligiousGroupsWithTheFocusCountryAndTheirFaith() throws IOException {
    assertThat(code("faiths-clash")).containsExactly("IRQUAFMOSSHI>IRQRELMOSSUN:190");
  }

  @Test
  void codesAFaithsLeadersAsTheFaithNotAGovernmentWhenNoCountryIsNamed() throws IOException {
    assertThat(code("faith-leaders-appeal")).containsExactly("MOSRAD>MOS:020");
  }

  @Test
  void leavesAFaithThatDescribesACountryOutOfTheActor() throws IOException {
    assertThat(code("faith-of-a-nation")).containsExactly("BHR>ISR:054");
  }

  @Test
  void codesAnAccusationByWhatItIsOfEvenThroughARoleInIt() throws IOException {
    assertThat(code("accused-of-role-in-massacre")).containsExactly("BIH>SRBMIL:1124");
  }

  @Test
  void aimsARefusedCommitmentAtWhoeverLedTheWarItWasFor() throws IOException {
    // the war is the US's, not Iraq's; refusing to commit to aid is refusing aid
    assertThat(code("refused-aid-to-led-war")).containsExactly("ESP>USA:122");
  }

  @Test
  void readsACapitalAsTheCityOfTheCountryItsSentenceNames() throws IOException {
    // "militias in Tripoli, the north Lebanese port" are Lebanese; with "Libyan", Libyan
    assertThat(code("tripoli-in-lebanon")).containsExactly("SYR>LBNUAF:165");
    assertThat(code("tripoli-in-libya")).containsExactly("LBY>LBYUAF:165");
  }

  @Test
  void takesAnObjectTheParserHungOnADateAsTheVerbs() throws IOException {
    // "rejected Thursday a United Nations appeal", with "appeal" a dependent of "Thursday"
    assertThat(code("object-hung-on-date")).containsExactly("SYRGOV>IGOUNO:120");
  }

  @Test
  void readsAnAdjectiveUsedAsANounAsTheObjectItNames() throws IOException {
    // "evacuated the wounded", parsed as the article with an adjective
    assertThat(code("evacuated-the-wounded")).singleElement().asString().endsWith(">SYR:073");
  }

  @Test
  void givesADemandOrProtestTheSubCodeOfWhatItAsksFor() throws IOException {
    assertThat(code("strike-demanding-resignation")).containsExactly("KENEDU>KENGOV:1421");
    assertThat(code("called-for-resignation")).containsExactly("KENOPP>KENGOV:0241");
    assertThat(code("demanded-constitutional-changes")).containsExactly("UGAREB>UGAGOV:1044");
  }

  @Test
  void leavesAnAppealThatAsksForNoChangeUnrefined() throws IOException {
    // "asked ... why it had not changed its policies" asks a question, not for a new policy
    assertThat(code("asked-why-policies")).containsExactly("KENGOV>UGAGOV:020");
  }
}
