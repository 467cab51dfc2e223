package org.qsurv.scoring.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.qsurv.model.framework.QualityDomain;
import org.qsurv.model.indicator.Frequency;
import org.qsurv.model.indicator.IndicatorDefinition;
import org.qsurv.model.indicator.IndicatorId;
import org.qsurv.model.indicator.Observation;
import org.qsurv.model.indicator.Period;
import org.qsurv.model.indicator.Polarity;
import org.qsurv.model.indicator.Trajectory;
import org.qsurv.model.indicator.TrajectoryPoint;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.snapshot.BulkSnapshot;
import org.qsurv.model.snapshot.Snapshot;
import org.qsurv.model.snapshot.SnapshotReader;
import org.qsurv.model.surveillance.Level;
import org.qsurv.scoring.policy.FindingPolicy;
import org.qsurv.scoring.policy.ScoringPolicy;
import org.qsurv.scoring.risk.RiskReviewPolicy;
import org.qsurv.scoring.trigger.TriggerCode;
import org.qsurv.scoring.trigger.TriggerFiring;

/**
 * The lifecycle rules the scoring applies to a provider's workflow data: an off-trajectory run
 * is a finding once it lasts the policy's periods (003 §5.2.2); concern not triaged within the
 * week is a finding in a 1.1 snapshot (004 §4.3); overdue plan actions count only for a provider
 * whose plan is in force, in enhanced or intensive surveillance (003 §5.2.1, §5.2.3 e); and the
 * bulk and per-provider ways of scoring agree.
 */
class QualityScoringRulesTest {
  private static final OrganisationCode RH5 = OrganisationCode.of("RH5");
  private static final OrganisationCode RA4 = OrganisationCode.of("RA4");
  private static final ScoringPolicy POLICY = ScoringPolicy.nhsDefaults();
  private static final String HEAD = "{\"format\": \"qsurv-snapshot/1.1\", \"asOf\": \"2025-07-01\","
      + " \"commissioner\": {\"code\": \"QSL\", \"name\": \"ICB\"},"
      + " \"providers\": [{\"code\": \"RH5\", \"name\": \"Somerset FT\", \"kind\": \"ACUTE\"},"
      + " {\"code\": \"RA4\", \"name\": \"Yeovil FT\", \"kind\": \"ACUTE\"}],"
      + " \"indicators\": [], \"observations\": [], \"risks\": [], \"decisions\": [],";

  private static Snapshot read(String rest) {
    return read(HEAD, rest);
  }

  private static Snapshot read(String head, String rest) {
    SnapshotReader.Result r = SnapshotReader.read(head + rest + "}");
    assertTrue(r.isValid(), () -> r.problems().toString());
    return r.snapshot();
  }

  private static String item(String id, String received, String tone, String triagedOn) {
    return "{\"id\": \"" + id + "\", \"provider\": \"RH5\", \"received\": \"" + received + "\","
        + " \"source\": \"COMPLAINT\", \"nature\": \"SOFT\", \"domain\": \"SAFE\", \"summary\":"
        + " \"Call bells\", \"tone\": \"" + tone + "\""
        + (triagedOn == null ? "" : ", \"triage\": {\"on\": \"" + triagedOn + "\", \"outcome\":"
            + " \"ACT\", \"credible\": true}") + "}";
  }

  private static List<String> subjects(QualityAssessment a, FindingCode code) {
    return a.findings().stream().filter(f -> f.code() == code).map(Finding::subject).toList();
  }

  private static String risk(String id, String provider, int likelihood, int consequence,
      String lastReviewed) {
    return "{\"id\": \"" + id + "\", " + (provider == null ? "" : "\"provider\": \"" + provider
        + "\", ") + "\"title\": \"Risk " + id + "\", \"domain\": \"SAFE\", \"owner\": \"Chief"
        + " Nurse\", \"likelihood\": " + likelihood + ", \"consequence\": " + consequence
        + ", \"lastReviewed\": \"" + lastReviewed + "\"}";
  }

