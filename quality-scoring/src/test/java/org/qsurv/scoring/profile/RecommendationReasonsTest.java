package org.qsurv.scoring.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.qsurv.model.framework.QualityDomain;
import org.qsurv.model.surveillance.Level;
import org.qsurv.scoring.triangulation.ConcernLevel;
import org.qsurv.scoring.triangulation.DomainConcern;
import org.qsurv.scoring.trigger.TriggerCode;
import org.qsurv.scoring.trigger.TriggerFiring;

/**
 * The reasons of a recommendation, word for word (SNAPSHOT.md {@code recommendation.reasons}): the
 * rule that set the level comes first with its source, then each trigger that fired with its
 * evidence. People decide on the level (004 §4.4), so the reasons must say which rule applied, on
 * which items from which sources, and what the numbers were.
 */
class RecommendationReasonsTest {
  private static final RecommendationPolicy NHS = RecommendationPolicy.nhsDefaults();
  private static final String STAY_ENHANCED = "; stepping down to routine needs assurance gained and sustained for "
      + "three months (003 Appendix 1) or gained at an NHS England-led meeting (003 §5.2.3 a), which people judge";
  private static final String STAY_INTENSIVE = "stepping down to enhanced needs assurance gained and sustained for "
      + "three months (003 Appendix 1), which people judge";

  /** 004 §4.4: with nothing fired and no domain of high concern, routine monitoring goes on. */
  @Test
  void nothingFiredIsRoutineMonitoring() {
    assertReasons(Level.ROUTINE, false, recommend(Level.ROUTINE),
        "no trigger fired and no domain is of high concern: routine monitoring (004 §4.4)");
  }

  /** 003 §5.2.1: "in most cases, it will be a combination of these factors"; one is not enough. */
  @Test
  void oneTriggerOrOneItemDoesNotMakeTheCombination() {
    TriggerFiring mortality = firing(TriggerCode.HIGH_MORTALITY, "INDICATORS", true, "I-1");
    assertReasons(Level.ROUTINE, false, recommend(Level.ROUTINE, mortality),
        "1 trigger on 1 item (I-1) does not make the combination that recommends enhanced surveillance: "
            + "routine monitoring continues (003 §5.2.1)",
        "HIGH_MORTALITY (I-1): because");
    TriggerFiring complaints = firing(TriggerCode.HIGHER_THAN_USUAL_COMPLAINTS, "COMPLAINT", false, "I-1");
    assertReasons(Level.ROUTINE, false, recommend(Level.ROUTINE, mortality, complaints),
        "2 triggers on 1 item (I-1) do not make the combination that recommends enhanced surveillance: "
            + "routine monitoring continues (003 §5.2.1)",
        "HIGH_MORTALITY (I-1): because", "HIGHER_THAN_USUAL_COMPLAINTS (I-1): because");
  }

  /** 003 Appendix 1: the advice never steps down; it says why the level stays. */
  @Test
  void theAdviceKeepsAnEscalatedProviderWhereItIsAndSaysWhy() {
    TriggerFiring mortality = firing(TriggerCode.HIGH_MORTALITY, "INDICATORS", true, "I-1");
    TriggerFiring complaints = firing(TriggerCode.HIGHER_THAN_USUAL_COMPLAINTS, "COMPLAINT", false, "I-1");
    assertReasons(Level.ENHANCED, false, recommend(Level.ENHANCED),
        "already in enhanced surveillance: no trigger fired and no domain is of high concern" + STAY_ENHANCED);
    assertReasons(Level.ENHANCED, false, recommend(Level.ENHANCED, mortality),
        "already in enhanced surveillance: 1 trigger on 1 item (I-1) does not make the combination that places a "
            + "provider in enhanced surveillance" + STAY_ENHANCED,
        "HIGH_MORTALITY (I-1): because");
    assertReasons(Level.ENHANCED, false, recommend(Level.ENHANCED, mortality, complaints),
        "already in enhanced surveillance: 2 triggers on 1 item (I-1) do not make the combination that places a "
            + "provider in enhanced surveillance" + STAY_ENHANCED,
        "HIGH_MORTALITY (I-1): because", "HIGHER_THAN_USUAL_COMPLAINTS (I-1): because");
    assertReasons(Level.INTENSIVE, false, recommend(Level.INTENSIVE),
        "already in intensive surveillance: no trigger fired and no domain is of high concern, but " + STAY_INTENSIVE);
    assertReasons(Level.INTENSIVE, false, recommend(Level.INTENSIVE, mortality),
        "already in intensive surveillance: 1 trigger on 1 item (I-1) no longer calls for enhanced surveillance, "
            + "but " + STAY_INTENSIVE,
        "HIGH_MORTALITY (I-1): because");
    assertReasons(Level.INTENSIVE, false, recommend(Level.INTENSIVE, mortality, complaints),
        "already in intensive surveillance: 2 triggers on 1 item (I-1) no longer call for enhanced surveillance, "
            + "but " + STAY_INTENSIVE,
        "HIGH_MORTALITY (I-1): because", "HIGHER_THAN_USUAL_COMPLAINTS (I-1): because");
  }

