package org.qsurv.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.qsurv.model.snapshot.SnapshotReader;
import org.qsurv.model.surveillance.Level;
import org.qsurv.scoring.assessment.Assessment;
import org.qsurv.scoring.assessment.QualityAssessment;

/**
 * The six named profiles, each tested on a scenario from its own framework: what the framework
 * says changes the judgement, against {@code nhs-defaults} where the two differ.
 */
class PolicyProfilesTest {
  private static final String DIRECTOR = "\"by\": {\"name\": \"A. Director\", \"role\":"
      + " \"ICB_DIRECTOR\"}, \"rationale\": \"Two never events\"";
  private static final String ENHANCED = "{\"provider\": \"RH5\", \"at\": \"2025-03-03\","
      + " \"decision\": \"PLACE_ON_ENHANCED\", " + DIRECTOR + "}, {\"provider\": \"RH5\", \"at\":"
      + " \"2025-03-20\", \"decision\": \"CONFIRM_ENHANCED\", " + DIRECTOR + "}";

  private static String snapshot(String intelligence, String risks, String decisions) {
    return "{\"format\": \"qsurv-snapshot/1.1\", \"asOf\": \"2025-07-01\","
        + " \"commissioner\": {\"code\": \"QSL\", \"name\": \"ICB\"},"
        + " \"providers\": [{\"code\": \"RH5\", \"name\": \"Trust\", \"kind\": \"ACUTE\"}],"
        + " \"indicators\": [], \"observations\": [], \"intelligence\": [" + intelligence + "],"
        + " \"risks\": [" + risks + "], \"decisions\": [" + decisions + "]}";
  }

  private static String item(String id, String source, String nature, String received,
      String extra) {
    return "{\"id\": \"" + id + "\", \"provider\": \"RH5\", \"received\": \"" + received
        + "\", \"source\": \"" + source + "\", \"nature\": \"" + nature + "\", \"domain\":"
        + " \"SAFE\", \"summary\": \"something happened\"" + extra + "}";
  }

  private static String risk(int likelihood, int consequence, String lastReviewed) {
    return "{\"id\": \"R-1\", \"provider\": \"RH5\", \"title\": \"Staffing\", \"domain\": \"SAFE\","
        + " \"owner\": \"Chief Nurse\", \"likelihood\": " + likelihood + ", \"consequence\": "
        + consequence + ", \"lastReviewed\": \"" + lastReviewed + "\"}";
  }

  private static QualityAssessment rh5(String json, String profile) {
    Assessment a = SnapshotEvaluator.evaluate(SnapshotReader.read(json).snapshot(),
        PolicyProfiles.named(profile).orElseThrow());
    return a.providers().get(0).quality();
  }

  private static List<String> findings(QualityAssessment q) {
    return q.findings().stream().map(f -> f.code() + " " + f.subject())
        .collect(Collectors.toList());
  }

  @Test
  void thereAreSixProfilesAndEachSettingSaysWhereItComesFrom() {
    assertEquals(List.of("nhs-defaults", "somerset-qaif-2025", "halton-warrington-qsif-2020",
        "dorset-qf-2018", "cannock-chase-qs-2012", "lewisham-qaf"),
        PolicyProfiles.all().stream().map(PolicyProfile::name).collect(Collectors.toList()));
    assertTrue(PolicyProfiles.named("dorset").isEmpty());
    assertEquals(PolicyProfiles.named(PolicyProfiles.DEFAULT).orElseThrow(),
        PolicyProfiles.nhsDefaults(), "the default profile by name and by its own method");
    assertEquals("nhs-defaults, somerset-qaif-2025, halton-warrington-qsif-2020, dorset-qf-2018, "
        + "cannock-chase-qs-2012, lewisham-qaf", PolicyProfiles.names(), "the names an unknown --profile is told of");
    for (PolicyProfile p : PolicyProfiles.all()) {
      for (PolicyProfile.Setting s : p.settings()) {
        assertTrue(p.name().equals(PolicyProfiles.DEFAULT)
            || s.source().startsWith(p.source() + " ")
            || s.source().startsWith("inherits nhs-defaults: "), p.name() + " " + s);
      }
    }
  }

