package org.qsurv.scoring.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.qsurv.model.framework.QualityDomain;
import org.qsurv.model.indicator.Frequency;
import org.qsurv.model.indicator.IndicatorDefinition;
import org.qsurv.model.indicator.IndicatorId;
import org.qsurv.model.indicator.Observation;
import org.qsurv.model.indicator.Period;
import org.qsurv.model.indicator.Polarity;
import org.qsurv.model.indicator.Thresholds;
import org.qsurv.model.intelligence.IntelligenceId;
import org.qsurv.model.intelligence.IntelligenceItem;
import org.qsurv.model.intelligence.IntelligenceSource;
import org.qsurv.model.intelligence.Nature;
import org.qsurv.model.organisation.Commissioner;
import org.qsurv.model.organisation.OdsCode;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.organisation.Provider;
import org.qsurv.model.organisation.ProviderKind;
import org.qsurv.model.snapshot.Snapshot;
import org.qsurv.model.snapshot.SnapshotReader;
import org.qsurv.model.surveillance.Level;
import org.qsurv.scoring.policy.ScoringPolicy;
import org.qsurv.scoring.threshold.ReturnsPolicy;
import org.qsurv.scoring.profile.ConcernTrend;
import org.qsurv.scoring.risk.RiskRating;
import org.qsurv.scoring.risk.ScoredRisk;
import org.qsurv.scoring.spc.Assurance;
import org.qsurv.scoring.spc.SpcSignal;
import org.qsurv.scoring.spc.Variation;
import org.qsurv.scoring.threshold.ThresholdBand;
import org.qsurv.scoring.trigger.TriggerCode;

/** The assessment seam: SNAPSHOT.md's provider entry without the escalation fields. */
class QualityScoringTest {
  private static final OrganisationCode RH5 = OrganisationCode.of("RH5");
  private static final OrganisationCode OAK = OrganisationCode.of("1-101234567");
  private static final ScoringPolicy POLICY = ScoringPolicy.nhsDefaults();

  /** The example snapshot of SNAPSHOT.md. */
  static Snapshot snapshotMdExample() {
    String json = "{\"format\": \"qsurv-snapshot/1\", \"asOf\": \"2025-07-01\","
        + " \"commissioner\": {\"code\": \"QSL\", \"name\": \"NHS Somerset ICB\"},"
        + " \"providers\": ["
        + "  {\"code\": \"RH5\", \"name\": \"Somerset NHS Foundation Trust\", \"kind\": \"ACUTE\"},"
        + "  {\"code\": \"1-101234567\", \"name\": \"Oak House\", \"kind\": \"CARE_HOME\"}],"
        + " \"indicators\": [{\"id\": \"shmi\", \"name\": \"Summary Hospital-level Mortality"
        + " Indicator\", \"domain\": \"SAFE\", \"unit\": \"ratio\", \"polarity\":"
        + " \"LOWER_IS_BETTER\", \"frequency\": \"MONTHLY\", \"thresholds\": {\"amber\": 1.05,"
        + " \"red\": 1.15}, \"target\": 1.0}],"
        + " \"observations\": [{\"provider\": \"RH5\", \"indicator\": \"shmi\", \"period\":"
        + " \"2024-07\", \"value\": 1.02}],"
        + " \"intelligence\": [{\"id\": \"I-1\", \"provider\": \"RH5\", \"received\":"
        + " \"2025-06-10\", \"source\": \"WHISTLEBLOWING\", \"nature\": \"SOFT\", \"domain\":"
        + " \"SAFE\", \"summary\": \"Staff report unsafe night staffing on ward 4\"}],"
        + " \"risks\": [{\"id\": \"R-1\", \"provider\": \"RH5\", \"title\": \"Night staffing below"
        + " safe levels\", \"domain\": \"SAFE\", \"owner\": \"Deputy Chief Nurse\","
        + " \"likelihood\": 4, \"consequence\": 4, \"lastReviewed\": \"2025-05-20\"}],"
        + " \"decisions\": [{\"provider\": \"RH5\", \"at\": \"2025-03-03\", \"decision\":"
        + " \"PLACE_ON_ENHANCED\", \"by\": {\"name\": \"A. Director\", \"role\":"
        + " \"ICB_DIRECTOR\"}, \"rationale\": \"Rising mortality and two never events in a"
        + " quarter\"}]}";
    SnapshotReader.Result result = SnapshotReader.read(json);
    assertTrue(result.isValid(), () -> result.problems().toString());
    return result.snapshot();
  }