  /**
   * 003 §5.2.1 and 004 §4.4: two triggers on two items advise enhanced; from intensive, soft items
   * from one source are not the corroboration intensive needs, so the advice is to stay.
   */
  @Test
  void aCombinationAdvisesEnhancedAndUncorroboratedItKeepsIntensive() {
    TriggerFiring complaints = firing(TriggerCode.HIGHER_THAN_USUAL_COMPLAINTS, "COMPLAINT", false, "I-1");
    TriggerFiring minor = firing(TriggerCode.GROWING_MINOR_CONCERNS, "COMPLAINT", false, "I-2");
    String combination = "2 triggers fired on 2 items (I-1, I-2), at least the 2 that recommend enhanced "
        + "surveillance (003 §5.2.1: usually a combination)";
    assertReasons(Level.ENHANCED, false, recommend(Level.ROUTINE, complaints, minor), combination,
        "HIGHER_THAN_USUAL_COMPLAINTS (I-1): because", "GROWING_MINOR_CONCERNS (I-2): because");
    assertReasons(Level.INTENSIVE, false, recommend(Level.INTENSIVE, complaints, minor), combination,
        "already in intensive surveillance: the evidence (I-1, I-2) still calls for at least enhanced surveillance; "
            + STAY_INTENSIVE,
        "HIGHER_THAN_USUAL_COMPLAINTS (I-1): because", "GROWING_MINOR_CONCERNS (I-2): because");
  }

  /**
   * 001 §7.2, 003 Appendix 2: two risk-summit triggers on corroborated evidence (two items, two
   * independent sources, one hard) are urgent; from enhanced, urgent corroborated concerns advise
   * intensive (004 §4.4), and that rule is given first.
   */
  @Test
  void corroboratedRiskSummitTriggersAreUrgentAndFromEnhancedAdviseIntensive() {
    TriggerFiring whistle = firing(TriggerCode.WHISTLEBLOWING, "WHISTLEBLOWER", false, "I-1");
    TriggerFiring systemic = firing(TriggerCode.SYSTEMIC_COMPLAINTS, "COMPLAINT", true, "I-2");
    String corroboration = "2 items (I-1, I-2) from 2 independent sources (WHISTLEBLOWER, COMPLAINT), with hard "
        + "evidence";
    assertReasons(Level.INTENSIVE, true, recommend(Level.ENHANCED, whistle, systemic),
        "already in enhanced surveillance with urgent concerns corroborated by " + corroboration
            + ": intensive support may be needed (004 §4.4)",
        "2 risk-summit triggers fired (001 §7.2) on " + corroboration
            + ": a risk summit or rapid response review may be needed (003 Appendix 2)",
        "2 triggers fired on 2 items (I-1, I-2), at least the 2 that recommend enhanced surveillance (003 §5.2.1: "
            + "usually a combination)",
        "WHISTLEBLOWING (I-1): because", "SYSTEMIC_COMPLAINTS (I-2): because");
  }

