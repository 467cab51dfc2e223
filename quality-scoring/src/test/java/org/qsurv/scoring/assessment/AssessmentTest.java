package org.qsurv.scoring.assessment;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.surveillance.Level;
import org.qsurv.scoring.policy.ScoringPolicy;

/**
 * An assessment is of one of the two published formats (docs/SNAPSHOT.md): format 1 has no
 * system-wide part, so a system risk or finding can only be carried in 1.1; and its findings are
 * the providers' findings followed by the system's.
 */
class AssessmentTest {
  private static final LocalDate AS_OF = LocalDate.of(2025, 7, 1);
  private static final Finding SYSTEM = Finding.ofSystem(FindingCode.INTELLIGENCE_NOT_TRIAGED,
      "I-9", "not triaged");

  @Test
  void theFormatIsOneOfTheTwoPublished() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Assessment.builder().format("qsurv-assessment/2").asOf(AS_OF).build());
    assertTrue(e.getMessage().contains("qsurv-assessment/2"), e.getMessage());
    assertEquals(Assessment.FORMAT_1_1, Assessment.builder().asOf(AS_OF).build().format(),
        "an assessment is 1.1 unless it says otherwise");
    assertDoesNotThrow(() -> Assessment.builder().format(Assessment.FORMAT).asOf(AS_OF).build());
  }

  @Test
  void format1CarriesNoSystemFindingOrRisk() {
    assertThrows(IllegalArgumentException.class, () -> Assessment.builder()
        .format(Assessment.FORMAT).asOf(AS_OF).addSystemFindings(SYSTEM).build());
    QualityAssessment rh5 = QualityScoring.assess(QualityScoringTest.snapshotMdExample(),
        OrganisationCode.of("RH5"), Level.ENHANCED, ScoringPolicy.nhsDefaults());
    assertThrows(IllegalArgumentException.class, () -> Assessment.builder()
        .format(Assessment.FORMAT).asOf(AS_OF).addSystemRisks(rh5.risks().get(0)).build());
  }

  @Test
  void theFindingsAreTheProvidersThenTheSystems() {
    QualityAssessment rh5 = QualityScoring.assess(QualityScoringTest.snapshotMdExample(),
        OrganisationCode.of("RH5"), Level.ENHANCED, ScoringPolicy.nhsDefaults());
    Assessment a = Assessment.builder().asOf(AS_OF).addSystemFindings(SYSTEM)
        .addProviders(ProviderAssessment.builder().code(OrganisationCode.of("RH5"))
            .level(Level.ENHANCED).pendingReview(false).quality(rh5).build())
        .build();
    List<Finding> expected = new ArrayList<>(rh5.findings());
    expected.add(SYSTEM);
    assertEquals(expected, a.findings());
  }
}
