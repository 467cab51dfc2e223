package org.qsurv.scoring.trigger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qsurv.scoring.trigger.Evidence.AS_OF;
import static org.qsurv.scoring.trigger.Evidence.daysAgo;
import static org.qsurv.scoring.trigger.Evidence.item;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qsurv.model.framework.QualityDomain;
import org.qsurv.model.indicator.IndicatorId;
import org.qsurv.model.indicator.Period;
import org.qsurv.model.intelligence.IntelligenceItem;
import org.qsurv.model.intelligence.IntelligenceSource;
import org.qsurv.model.intelligence.Tone;
import org.qsurv.model.intelligence.Triage;
import org.qsurv.model.intelligence.TriageOutcome;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.risk.Risk;
import org.qsurv.model.risk.RiskId;
import org.qsurv.model.risk.RiskReview;
import org.qsurv.model.risk.RiskScore;
import org.qsurv.scoring.risk.RiskReviewPolicy;
import org.qsurv.scoring.risk.ScoredRisk;
import org.qsurv.scoring.spc.Variation;
import org.qsurv.scoring.threshold.ThresholdBand;

/** The trigger catalogue: 003 §5.2.1 and 001 §7.2. */
class TriggersTest {
  private static final TriggerPolicy DEFAULTS = TriggerPolicy.nhsDefaults();

  private static TriggerEvidence.Builder evidence() {
    return TriggerEvidence.builder().asOf(AS_OF);
  }

  private static List<TriggerFiring> fire(TriggerEvidence e) {
    return Triggers.evaluate(e, DEFAULTS);
  }

  private static Optional<TriggerFiring> fired(List<TriggerFiring> all, TriggerCode code) {
    return all.stream().filter(f -> f.code() == code).findFirst();
  }

  private static List<String> codes(List<TriggerFiring> all) {
    return all.stream().map(f -> f.code().name()).collect(Collectors.toList());
  }

  private static ScoredRisk risk(String id, int l, int c, RiskScore... before) {
    org.qsurv.model.risk.Risk.Builder b = Risk.builder().id(RiskId.of(id))
        .provider(OrganisationCode.of("RH5")).title("t").domain(QualityDomain.SAFE).owner("o")
        .likelihood(l).consequence(c).lastReviewed(daysAgo(5));
    LocalDate on = daysAgo(100);
    for (RiskScore s : before) {
      b.addReviews(RiskReview.builder().reviewed(on).reviewedBy("o").score(s).build());
      on = on.plusDays(30);
    }
    b.addReviews(RiskReview.builder().reviewed(daysAgo(5)).reviewedBy("o")
        .score(RiskScore.of(l, c)).build());
    return ScoredRisk.of(b.build(), AS_OF, RiskReviewPolicy.nhsDefaults());
  }

  private static IndicatorSignal signal(String id, ThresholdBand band, Variation variation) {
    return IndicatorSignal.of(IndicatorId.of(id), QualityDomain.SAFE, Period.parse("2025-06"),
        band, variation);
  }

  @Test
  void nothingFiresOnNoEvidence() {
    assertEquals(List.of(), fire(evidence().build()));
  }

  @Test
  void aRiskOfFifteenOrMoreOnTheRegisterFires() {
    // 003 §5.2.1: "existing risk registers indicating significant quality risks"; 004 §4.4.
    List<TriggerFiring> f = fire(evidence().addRisks(risk("R-1", 3, 5), risk("R-2", 3, 4))
        .build());
    assertEquals(List.of("R-1"), fired(f, TriggerCode.RISKS_15_PLUS).orElseThrow().evidence());
    assertTrue(fired(f, TriggerCode.RISKS_15_PLUS).orElseThrow().reason().contains("003 §5.2.1"));
  }

  @Test
  void aHighRiskThatRoseAtItsLatestReviewIsHighAndIncreasing() {
    List<TriggerFiring> f = fire(evidence().addRisks(risk("R-1", 3, 4, RiskScore.of(2, 4)),
        risk("R-2", 3, 4, RiskScore.of(4, 4))).build());
    assertEquals(List.of("R-1"),
        fired(f, TriggerCode.HIGH_AND_INCREASING_RISKS).orElseThrow().evidence());
  }

  @Test
  void overdueImprovementActionsArePassedInAndFire() {
    List<TriggerFiring> f = fire(evidence().addOverdueImprovementActions("A-3", "A-7").build());
    assertEquals(List.of("A-3", "A-7"),
        fired(f, TriggerCode.IMPROVEMENT_ACTIONS_OVERDUE).orElseThrow().evidence());
  }