  /** 001 §7.2: risk-summit triggers on what people say alone, from one source, are not urgent. */
  @Test
  void uncorroboratedRiskSummitTriggersAreNotUrgentAndTheReasonSaysWhy() {
    TriggerFiring whistle = firing(TriggerCode.WHISTLEBLOWING, "MEDIA", false, "I-1");
    TriggerFiring media = firing(TriggerCode.ADVERSE_MEDIA, "MEDIA", false, "I-2");
    Recommendation r = recommend(Level.ROUTINE, whistle, media);
    assertReasons(Level.ENHANCED, false, r,
        "2 triggers fired on 2 items (I-1, I-2), at least the 2 that recommend enhanced surveillance (003 §5.2.1: "
            + "usually a combination)",
        "2 risk-summit triggers fired (001 §7.2) on 2 items (I-1, I-2), but not on corroborated evidence (two items "
            + "from 2 independent sources, one of them hard): not urgent",
        "WHISTLEBLOWING (I-1): because", "ADVERSE_MEDIA (I-2): because");
    RecommendationPolicy oneSummitTrigger = RecommendationPolicy.builder().urgentSummitTriggers(1).build();
    Recommendation one = Recommendation.of(Level.ROUTINE, List.of(whistle), List.of(), oneSummitTrigger);
    assertReasons(Level.ROUTINE, false, one,
        "1 trigger on 1 item (I-1) does not make the combination that recommends enhanced surveillance: routine "
            + "monitoring continues (003 §5.2.1)",
        "1 risk-summit trigger fired (001 §7.2) on 1 item (I-1), but not on corroborated evidence (two items from 2 "
            + "independent sources, one of them hard): not urgent",
        "WHISTLEBLOWING (I-1): because");
  }

  /** 003 Appendix 2: a local policy may treat a trigger as urgent on its own, still on corroborated evidence. */
  @Test
  void aTriggerLocalPolicyTreatsAsUrgentIsUrgentOnCorroboratedEvidence() {
    RecommendationPolicy police = RecommendationPolicy.builder().addUrgentAlone(TriggerCode.POLICE_INVOLVEMENT).build();
    TriggerFiring involvement = firing(TriggerCode.POLICE_INVOLVEMENT, "POLICE", true, "I-1");
    TriggerFiring mortality = firing(TriggerCode.HIGH_MORTALITY, "INDICATORS", true, "I-2");
    Recommendation r = Recommendation.of(Level.ROUTINE, List.of(involvement, mortality), List.of(), police);
    assertReasons(Level.ENHANCED, true, r,
        "POLICE_INVOLVEMENT (I-1): local policy treats it as urgent, on 2 items (I-1, I-2) from 2 independent "
            + "sources (POLICE, INDICATORS), with hard evidence (003 Appendix 2)",
        "2 triggers fired on 2 items (I-1, I-2), at least the 2 that recommend enhanced surveillance (003 §5.2.1: "
            + "usually a combination)",
        "POLICE_INVOLVEMENT (I-1): because", "HIGH_MORTALITY (I-2): because");
    Recommendation alone = Recommendation.of(Level.ROUTINE, List.of(involvement), List.of(), police);
    assertFalse(alone.urgent(), "one item is never urgent on its own");
  }

