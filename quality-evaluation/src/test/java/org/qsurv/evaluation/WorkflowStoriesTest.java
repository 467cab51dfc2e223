package org.qsurv.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.qsurv.model.organisation.ProviderKind;
import org.qsurv.model.snapshot.Snapshot;
import org.qsurv.model.snapshot.SnapshotReader;
import org.qsurv.model.surveillance.Level;
import org.qsurv.scoring.assessment.Assessment;
import org.qsurv.scoring.assessment.ProviderAssessment;
import org.qsurv.scoring.assurance.AssuranceLevel;
import org.qsurv.scoring.assurance.LevelOfAssurance;
import org.qsurv.scoring.report.GovernanceReports;
import org.qsurv.scoring.report.QsgAgenda;
import org.qsurv.scoring.report.ServiceAreaReport;

/**
 * Each framework's own workflow, walked through in its profile as the weeks pass: one snapshot
 * holds the whole story, and evaluating it as of successive dates uses only what had happened by
 * then (SNAPSHOT.md: nothing dated after {@code asOf} is used).
 */
class WorkflowStoriesTest {
  private static final String HEAD = "{\"format\": \"qsurv-snapshot/1.1\", \"asOf\": \"2025-12-31\","
      + " \"commissioner\": {\"code\": \"QSL\", \"name\": \"ICB\"}, \"indicators\": [],"
      + " \"observations\": [], \"risks\": [],";
  private static final String DIRECTOR = "\"by\": {\"name\": \"A. Director\", \"role\":"
      + " \"ICB_DIRECTOR\"}";

  private static Snapshot story(String kind, String body) {
    return SnapshotReader.read(HEAD + " \"providers\": [{\"code\": \"RH5\", \"name\": \"Trust\","
        + " \"kind\": \"" + kind + "\"}]," + body + "}").snapshot();
  }

  private static ProviderAssessment on(Snapshot s, String date, String profile) {
    return evaluate(s, date, profile).providers().get(0);
  }

  private static Assessment evaluate(Snapshot s, String date, String profile) {
    return SnapshotEvaluator.evaluate(Snapshot.builder().from(s).asOf(LocalDate.parse(date))
        .build(), PolicyProfiles.named(profile).orElseThrow());
  }

  private static List<String> findings(ProviderAssessment p) {
    return p.quality().findings().stream().map(f -> f.code() + " " + f.subject())
        .collect(Collectors.toList());
  }

  /**
   * 002 QAF ¶40-41, lewisham-qaf: a serious incident's root cause analysis is late, then received
   * and not reviewed, then accepted at the SI review panel with the action plan unsigned, then
   * signed off: each step is a finding until the next is done.
   */
  @Test
  void lewishamTheSeriousIncidentReviewPanel() {
    Snapshot s = story("ACUTE", " \"intelligence\": [], \"decisions\": [], \"incidents\": [{\"id\":"
        + " \"SI-1\", \"provider\": \"RH5\", \"reported\": \"2025-02-01\", \"framework\":"
        + " \"SI_2015\", \"neverEvent\": false, \"responseDue\": \"2025-04-01\","
        + " \"responseReceived\": \"2025-04-15\", \"review\": {\"on\": \"2025-05-22\", \"outcome\":"
        + " \"ACCEPTED\"}, \"actionPlanSignedOff\": \"2025-09-10\"}]");
    assertEquals(List.of(), findings(on(s, "2025-03-01", "lewisham-qaf")));
    assertEquals(List.of("LEARNING_RESPONSE_OVERDUE SI-1"),
        findings(on(s, "2025-04-10", "lewisham-qaf")));
    assertEquals(List.of("LEARNING_RESPONSE_NOT_REVIEWED SI-1"),
        findings(on(s, "2025-05-20", "lewisham-qaf")));
    assertEquals(List.of(), findings(on(s, "2025-06-30", "lewisham-qaf")));
    assertEquals(List.of("ACTION_PLAN_NOT_SIGNED_OFF SI-1"),
        findings(on(s, "2025-09-01", "lewisham-qaf")));
    assertEquals(List.of(), findings(on(s, "2025-09-15", "lewisham-qaf")));
  }