  @Test
  void twoNeverEventsWithinTwelveMonthsAreMultiple() {
    // 003 §5.2.1: "multiple never events"; the policy says multiple is 2 in 12 months.
    IntelligenceItem a = item("I-1", IntelligenceSource.NEVER_EVENT, daysAgo(20));
    IntelligenceItem b = item("I-2", IntelligenceSource.NEVER_EVENT, daysAgo(300));
    IntelligenceItem old = item("I-3", IntelligenceSource.NEVER_EVENT, daysAgo(400));
    assertEquals(List.of("I-1", "I-2"), fired(fire(evidence().addIntelligence(a, b, old).build()),
        TriggerCode.MULTIPLE_NEVER_EVENTS).orElseThrow().evidence());
    assertEquals(List.of(), fire(evidence().addIntelligence(a, old).build()));
  }

  @Test
  void singleEventTriggersFireOnOneItemInTheirWindow() {
    List<TriggerFiring> f = fire(evidence().addIntelligence(
        item("I-1", IntelligenceSource.CQC_ENFORCEMENT, daysAgo(10)),
        item("I-2", IntelligenceSource.CORONER_PFD, daysAgo(10)),
        item("I-3", IntelligenceSource.HSE, daysAgo(10)),
        item("I-4", IntelligenceSource.POLICE, daysAgo(10)),
        item("I-5", IntelligenceSource.MEDIA, daysAgo(10)),
        credible(item("I-6", IntelligenceSource.WHISTLEBLOWING, daysAgo(10))),
        item("I-7", IntelligenceSource.PROFESSIONAL_REGULATOR, daysAgo(10)),
        item("I-8", IntelligenceSource.POLICE, daysAgo(500))).build());
    assertEquals(List.of("REGULATORY_SANCTION", "STATUTORY_NOTICE", "POLICE_INVOLVEMENT",
        "ADVERSE_MEDIA", "WHISTLEBLOWING", "PROFESSIONAL_BODY_CONCERNS"), codes(f));
    assertEquals(List.of("I-2", "I-3"),
        fired(f, TriggerCode.STATUTORY_NOTICE).orElseThrow().evidence());
    assertEquals(List.of("I-4"), fired(f, TriggerCode.POLICE_INVOLVEMENT).orElseThrow().evidence(),
        "the police report 500 days ago is outside the 12-month window");
  }

  @Test
  void whistleblowingCanBeRequiredToBeCorroborated() {
    TriggerPolicy corroborated = TriggerPolicy.builder().whistleblowingNeedsCorroboration(true)
        .build();
    IntelligenceItem w = credible(item("I-1", IntelligenceSource.WHISTLEBLOWING, daysAgo(10)));
    assertEquals(List.of(), Triggers.evaluate(evidence().addIntelligence(w).build(),
        corroborated));
    IntelligenceItem visit = item("I-2", IntelligenceSource.QUALITY_VISIT, daysAgo(3));
    assertEquals(List.of("I-1", "I-2"), Triggers.evaluate(
        evidence().addIntelligence(w, visit).build(), corroborated).get(0).evidence());
  }

  /** 001 §7.2: "credible and material": an untriaged or not-credible report fires nothing. */
  @Test
  void whistleblowingFiresOnlyWhenTriagedCredible() {
    IntelligenceItem w = item("I-1", IntelligenceSource.WHISTLEBLOWING, daysAgo(10));
    assertEquals(List.of(), fire(evidence().addIntelligence(w).build()), "untriaged");
    IntelligenceItem notCredible = IntelligenceItem.builder().from(w)
        .triage(Triage.of(daysAgo(5), TriageOutcome.MONITOR, false)).build();
    assertEquals(List.of(), fire(evidence().addIntelligence(notCredible).build()), "not credible");
    IntelligenceItem triagedLater = IntelligenceItem.builder().from(w)
        .triage(Triage.of(daysAgo(-1), TriageOutcome.ACT, true)).build();
    assertEquals(List.of(), fire(evidence().addIntelligence(triagedLater).build()),
        "triaged credible only after the evaluation date");
    assertEquals(List.of("WHISTLEBLOWING"),
        codes(fire(evidence().addIntelligence(credible(w)).build())));
  }