  /**
   * 003 Appendix 1: a serious trigger on hard evidence may place a provider on enhanced on its
   * own; one that is enough alone corroborates intensive from four triggers (004 §4.4).
   */
  @Test
  void aSeriousTriggerStandsAloneAndMayCorroborateIntensive() {
    TriggerFiring neverEvents = firing(TriggerCode.MULTIPLE_NEVER_EVENTS, "INCIDENTS", true, "I-1", "I-2");
    assertReasons(Level.ENHANCED, false, recommend(Level.ROUTINE, neverEvents),
        "MULTIPLE_NEVER_EVENTS (I-1, I-2) may place the provider in enhanced surveillance pending a quality review "
            + "meeting on its own (003 Appendix 1)",
        "MULTIPLE_NEVER_EVENTS (I-1, I-2): because");
    TriggerFiring softNeverEvents = firing(TriggerCode.MULTIPLE_NEVER_EVENTS, "INCIDENTS", false, "I-1");
    assertEquals(Level.ROUTINE, recommend(Level.ROUTINE, softNeverEvents).level(), "alone only on hard evidence");
    Recommendation four = recommend(Level.ENHANCED, neverEvents,
        firing(TriggerCode.HIGH_MORTALITY, "INCIDENTS", false, "I-3"),
        firing(TriggerCode.HIGHER_THAN_USUAL_COMPLAINTS, "INCIDENTS", false, "I-4"),
        firing(TriggerCode.GROWING_MINOR_CONCERNS, "INCIDENTS", false, "I-5"));
    assertEquals(Level.INTENSIVE, four.level());
    assertFalse(four.urgent());
    assertEquals("already in enhanced surveillance with 4 triggers (at least 4) corroborated by 5 items (I-1, I-2, "
        + "I-3, I-4, I-5) of MULTIPLE_NEVER_EVENTS, which is enough alone: intensive support may be needed "
        + "(004 §4.4)", four.reasons().get(0));
    Recommendation three = recommend(Level.ENHANCED, neverEvents,
        firing(TriggerCode.HIGH_MORTALITY, "INCIDENTS", false, "I-3"),
        firing(TriggerCode.HIGHER_THAN_USUAL_COMPLAINTS, "INCIDENTS", false, "I-4"));
    assertEquals(Level.ENHANCED, three.level(), "three triggers are fewer than the four intensive needs");
  }

  /** 002 footnote 14: high concern triangulated across independent sources advises enhanced. */
  @Test
  void highConcernInADomainNamesTheDomainItsItemsAndSources() {
    List<DomainConcern> concerns = List.of(
        concern(QualityDomain.SAFE, ConcernLevel.HIGH, List.of("I-1", "I-2"), List.of("COMPLAINT", "MEDIA")),
        concern(QualityDomain.WELL_LED, ConcernLevel.HIGH, List.of("I-3"), List.of("CQC", "STAFF")),
        concern(QualityDomain.EFFECTIVE, ConcernLevel.MEDIUM, List.of("I-4"), List.of("CQC")));
    Recommendation r = Recommendation.of(Level.ROUTINE, List.of(), concerns, NHS);
    assertReasons(Level.ENHANCED, false, r, "intelligence corroborated across independent sources shows high "
        + "concern in Safe (I-1, I-2 from COMPLAINT, MEDIA); Well-led (I-3 from CQC, STAFF) (002 footnote 14: "
        + "triangulation)");
    RecommendationPolicy twoDomains = RecommendationPolicy.builder().enhancedHighConcernDomains(2).build();
    assertEquals(Level.ENHANCED, Recommendation.of(Level.ROUTINE, List.of(), concerns, twoDomains).level());
    assertEquals(Level.ROUTINE, Recommendation.of(Level.ROUTINE, List.of(), concerns.subList(1, 3), twoDomains)
        .level(), "one domain of high concern is fewer than the two this policy needs");
  }

  private static Recommendation recommend(Level current, TriggerFiring... firings) {
    return Recommendation.of(current, List.of(firings), List.of(), NHS);
  }

  private static TriggerFiring firing(TriggerCode code, String source, boolean hard, String... evidence) {
    return TriggerFiring.builder().code(code).addEvidence(evidence).addSources(source).hardEvidence(hard)
        .reason("because").build();
  }

  private static DomainConcern concern(QualityDomain domain, ConcernLevel level, List<String> evidence,
      List<String> sources) {
    return DomainConcern.builder().domain(domain).score(level == ConcernLevel.HIGH ? 2 : 1).level(level)
        .evidence(evidence).sources(sources).build();
  }

  private static void assertReasons(Level level, boolean urgent, Recommendation r, String... reasons) {
    assertEquals(List.of(reasons), r.reasons());
    assertEquals(level, r.level(), r.reasons()::toString);
    assertTrue(r.urgent() == urgent, r.reasons()::toString);
  }
}