  /**
   * 000 §8.7 and 003 §5.1.2, dorset-qf-2018: quarterly contract quality review meetings; one not
   * held is documented and stays a finding until the next is held; a quarter without one makes
   * the next due.
   */
  @Test
  void dorsetQuarterlyContractQualityReviewMeetings() {
    Snapshot s = story("ACUTE", " \"intelligence\": [], \"decisions\": [], \"meetings\": ["
        + "{\"id\": \"M-1\", \"provider\": \"RH5\", \"kind\": \"CQRM\", \"date\": \"2025-01-15\","
        + " \"held\": true}, {\"id\": \"M-2\", \"provider\": \"RH5\", \"kind\": \"CQRM\", \"date\":"
        + " \"2025-04-15\", \"held\": false, \"reasonNotHeld\": \"Provider unable to attend\"},"
        + " {\"id\": \"M-3\", \"provider\": \"RH5\", \"kind\": \"CQRM\", \"date\": \"2025-05-06\","
        + " \"held\": true}]");
    assertEquals(List.of(), findings(on(s, "2025-04-01", "dorset-qf-2018")));
    assertEquals(List.of("CONTRACT_MEETING_DUE RH5", "CONTRACT_MEETING_NOT_HELD M-2"),
        findings(on(s, "2025-04-20", "dorset-qf-2018")));
    assertEquals(List.of(), findings(on(s, "2025-06-01", "dorset-qf-2018")));
    assertEquals(List.of("CONTRACT_MEETING_DUE RH5"),
        findings(on(s, "2025-08-07", "dorset-qf-2018")));
  }

  /**
   * 001 §7.1, cannock-chase-qs-2012: a never event supports an unannounced visit (Level 2); the
   * visit finds a concern, which is first-hand evidence; the practice's annual visit falls due
   * (001 §6.2).
   */
  @Test
  void cannockChaseLevelsOfAssuranceAndVisits() {
    Snapshot s = story("GP_PRACTICE", " \"intelligence\": [{\"id\": \"I-1\", \"provider\": \"RH5\","
        + " \"received\": \"2025-03-03\", \"source\": \"NEVER_EVENT\", \"nature\": \"HARD\","
        + " \"domain\": \"SAFE\", \"summary\": \"Wrong patient given a vaccine\", \"triage\":"
        + " {\"on\": \"2025-03-04\", \"outcome\": \"ACT\", \"credible\": true}}],"
        + " \"decisions\": [], \"visits\": [{\"id\": \"V-1\", \"provider\": \"RH5\", \"date\":"
        + " \"2025-03-20\", \"kind\": \"UNANNOUNCED\", \"status\": \"DONE\", \"findings\":"
        + " [{\"domain\": \"SAFE\", \"tone\": \"CONCERN\", \"summary\": \"No second check of the"
        + " vaccine fridge log\"}]}]");
    ProviderAssessment beforeVisit = on(s, "2025-03-10", "cannock-chase-qs-2012");
    LevelOfAssurance level1 = beforeVisit.quality().levelOfAssurance();
    assertEquals(AssuranceLevel.LEVEL_1, level1.level());
    assertTrue(level1.toMove().contains("intelligence identifying a patient safety risk (I-1)"
        + " supports an unannounced visit (001 §7.1: Level 2)"), level1.toMove()::toString);
    ProviderAssessment afterVisit = on(s, "2025-04-01", "cannock-chase-qs-2012");
    assertEquals(AssuranceLevel.LEVEL_2, afterVisit.quality().levelOfAssurance().level());
    assertTrue(afterVisit.quality().profile().concerns().stream()
        .anyMatch(c -> c.evidence().contains("V-1")), "the visit's finding is evidence");
    assertEquals(List.of(), findings(on(s, "2026-03-20", "cannock-chase-qs-2012")));
    assertEquals(List.of("VISIT_OVERDUE RH5"),
        findings(on(s, "2026-03-21", "cannock-chase-qs-2012")));
  }