  /**
   * A risk past its review date is a REVIEW_OVERDUE finding that says when it was due, after how
   * long, and which rule set the interval: 15 and above monthly (004 §4.4), every risk monthly
   * where the policy says so (000 §6.5), otherwise a local choice by rating. A risk with no
   * provider is the system's: its finding names no provider, and a provider's risk is not the
   * system's.
   */
  @Test
  void anOverdueReviewSaysWhenItWasDueAndWhichRuleSetTheInterval() {
    String risks = String.join(", ", risk("R-15", "RH5", 3, 5, "2025-05-01"),
        risk("R-12", "RH5", 3, 4, "2025-03-01"), risk("R-6", "RH5", 2, 3, "2025-05-01"),
        risk("R-S", null, 3, 5, "2025-05-15"), risk("R-T", null, 3, 5, "2025-06-20"));
    Snapshot s = read(HEAD.replace("\"risks\": [],", "\"risks\": [" + risks + "],"),
        "\"intelligence\": []");
    List<Finding> national = QualityScoring.of(s, POLICY).assess(RH5, Level.ROUTINE).findings()
        .stream().filter(f -> f.code() == FindingCode.REVIEW_OVERDUE).toList();
    assertEquals(List.of("R-15", "R-12"), national.stream().map(Finding::subject).toList());
    assertEquals("Risk R-15 (\"Risk R-15\", score 15, EXTREME, owner Chief Nurse) was due for"
        + " review on 2025-06-01, one month after its last review on 2025-05-01 (004 §4.4: 15 and"
        + " above at least monthly)", national.get(0).detail());
    assertEquals("Risk R-12 (\"Risk R-12\", score 12, HIGH, owner Chief Nurse) was due for"
        + " review on 2025-06-01, 3 months after its last review on 2025-03-01 (the review"
        + " interval for its rating is a local choice)", national.get(1).detail());

    ScoringPolicy monthly = ScoringPolicy.builder().from(POLICY)
        .riskReview(RiskReviewPolicy.monthly()).build();
    Finding r6 = QualityScoring.of(s, monthly).assess(RH5, Level.ROUTINE).findings().stream()
        .filter(f -> f.subject().equals("R-6")).findFirst().orElseThrow();
    assertTrue(r6.detail().endsWith("one month after its last review on 2025-05-01 (000 §6.5:"
        + " every risk at least monthly)"), r6.detail());

    List<Finding> system = QualityScoring.of(s, POLICY).systemFindings();
    assertEquals(List.of("R-S"), system.stream().map(Finding::subject).toList(),
        "the system's overdue risk only: R-T is not yet due, R-15 is RH5's");
    assertEquals(Optional.empty(), system.get(0).provider());
    assertEquals(FindingCode.REVIEW_OVERDUE, system.get(0).code());
  }

  /**
   * A missing return lists up to six owed periods by name, and more as a count with the first
   * and last (001 §7.3 "requested information is not forthcoming").
   */
  @Test
  void missingReturnsNameUpToSixPeriodsAndCountMore() {
    String indicator = "\"indicators\": [{\"id\": \"shmi\", \"name\": \"SHMI\", \"domain\":"
        + " \"SAFE\", \"unit\": \"ratio\", \"polarity\": \"LOWER_IS_BETTER\", \"frequency\":"
        + " \"MONTHLY\"}], \"observations\": [";
    // Returns are owed to May 2025 (June is due by 31 July).
    String six = HEAD.replace("\"indicators\": [], \"observations\": [", indicator
        + "{\"provider\": \"RH5\", \"indicator\": \"shmi\", \"period\": \"2024-11\","
        + " \"value\": 1.0}");
    String seven = HEAD.replace("\"indicators\": [], \"observations\": [", indicator
        + "{\"provider\": \"RH5\", \"indicator\": \"shmi\", \"period\": \"2024-10\","
        + " \"value\": 1.0}");
    assertTrue(missing(read(six, "\"intelligence\": []")).contains(
        "for 2024-12, 2025-01, 2025-02, 2025-03, 2025-04, 2025-05"),
        missing(read(six, "\"intelligence\": []")));
    assertTrue(missing(read(seven, "\"intelligence\": []")).contains(
        "for 7 periods from 2024-11 to 2025-05"), missing(read(seven, "\"intelligence\": []")));
  }

