package org.qsurv.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.qsurv.model.snapshot.Snapshot;
import org.qsurv.model.snapshot.SnapshotReader;
import org.qsurv.scoring.assessment.Assessment;
import org.qsurv.scoring.assessment.AssessmentWriter;
import org.qsurv.scoring.assessment.Finding;
import org.qsurv.scoring.assessment.FindingCode;
import org.qsurv.scoring.assessment.QualityAssessment;
import org.qsurv.scoring.trigger.TriggerCode;

/**
 * The assessment of a {@code qsurv-snapshot/1.1} document (SNAPSHOT.md): improvement-plan actions
 * not done by their date fire IMPROVEMENT_ACTIONS_OVERDUE for a provider in enhanced or intensive
 * surveillance (003 §5.2.1: "failure of existing plans to demonstrate improvement"; 003 §5.2.3 e);
 * system risks are scored under {@code systemRisks} and their overdue reviews name no provider
 * (004 §4.4); a format 1 snapshot is answered in {@code qsurv-assessment/1}.
 */
class SnapshotVersion11AssessmentTest {
  private static final String HEAD = "{\"format\": \"qsurv-snapshot/1.1\", \"asOf\": \"2025-07-01\","
      + " \"commissioner\": {\"code\": \"QSL\", \"name\": \"NHS Somerset ICB\"},"
      + " \"providers\": [{\"code\": \"RH5\", \"name\": \"Somerset FT\", \"kind\": \"ACUTE\"},"
      + " {\"code\": \"RA4\", \"name\": \"Yeovil\", \"kind\": \"ACUTE\"}],"
      + " \"indicators\": [], \"observations\": [], \"intelligence\": [],"
      + " \"risks\": [{\"id\": \"R-9\", \"title\": \"Winter capacity across the system\","
      + " \"domain\": \"SAFE\", \"owner\": \"Chief Nurse\", \"likelihood\": 4, \"consequence\": 4,"
      + " \"lastReviewed\": \"2025-04-01\"}],"
      + " \"decisions\": [{\"provider\": \"RH5\", \"at\": \"2025-03-03\","
      + " \"decision\": \"PLACE_ON_ENHANCED\", \"by\": {\"name\": \"A. Director\","
      + " \"role\": \"ICB_DIRECTOR\"}, \"rationale\": \"Two never events\"}],"
      + " \"actions\": [";
  private static final String ACTIONS =
      "{\"id\": \"A-1\", \"provider\": \"RH5\", \"description\": \"Recruit to the night rota\","
      + " \"owner\": \"Director of Nursing\", \"due\": \"2025-05-31\"},"
      + " {\"id\": \"A-2\", \"provider\": \"RH5\", \"description\": \"Audit handovers\","
      + " \"owner\": \"Matron\", \"due\": \"2025-05-31\", \"completed\": \"2025-05-20\"},"
      + " {\"id\": \"A-3\", \"provider\": \"RA4\", \"description\": \"Review the falls policy\","
      + " \"owner\": \"Matron\", \"due\": \"2025-05-31\"}]}";

  private static Assessment evaluate(String json) {
    return SnapshotEvaluator.evaluate(SnapshotReader.read(json).snapshot());
  }

  @Test
  void overdueActionsOfAProviderInEnhancedSurveillanceFireTheTrigger() {
    Assessment a = evaluate(HEAD + ACTIONS);
    QualityAssessment rh5 = a.providers().get(0).quality();
    assertEquals(List.of(TriggerCode.IMPROVEMENT_ACTIONS_OVERDUE),
        rh5.triggers().stream().map(t -> t.code()).collect(Collectors.toList()));
    assertEquals(List.of("A-1"), rh5.triggers().get(0).evidence(),
        "A-2 was completed before its due date");
    assertEquals(List.of(), a.providers().get(1).quality().triggers(),
        "RA4 is in routine surveillance: it has no improvement plan under 003 §5.2.3 e");
  }

  @Test
  void aSystemRiskIsScoredApartAndItsOverdueReviewNamesNoProvider() {
    Assessment a = evaluate(HEAD + ACTIONS);
    assertEquals(Assessment.FORMAT_1_1, a.format());
    assertEquals(List.of("R-9"), a.systemRisks().stream().map(r -> r.id().value())
        .collect(Collectors.toList()));
    assertTrue(a.providers().stream().allMatch(p -> p.quality().risks().isEmpty()));
    Finding review = a.findings().get(a.findings().size() - 1);
    assertEquals(FindingCode.REVIEW_OVERDUE, review.code());
    assertTrue(review.provider().isEmpty());
    String json = AssessmentWriter.write(a);
    assertTrue(json.contains("\"format\" : \"qsurv-assessment/1.1\""), json);
    assertTrue(json.contains("\"systemRisks\" : [ {"), json);
    assertTrue(json.contains("{\n    \"code\" : \"REVIEW_OVERDUE\",\n    \"subject\" : \"R-9\""),
        json);
  }

  @Test
  void aFormat1SnapshotIsAnsweredInAssessmentFormat1() {
    String v1 = HEAD.replace("qsurv-snapshot/1.1", "qsurv-snapshot/1")
        .replace("{\"id\": \"R-9\",", "{\"id\": \"R-9\", \"provider\": \"RH5\",")
        .replace(", \"actions\": [", "}");
    Snapshot s = SnapshotReader.read(v1).snapshot();
    Assessment a = SnapshotEvaluator.evaluate(s);
    assertEquals(Assessment.FORMAT, a.format());
    String json = AssessmentWriter.write(a);
    assertTrue(json.contains("\"format\" : \"qsurv-assessment/1\""), json);
    assertFalse(json.contains("systemRisks"), json);
  }
}