  /**
   * 003 Appendix 1, halton-warrington-qsif-2020: a CQC inspection outcome of INADEQUATE in the
   * safe key question advises ENHANCED pending review on its own; once in enhanced, visits are
   * stepped up (003 §5.2.3 c) and a quarter without one is a finding.
   */
  @Test
  void haltonWarringtonACqcOutcomeThenVisitsSteppedUp() {
    Snapshot s = story("ACUTE", " \"intelligence\": [],"
        + " \"decisions\": [{\"provider\": \"RH5\", \"at\": \"2025-06-02\", \"decision\":"
        + " \"PLACE_ON_ENHANCED\", " + DIRECTOR + ", \"rationale\": \"CQC rated safe INADEQUATE\"}],"
        + " \"ratings\": [{\"id\": \"CQC-1\", \"provider\": \"RH5\", \"regulator\": \"CQC\","
        + " \"published\": \"2025-05-20\", \"overall\": \"REQUIRES_IMPROVEMENT\", \"keyQuestions\":"
        + " {\"SAFE\": \"INADEQUATE\"}}], \"visits\": [{\"id\": \"V-1\", \"provider\": \"RH5\","
        + " \"date\": \"2025-06-20\", \"kind\": \"ANNOUNCED\", \"status\": \"DONE\"}]");
    ProviderAssessment may = on(s, "2025-05-25", "halton-warrington-qsif-2020");
    assertEquals(Level.ROUTINE, may.level());
    assertEquals(Level.ENHANCED, may.quality().recommendation().level());
    assertEquals(List.of("ESCALATION_ADVISED RH5"), findings(may));
    assertEquals(List.of(), findings(on(s, "2025-08-01", "halton-warrington-qsif-2020")));
    assertEquals(List.of("VISIT_OVERDUE RH5"),
        findings(on(s, "2025-09-21", "halton-warrington-qsif-2020")));
  }

  /**
   * 004 §4.3-4.4 and §5.1, somerset-qaif-2025: the CQC status of every provider is in the service
   * area report's statutory assurance; the provider in enhanced surveillance is tabled at the
   * quality group, with what changed since the last agenda.
   */
  @Test
  void somersetReportsAndTheQualityGroupAgenda() {
    Snapshot s = story("ACUTE", " \"intelligence\": [], \"decisions\": [{\"provider\": \"RH5\","
        + " \"at\": \"2025-06-02\", \"decision\": \"PLACE_ON_ENHANCED\", " + DIRECTOR
        + ", \"rationale\": \"Safe rated INADEQUATE\"}], \"ratings\": [{\"id\": \"CQC-1\","
        + " \"provider\": \"RH5\", \"regulator\": \"CQC\", \"published\": \"2025-05-20\","
        + " \"overall\": \"INADEQUATE\"}]");
    Snapshot july = Snapshot.builder().from(s).asOf(LocalDate.of(2025, 7, 1)).build();
    Assessment now = evaluate(s, "2025-07-01", "somerset-qaif-2025");
    ServiceAreaReport report = GovernanceReports.serviceArea("Acute and independent services",
        Set.of(ProviderKind.ACUTE, ProviderKind.INDEPENDENT_SECTOR), july, now, 2);
    assertEquals(List.of("RH5: CQC rating INADEQUATE (CQC-1, published 2025-05-20)"),
        report.statutoryAssurance());
    QsgAgenda agenda = GovernanceReports.qsgAgenda(july, now,
        Optional.of(evaluate(s, "2025-05-01", "somerset-qaif-2025")));
    assertEquals(List.of("first tabled: ENHANCED since 2025-06-02"),
        agenda.items().get(0).changes().subList(0, 1));
  }
}