  /** 003 §5.2.1 "adverse media": praise and neutral news never fire ADVERSE_MEDIA (001 §7.2). */
  @Test
  void onlyMediaReportingAConcernIsAdverse() {
    IntelligenceItem story = item("I-1", IntelligenceSource.MEDIA, daysAgo(10));
    for (Tone tone : List.of(Tone.POSITIVE, Tone.NEUTRAL)) {
      assertEquals(List.of(), fire(evidence().addIntelligence(
          IntelligenceItem.builder().from(story).tone(tone).build()).build()), tone.name());
    }
    assertEquals(List.of("ADVERSE_MEDIA"), codes(fire(evidence().addIntelligence(story).build())));
  }

  /** 004 §4.3: an item triaged NO_FURTHER_ACTION stops counting from its triage date. */
  @Test
  void anItemTriagedNoFurtherActionStopsCountingFromItsTriageDate() {
    IntelligenceItem police = item("I-1", IntelligenceSource.POLICE, daysAgo(10));
    IntelligenceItem closed = IntelligenceItem.builder().from(police)
        .triage(Triage.of(daysAgo(3), TriageOutcome.NO_FURTHER_ACTION, true)).build();
    assertEquals(List.of(), fire(evidence().addIntelligence(closed).build()));
    TriggerEvidence before = evidence().asOf(daysAgo(5)).addIntelligence(closed).build();
    assertEquals(List.of("POLICE_INVOLVEMENT"), codes(fire(before)), "before its triage date");
  }

  private static IntelligenceItem credible(IntelligenceItem item) {
    return IntelligenceItem.builder().from(item)
        .triage(Triage.of(item.received(), TriageOutcome.ACT, true)).build();
  }

  /**
   * Usual: 2 complaints in the 12 months before the last 3, so 0.5 per 3 months. Recent: 3, at
   * least the minimum of 3 and more than 1.5 x 0.5.
   */
  private static TriggerEvidence threeRecentComplaintsAgainstTwoBefore() {
    return evidence().addIntelligence(
        item("C-1", IntelligenceSource.COMPLAINT, daysAgo(200)),
        item("C-2", IntelligenceSource.COMPLAINT, daysAgo(300)),
        item("C-3", IntelligenceSource.COMPLAINT, daysAgo(10)),
        item("C-4", IntelligenceSource.COMPLAINT, daysAgo(20)),
        item("C-5", IntelligenceSource.COMPLAINT, daysAgo(30))).build();
  }

  @Test
  void higherThanUsualComplaintsFromIntelligenceCounts() {
    TriggerEvidence e = threeRecentComplaintsAgainstTwoBefore();
    TriggerFiring f = fired(fire(e), TriggerCode.HIGHER_THAN_USUAL_COMPLAINTS).orElseThrow();
    assertEquals(List.of("C-3", "C-4", "C-5"), f.evidence());
  }

  /**
   * 003 §5.2.1 names three "higher than usual" triggers, each of its own source: safeguarding
   * referrals, complaints, and serious incidents. Three recent items of a source against two in the
   * year before fire that source's trigger, with the recent items as evidence, and no other.
   */
  @ParameterizedTest
  @CsvSource({
      "SAFEGUARDING, HIGHER_THAN_USUAL_SAFEGUARDING",
      "COMPLAINT, HIGHER_THAN_USUAL_COMPLAINTS",
      "SERIOUS_INCIDENT, HIGHER_THAN_USUAL_SERIOUS_INCIDENTS"})
  void eachHigherThanUsualTriggerFiresOnItsOwnSourceOnly(IntelligenceSource source, TriggerCode code) {
    List<TriggerFiring> f = fire(evidence().addIntelligence(
        item("X-1", source, daysAgo(200)),
        item("X-2", source, daysAgo(300)),
        item("X-3", source, daysAgo(10)),
        item("X-4", source, daysAgo(20)),
        item("X-5", source, daysAgo(30))).build());
    assertEquals(List.of(code.name()), codes(f).stream()
        .filter(c -> c.startsWith("HIGHER_THAN_USUAL_")).collect(Collectors.toList()), f::toString);
    assertEquals(List.of("X-3", "X-4", "X-5"), fired(f, code).orElseThrow().evidence());
  }