  /** nhs-defaults (003 §5.2.1 "multiple never events"): two never events advise ENHANCED. */
  @Test
  void nhsDefaultsTwoNeverEventsAdviseEnhanced() {
    String json = snapshot(item("I-1", "NEVER_EVENT", "HARD", "2025-06-01", "") + ", "
        + item("I-2", "NEVER_EVENT", "HARD", "2025-04-01", ""), "", "");
    assertEquals(Level.ENHANCED, rh5(json, "nhs-defaults").recommendation().level());
  }

  /**
   * somerset-qaif-2025: a risk of 16 last reviewed six weeks ago is overdue (004 §4.4), and a
   * concern untriaged for ten days is a finding (004 §4.3, the weekly Insights Meeting).
   */
  @Test
  void somersetMonthlyReviewOfRisksOf15AndWeeklyTriage() {
    String json = snapshot(item("I-1", "COMPLAINT", "SOFT", "2025-06-21", ""),
        risk(4, 4, "2025-05-20"), "");
    assertEquals(List.of("INTELLIGENCE_NOT_TRIAGED I-1", "REVIEW_OVERDUE R-1"),
        findings(rh5(json, "somerset-qaif-2025")));
  }

  /**
   * halton-warrington-qsif-2020: "or there has been a trigger i.e. safeguarding concern"
   * (003 Appendix 1): higher than usual safeguarding referrals alone advise ENHANCED pending
   * review, where nhs-defaults wait for a combination (003 §5.2.1).
   */
  @Test
  void haltonWarringtonASafeguardingTriggerAloneAdvisesEnhanced() {
    String json = snapshot(item("S-1", "SAFEGUARDING", "HARD", "2025-06-20", "") + ", "
        + item("S-2", "SAFEGUARDING", "HARD", "2025-05-20", "") + ", "
        + item("S-3", "SAFEGUARDING", "HARD", "2025-04-20", ""), "", "");
    assertEquals(Level.ENHANCED,
        rh5(json, "halton-warrington-qsif-2020").recommendation().level());
    assertEquals(Level.ROUTINE, rh5(json, "nhs-defaults").recommendation().level());
  }

  /**
   * halton-warrington-qsif-2020: "or there has been a trigger i.e. ... CQC inspection outcome"
   * (003 Appendix 1): a rating INADEQUATE in the safe key question alone advises ENHANCED pending
   * review; under nhs-defaults it counts towards a combination (003 §5.2.1) and alone does not.
   */
  @Test
  void haltonWarringtonACqcInspectionOutcomeAloneAdvisesEnhanced() {
    String json = snapshot("", "", "").replaceFirst("\\}$", ", \"ratings\":"
        + " [{\"id\": \"CQC-1\", \"provider\": \"RH5\", \"regulator\": \"CQC\","
        + " \"published\": \"2025-05-20\", \"overall\": \"REQUIRES_IMPROVEMENT\","
        + " \"keyQuestions\": {\"SAFE\": \"INADEQUATE\"}}]}");
    QualityAssessment halton = rh5(json, "halton-warrington-qsif-2020");
    assertEquals(Level.ENHANCED, halton.recommendation().level(),
        halton.recommendation().reasons()::toString);
    assertEquals(Level.ROUTINE, rh5(json, "nhs-defaults").recommendation().level());
  }

  /**
   * dorset-qf-2018: contract quality review meetings quarterly (000 §8.7): none held since March
   * makes the next one due.
   */
  @Test
  void dorsetHoldsContractMeetingsQuarterly() {
    String json = snapshot("", "", "").replaceFirst("\\}$", ", \"meetings\": [{\"id\":"
        + " \"M-1\", \"provider\": \"RH5\", \"kind\": \"CQRM\", \"date\": \"2025-03-20\","
        + " \"held\": true}]}");
    assertEquals(List.of("CONTRACT_MEETING_DUE RH5"), findings(rh5(json, "dorset-qf-2018")));
  }