  @Test
  void theSnapshotMdExample() {
    QualityAssessment a = QualityScoring.assess(snapshotMdExample(), RH5, Level.ENHANCED, POLICY);

    IndicatorAssessment shmi = a.indicators().get(0);
    assertEquals(1, a.indicators().size());
    assertEquals("shmi", shmi.id().value());
    assertEquals(Period.parse("2024-07"), shmi.period());
    assertEquals(1.02, shmi.value());
    assertEquals(ThresholdBand.GREEN, shmi.threshold());
    assertEquals(Variation.NOT_ENOUGH_DATA, shmi.variation(), "one point: no chart");
    assertEquals(ImmutableList.of(), shmi.signals());
    assertEquals(Assurance.NONE, shmi.assurance(), "no limits to compare the target with");

    ScoredRisk r1 = a.risks().get(0);
    assertEquals(16, r1.score());
    assertEquals(RiskRating.EXTREME, r1.rating());
    assertEquals(1, r1.reviewIntervalMonths());
    assertEquals(LocalDate.of(2025, 6, 20), r1.nextReviewDue());
    assertTrue(r1.overdue());

    // The whistleblowing report is not triaged (format 1 cannot say): not yet "credible and
    // material" (001 §7.2), so only the risk fires; enhanced stands until assurance is gained.
    assertEquals(List.of(TriggerCode.RISKS_15_PLUS),
        a.triggers().stream().map(t -> t.code()).collect(Collectors.toList()));
    assertEquals(List.of("R-1"), a.triggers().get(0).evidence());
    assertEquals(Level.ENHANCED, a.recommendation().level());
    assertFalse(a.recommendation().urgent(), "one risk is not urgent");

    // No return since July 2024: August 2024 to May 2025 are owed (June is due by 31 July).
    assertEquals(List.of(FindingCode.MISSING_RETURN, FindingCode.REVIEW_OVERDUE),
        a.findings().stream().map(Finding::code).collect(Collectors.toList()));
    assertEquals("shmi", a.findings().get(0).subject());
    assertTrue(a.findings().get(0).detail().contains("10 periods from 2024-08 to 2025-05"),
        a.findings().get(0).detail());
    assertEquals("R-1", a.findings().get(1).subject());
  }

  @Test
  void aProviderWithNothingRecordedIsRoutine() {
    QualityAssessment oak = QualityScoring.assess(snapshotMdExample(), OAK, Level.ROUTINE, POLICY);
    assertEquals(List.of(), oak.indicators());
    assertEquals(List.of(), oak.risks());
    assertEquals(List.of(), oak.triggers());
    assertEquals(List.of(), oak.findings());
    assertEquals(Level.ROUTINE, oak.recommendation().level());
  }