  @Test
  void theUsualRateReadsTheSameWhateverTheDefaultLocale() {
    // The reason is part of the assessment (SNAPSHOT.md recommendation.reasons), which must not
    // depend on the machine: 0.5 stays "0.5", not "0,5", under a German default locale.
    TriggerEvidence e = threeRecentComplaintsAgainstTwoBefore();
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      TriggerFiring f = fired(fire(e), TriggerCode.HIGHER_THAN_USUAL_COMPLAINTS).orElseThrow();
      assertTrue(f.reason().contains("against a usual 0.5 "), f.reason());
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void complaintsAtTheirUsualRateAreNotHigherThanUsual() {
    // 12 complaints spread over the usual 12 months (3 per 3 months) and 3 recent: not above
    // 1.5 x 3.
    TriggerEvidence.Builder e = evidence();
    for (int i = 0; i < 12; i++) {
      e.addIntelligence(item("U-" + i, IntelligenceSource.COMPLAINT, daysAgo(100 + i * 28)));
    }
    for (int i = 0; i < 3; i++) {
      e.addIntelligence(item("R-" + i, IntelligenceSource.COMPLAINT, daysAgo(10 + i)));
    }
    assertTrue(fired(fire(e.build()), TriggerCode.HIGHER_THAN_USUAL_COMPLAINTS).isEmpty());
  }

  @Test
  void higherThanUsualComplaintsAsSpecialCauseConcern() {
    // 003 §5.2.1: "higher than usual complaints" as special-cause concern (MDC).
    List<TriggerFiring> f = fire(evidence().addIndicators(
        signal("complaints", ThresholdBand.NONE, Variation.SPECIAL_CAUSE_CONCERN)).build());
    assertEquals(List.of("complaints"),
        fired(f, TriggerCode.HIGHER_THAN_USUAL_COMPLAINTS).orElseThrow().evidence());
    assertTrue(fire(evidence().addIndicators(signal("complaints", ThresholdBand.RED,
        Variation.COMMON_CAUSE)).build()).isEmpty(), "a red month is not 'higher than usual'");
  }

  @Test
  void highMortalityOnRedOrSpecialCauseConcern() {
    List<TriggerFiring> f = fire(evidence().addIndicators(
        signal("shmi", ThresholdBand.AMBER, Variation.SPECIAL_CAUSE_CONCERN),
        signal("hsmr", ThresholdBand.RED, Variation.COMMON_CAUSE)).build());
    assertEquals(List.of("shmi", "hsmr"),
        fired(f, TriggerCode.HIGH_MORTALITY).orElseThrow().evidence());
    assertEquals(List.of("shmi", "hsmr"),
        fired(f, TriggerCode.PERSISTENT_INDICATOR_CONCERNS).orElseThrow().evidence());
    assertTrue(fire(evidence().addIndicators(signal("shmi", ThresholdBand.AMBER,
        Variation.SPECIAL_CAUSE_IMPROVEMENT)).build()).isEmpty());
  }

  @Test
  void complaintsAcrossDomainsAreSystemic() {
    // 001 §7.2: complaints suggesting problems are not isolated.
    TriggerEvidence e = evidence().addIntelligence(
        item("C-1", IntelligenceSource.COMPLAINT, daysAgo(10), QualityDomain.SAFE),
        item("C-2", IntelligenceSource.PALS, daysAgo(40), QualityDomain.EXPERIENCE),
        item("C-3", IntelligenceSource.COMPLAINT, daysAgo(90), QualityDomain.SAFE)).build();
    assertEquals(List.of("C-1", "C-2", "C-3"),
        fired(fire(e), TriggerCode.SYSTEMIC_COMPLAINTS).orElseThrow().evidence());
  }

  @Test
  void aGrowingNumberAndTypeOfMinorConcerns() {
    // 001 §7.2: 4 soft items from 3 sources in the last 3 months, up from 1 before.
    TriggerEvidence e = evidence().addIntelligence(
        item("S-0", IntelligenceSource.PATIENT_FEEDBACK, daysAgo(120)),
        item("S-1", IntelligenceSource.PATIENT_FEEDBACK, daysAgo(10)),
        item("S-2", IntelligenceSource.GP_REPORT, daysAgo(20)),
        item("S-3", IntelligenceSource.HEALTHWATCH, daysAgo(30)),
        item("S-4", IntelligenceSource.GP_REPORT, daysAgo(40))).build();
    assertEquals(List.of("S-1", "S-2", "S-3", "S-4"),
        fired(fire(e), TriggerCode.GROWING_MINOR_CONCERNS).orElseThrow().evidence());
  }

  @Test
  void everyTriggerCitesItsSource() {
    for (TriggerCode code : TriggerCode.values()) {
      assertTrue(code.citation().matches("00[0-4] .*"), code + ": " + code.citation());
    }
    TriggerFiring f = TriggerFiring.of(TriggerCode.POLICE_INVOLVEMENT, ImmutableList.of("I-1"),
        "1 item", ImmutableList.of("POLICE"), true);
    assertTrue(f.reason().endsWith("(Police involvement: 003 §5.2.1)"), f.reason());
  }
}