  private static String missing(Snapshot s) {
    return QualityScoring.of(s, POLICY).assess(RH5, Level.ROUTINE).findings().stream()
        .filter(f -> f.code() == FindingCode.MISSING_RETURN).findFirst().orElseThrow().detail();
  }

  /**
   * As of 1 July with a week to triage: concern received 23 June or earlier and not triaged by
   * the date is a finding, however it was triaged later; concern received 24 June, triaged in
   * time, or positive, is not.
   */
  @Test
  void concernNotTriagedWithinTheWeekIsAFindingIn11() {
    Snapshot s = read("\"intelligence\": [" + String.join(", ",
        item("I-1", "2025-06-23", "CONCERN", null), item("I-2", "2025-06-24", "CONCERN", null),
        item("I-3", "2025-06-01", "CONCERN", "2025-06-05"),
        item("I-4", "2025-06-01", "CONCERN", "2025-07-01"),
        item("I-5", "2025-06-01", "CONCERN", "2025-07-02"),
        item("I-6", "2025-06-01", "POSITIVE", null)) + "]");
    QualityAssessment a = QualityScoring.assess(s, RH5, Level.ROUTINE, POLICY);
    assertEquals(List.of("I-1", "I-5"), subjects(a, FindingCode.INTELLIGENCE_NOT_TRIAGED));
    Snapshot v1 = SnapshotReader.read(HEAD.replace("snapshot/1.1", "snapshot/1")
        + "\"intelligence\": [" + item("I-1", "2025-06-23", "CONCERN", null)
            .replace(", \"tone\": \"CONCERN\"", "") + "]}").snapshot();
    assertEquals(List.of(), subjects(QualityScoring.assess(v1, RH5, Level.ROUTINE, POLICY),
        FindingCode.INTELLIGENCE_NOT_TRIAGED), "format 1 has no triage to judge");
  }

  /**
   * A plan action not completed by its date is "failure of existing plans to demonstrate
   * improvement" for a provider in enhanced or intensive surveillance; a routine provider has no
   * plan in force, and an action not yet due or completed in time is not overdue.
   */
  @Test
  void overduePlanActionsFireOnlyWhereThePlanIsInForce() {
    Snapshot s = read("\"intelligence\": [], \"actions\": ["
        + "{\"id\": \"A-1\", \"provider\": \"RH5\", \"description\": \"Recruit\", \"owner\":"
        + " \"Director of Nursing\", \"due\": \"2025-06-08\"},"
        + "{\"id\": \"A-2\", \"provider\": \"RH5\", \"description\": \"Audit\", \"owner\":"
        + " \"Director of Nursing\", \"due\": \"2025-07-15\"},"
        + "{\"id\": \"A-3\", \"provider\": \"RH5\", \"description\": \"Train\", \"owner\":"
        + " \"Director of Nursing\", \"due\": \"2025-06-08\", \"completed\": \"2025-06-08\"}]");
    for (Level level : Level.values()) {
      List<TriggerFiring> fired = QualityScoring.assess(s, RH5, level, POLICY).triggers().stream()
          .filter(t -> t.code() == TriggerCode.IMPROVEMENT_ACTIONS_OVERDUE).toList();
      if (level == Level.ROUTINE) {
        assertEquals(List.of(), fired);
      } else {
        assertEquals(1, fired.size(), level::toString);
        assertEquals(List.of("A-1"), fired.get(0).evidence());
      }
    }
  }