  @Test
  void aCareHomesGapsAreNotMissingReturnsUnlessThePolicyExpectsThem() {
    // 003 §5.3: monitoring is proportionate to the size of the organisation; a care home's
    // occasional returns are not a schedule. The same gap at an acute trust is a finding.
    IndicatorDefinition falls = IndicatorDefinition.builder().id(IndicatorId.of("falls"))
        .name("Falls").domain(QualityDomain.SAFE).unit("count")
        .polarity(Polarity.LOWER_IS_BETTER).frequency(Frequency.MONTHLY).build();
    Snapshot s = Snapshot.builder().asOf(LocalDate.of(2025, 7, 1))
        .commissioner(Commissioner.of(OdsCode.of("QSL"), "NHS Somerset ICB"))
        .addProviders(Provider.of(RH5, "Somerset NHS Foundation Trust", ProviderKind.ACUTE))
        .addProviders(Provider.of(OAK, "Oak House", ProviderKind.CARE_HOME))
        .addIndicators(falls)
        .addObservations(Observation.of(RH5, falls.id(), Period.parse("2025-01"), 2))
        .addObservations(Observation.of(OAK, falls.id(), Period.parse("2025-01"), 2))
        .build();
    QualityScoring scoring = QualityScoring.of(s, POLICY);
    assertEquals(List.of(FindingCode.MISSING_RETURN),
        scoring.assess(RH5, Level.ROUTINE).findings().stream().map(Finding::code).toList());
    assertEquals(List.of(), scoring.assess(OAK, Level.ROUTINE).findings());

    ScoringPolicy expectAll = ScoringPolicy.builder().from(POLICY)
        .returns(ReturnsPolicy.builder().expectReturnsFromAllKinds(true).build()).build();
    assertEquals(List.of(FindingCode.MISSING_RETURN), QualityScoring.of(s, expectAll)
        .assess(OAK, Level.ROUTINE).findings().stream().map(Finding::code).toList());
  }

  @Test
  void onlyDataDatedOnOrBeforeTheEvaluationDateIsUsed() {
    Snapshot s = national(LocalDate.of(2025, 7, 1));
    QualityAssessment a = QualityScoring.of(s, POLICY).assess(RH5, Level.ROUTINE);
    IndicatorAssessment shmi = a.indicators().get(0);
    // The July 2025 period starts on 1 July: used. August is not.
    assertEquals(Period.parse("2025-07"), shmi.period());
    assertFalse(a.triggers().stream().anyMatch(t -> t.evidence().contains("I-LATE")));
  }

  @Test
  void aShiftInMortalityIsSpecialCauseConcernAndHighMortality() {
    // 12 months alternating 0.98, 1.00 (mean 0.99), then 7 months at 1.06, 1.08 alternating:
    // the last 7 are above the mean of all 19: a shift. Lower is better: concern.
    QualityAssessment a = QualityScoring.of(national(LocalDate.of(2025, 7, 1)), POLICY)
        .assess(RH5, Level.ROUTINE);
    IndicatorAssessment shmi = a.indicators().get(0);
    assertTrue(shmi.signals().contains(SpcSignal.SHIFT), shmi.signals().toString());
    assertEquals(Variation.SPECIAL_CAUSE_CONCERN, shmi.variation());
    assertEquals(ThresholdBand.AMBER, shmi.threshold());
    assertTrue(a.triggers().stream().anyMatch(t -> t.code() == TriggerCode.HIGH_MORTALITY));
  }

  @Test
  void cqcEnforcementWithoutAnOpenCaseIsAQualityGatewayFinding() {
    // 003 §4.2: only at routine; an enhanced or intensive case is the appropriate response.
    Snapshot s = national(LocalDate.of(2025, 7, 1));
    QualityScoring scoring = QualityScoring.of(s, POLICY);
    QualityAssessment routine = scoring.assess(RH5, Level.ROUTINE);
    assertEquals(List.of(FindingCode.ESCALATION_ADVISED, FindingCode.QUALITY_GATEWAY),
        routine.findings().stream().map(Finding::code).collect(Collectors.toList()));
    assertEquals("I-CQC", routine.findings().get(1).subject());
    QualityAssessment enhanced = scoring.assess(RH5, Level.ENHANCED);
    assertTrue(enhanced.findings().stream().noneMatch(f -> f.code()
        == FindingCode.QUALITY_GATEWAY));
  }

  @Test
  void overdueImprovementActionsArePassedIn() {
    QualityAssessment a = QualityScoring.of(national(LocalDate.of(2025, 7, 1)), POLICY)
        .assess(RH5, Level.ENHANCED, List.of("QIP-4"));
    assertTrue(a.triggers().stream().anyMatch(t -> t.code()
        == TriggerCode.IMPROVEMENT_ACTIONS_OVERDUE && t.evidence().equals(List.of("QIP-4"))));
  }