  /**
   * cannock-chase-qs-2012: "annual visits to each GP practice" (001 §6.2): a practice last visited
   * 13 months ago is overdue; under nhs-defaults there is no routine programme.
   */
  @Test
  void cannockChaseVisitsEachGpPracticeAnnually() {
    String json = snapshot("", "", "").replace("\"kind\": \"ACUTE\"", "\"kind\": \"GP_PRACTICE\"")
        .replaceFirst("\\}$", ", \"visits\": [{\"id\": \"V-1\", \"provider\": \"RH5\","
        + " \"date\": \"2024-06-01\", \"kind\": \"ANNOUNCED\", \"status\": \"DONE\"}]}");
    assertEquals(List.of("VISIT_OVERDUE RH5"), findings(rh5(json, "cannock-chase-qs-2012")));
    assertEquals(List.of(), findings(rh5(json, "nhs-defaults")));
  }

  /**
   * cannock-chase-qs-2012 leads with the level of assurance, its framework's own view (001
   * §7.0-7.1); every other profile with the level of surveillance (NQB 2022).
   */
  @Test
  void onlyCannockChaseLeadsWithTheLevelOfAssurance() {
    for (PolicyProfile p : PolicyProfiles.all()) {
      assertEquals(p.name().equals("cannock-chase-qs-2012")
          ? PolicyProfile.MainView.LEVEL_OF_ASSURANCE
          : PolicyProfile.MainView.LEVEL_OF_SURVEILLANCE, p.mainView(), p.name());
    }
  }

  /** dorset-qf-2018: every risk updated at least monthly (000 §6.5), not only those of 15+. */
  @Test
  void dorsetReviewsEveryRiskMonthly() {
    String json = snapshot("", risk(3, 3, "2025-05-15"), "");
    assertEquals(List.of("REVIEW_OVERDUE R-1"), findings(rh5(json, "dorset-qf-2018")));
    assertEquals(List.of(), findings(rh5(json, "nhs-defaults")));
  }

  /**
   * cannock-chase-qs-2012: "credible and material whistle blower feedback" may call a risk summit
   * on its own (001 §7.2); corroborated here by CQC enforcement, it is urgent, and intensive
   * support may be needed for a provider already in enhanced surveillance.
   */
  @Test
  void cannockChaseCredibleWhistleblowingCorroboratedIsUrgent() {
    String json = snapshot(item("W-1", "WHISTLEBLOWING", "SOFT", "2025-06-10",
        ", \"triage\": {\"on\": \"2025-06-12\", \"outcome\": \"ACT\", \"credible\": true}") + ", "
        + item("C-1", "CQC_ENFORCEMENT", "HARD", "2025-06-15", ""), "", ENHANCED);
    QualityAssessment cannock = rh5(json, "cannock-chase-qs-2012");
    assertTrue(cannock.recommendation().urgent(), cannock.recommendation().reasons()::toString);
    assertEquals(Level.INTENSIVE, cannock.recommendation().level());
    assertFalse(rh5(json, "nhs-defaults").recommendation().urgent());
  }

  /**
   * lewisham-qaf: "triangulation is using information from a number of different sources to
   * cross-check the facts" (002 footnote 14): four independent soft sources about safety advise
   * ENHANCED; four complaints, one source, do not.
   */
  @Test
  void lewishamIndependentSourcesTriangulateAndOneSourceRepeatedDoesNot() {
    String independent = snapshot(item("I-1", "COMPLAINT", "SOFT", "2025-06-28", "") + ", "
        + item("I-2", "HEALTHWATCH", "SOFT", "2025-06-28", "") + ", "
        + item("I-3", "GP_REPORT", "SOFT", "2025-06-28", "") + ", "
        + item("I-4", "PATIENT_FEEDBACK", "SOFT", "2025-06-28", ""), "", "");
    assertEquals(Level.ENHANCED, rh5(independent, "lewisham-qaf").recommendation().level());
    String oneSource = independent.replace("HEALTHWATCH", "COMPLAINT")
        .replace("GP_REPORT", "COMPLAINT").replace("PATIENT_FEEDBACK", "COMPLAINT");
    assertEquals(Level.ROUTINE, rh5(oneSource, "lewisham-qaf").recommendation().level());
  }
}