  private static IndicatorDefinition cdiff() {
    Trajectory.Builder plan = Trajectory.builder().tolerance(1);
    for (int m = 1; m <= 6; m++) {
      plan.addPoints(TrajectoryPoint.of(Period.month(2025, m), 4));
    }
    return IndicatorDefinition.builder().id(IndicatorId.of("cdiff")).name("C. difficile cases")
        .domain(QualityDomain.SAFE).unit("cases").polarity(Polarity.LOWER_IS_BETTER)
        .frequency(Frequency.MONTHLY).trajectory(plan.build()).build();
  }

  /** RH5 off its plan of 4 (tolerance 1) in April, May and June; RA4 on it all year. */
  private static Snapshot trajectories() {
    List<Observation> series = new ArrayList<>();
    for (int m = 1; m <= 6; m++) {
      series.add(Observation.of(RH5, IndicatorId.of("cdiff"), Period.month(2025, m),
          m >= 4 ? 7 : 4));
      series.add(Observation.of(RA4, IndicatorId.of("cdiff"), Period.month(2025, m), 5));
    }
    return Snapshot.builder().from(read("\"intelligence\": []")).indicators(List.of(cdiff()))
        .observations(series).build();
  }

  /**
   * Off trajectory for three consecutive periods is a finding under a policy asking for 1, 2 or
   * 3, and not one asking for 4; a provider on its trajectory (a deviation on the tolerance) has
   * none.
   */
  @Test
  void anOffTrajectoryRunIsAFindingOnceItLastsThePolicysPeriods() {
    Snapshot s = trajectories();
    for (int periods = 1; periods <= 4; periods++) {
      ScoringPolicy policy = ScoringPolicy.builder().from(POLICY)
          .findings(FindingPolicy.builder().from(POLICY.findings())
              .offTrajectoryPeriods(periods).build()).build();
      QualityScoring scoring = QualityScoring.of(s, policy);
      assertEquals(periods <= 3 ? List.of("cdiff") : List.of(),
          subjects(scoring.assess(RH5, Level.ROUTINE), FindingCode.OFF_TRAJECTORY),
          periods + " periods asked");
      assertEquals(List.of(), subjects(scoring.assess(RA4, Level.ROUTINE),
          FindingCode.OFF_TRAJECTORY));
    }
    IndicatorAssessment rh5 = QualityScoring.assess(s, RH5, Level.ROUTINE, POLICY).indicators()
        .get(0);
    assertEquals(3, rh5.trajectory().orElseThrow().periodsOff());
  }

  /**
   * Scoring a bulk snapshot provider by provider, by index, or all at once gives the same
   * assessments, and a bulk snapshot cannot be scored as of a date after its own.
   */
  @Test
  void theBulkAndPerProviderScoringsAgree() {
    Snapshot s = trajectories();
    BulkSnapshot bulk = BulkSnapshot.of(s);
    QualityScoring scoring = QualityScoring.of(bulk, POLICY);
    QualityScoring single = QualityScoring.of(s, POLICY);
    List<QualityAssessment> all = scoring.assessAll(code -> Level.ENHANCED);
    for (int p = 0; p < s.providers().size(); p++) {
      OrganisationCode code = s.providers().get(p).code();
      assertEquals(single.assess(code, Level.ENHANCED), scoring.assess(p, Level.ENHANCED));
      assertEquals(single.assess(code, Level.ENHANCED), all.get(p));
    }
    LocalDate after = s.asOf().plusDays(1);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> QualityScoring.of(bulk, POLICY, after));
    assertEquals("cannot score as of 2025-07-02, after the snapshot's date 2025-07-01",
        e.getMessage());
    assertEquals(s.asOf().minusDays(1), QualityScoring.of(bulk, POLICY, s.asOf().minusDays(1))
        .asOf());
  }
}