  @Test
  void scoringEveryProviderAgreesWithScoringEachAlone() {
    Snapshot s = national(LocalDate.of(2025, 7, 1));
    QualityScoring scoring = QualityScoring.of(s, POLICY);
    ImmutableList<QualityAssessment> all = scoring.assessAll(code -> Level.ROUTINE);
    assertEquals(2, all.size());
    assertEquals(QualityScoring.assess(s, RH5, Level.ROUTINE, POLICY), all.get(0));
    assertEquals(QualityScoring.assess(s, OAK, Level.ROUTINE, POLICY), all.get(1));
  }

  @Test
  void theProfileCanBeReRunAtAnEarlierDate() {
    // Three months earlier there was no CQC enforcement and no shift yet.
    Snapshot s = national(LocalDate.of(2025, 7, 1));
    QualityAssessment now = QualityScoring.of(s, POLICY).assess(RH5, Level.ROUTINE);
    QualityAssessment then = QualityScoring.of(s, POLICY, LocalDate.of(2025, 3, 1))
        .assess(RH5, Level.ROUTINE);
    assertEquals(Period.parse("2025-03"), then.indicators().get(0).period());
    assertEquals(ConcernTrend.RISING, now.profile().trendSince(then.profile(),
        POLICY.triangulation()).get(QualityDomain.SAFE));
    assertThrows(IllegalArgumentException.class,
        () -> QualityScoring.of(s, POLICY, LocalDate.of(2025, 7, 2)));
  }

  @Test
  void anUnknownProviderIsAnError() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> QualityScoring.of(snapshotMdExample(), POLICY)
            .assess(OrganisationCode.of("RBA"), Level.ROUTINE));
    assertTrue(e.getMessage().contains("RBA"), e.getMessage());
  }

  /**
   * RH5: SHMI from 2023-12 to 2025-08 (19 months to June 2025 plus later ones), CQC enforcement
   * in June 2025 and a police report received after the date.
   */
  static Snapshot national(LocalDate asOf) {
    IndicatorDefinition shmi = IndicatorDefinition.builder().id(IndicatorId.of("shmi"))
        .name("SHMI").domain(QualityDomain.SAFE).unit("ratio").polarity(Polarity.LOWER_IS_BETTER)
        .frequency(Frequency.MONTHLY).thresholds(Thresholds.of(1.05, 1.15)).target(1.0).build();
    ImmutableList.Builder<Observation> obs = ImmutableList.builder();
    Period p = Period.parse("2024-01");
    for (int i = 0; i < 12; i++) {
      obs.add(Observation.of(RH5, shmi.id(), p, i % 2 == 0 ? 0.98 : 1.00));
      p = p.next();
    }
    for (int i = 0; i < 9; i++) {
      obs.add(Observation.of(RH5, shmi.id(), p, i % 2 == 0 ? 1.06 : 1.08));
      p = p.next();
    }
    // 2025-01 .. 2025-09: the last 7 up to 2025-07 are above the mean; 2025-08/09 after asOf.
    return Snapshot.builder().asOf(asOf)
        .commissioner(Commissioner.of(OdsCode.of("QSL"), "NHS Somerset ICB"))
        .addProviders(Provider.of(RH5, "Somerset NHS Foundation Trust", ProviderKind.ACUTE))
        .addProviders(Provider.of(OAK, "Oak House", ProviderKind.CARE_HOME))
        .addIndicators(shmi)
        .observations(obs.build())
        .addIntelligence(intel("I-CQC", IntelligenceSource.CQC_ENFORCEMENT,
            LocalDate.of(2025, 6, 2)))
        .addIntelligence(intel("I-LATE", IntelligenceSource.POLICE, asOf.plusDays(3)))
        .build();
  }

  private static IntelligenceItem intel(String id, IntelligenceSource source, LocalDate on) {
    return IntelligenceItem.builder().id(IntelligenceId.of(id)).provider(RH5).received(on)
        .source(source).nature(Nature.HARD).domain(QualityDomain.SAFE).summary(id).build();
  }
}
