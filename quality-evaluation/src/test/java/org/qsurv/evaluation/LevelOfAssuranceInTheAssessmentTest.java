package org.qsurv.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qsurv.model.schema.JsonSchemas;
import org.qsurv.model.snapshot.Snapshot;
import org.qsurv.model.snapshot.SnapshotReader;
import org.qsurv.scoring.assessment.Assessment;
import org.qsurv.scoring.assessment.AssessmentWriter;
import org.qsurv.scoring.assurance.AssuranceLevel;
import org.qsurv.scoring.assurance.LevelOfAssurance;

/**
 * Each provider of a 1.1 assessment carries its level of assurance (001 §7.0-7.1), made from the
 * snapshot's meetings, visits and deep dives: the deep dive a director authorised in June makes
 * the example's RH5 Level 3, and the care home with no meeting or visit is Level 1. A format 1
 * assessment has no such field, as format 1 has no deep dives to rest it on.
 */
class LevelOfAssuranceInTheAssessmentTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Snapshot example() throws IOException {
    return SnapshotReader.read(Files.readString(
        Path.of("../quality-model/src/test/resources/snapshots/example-1.1.json"))).snapshot();
  }

  @Test
  void theExamplesDeepDiveMakesItsProviderLevelThreeAndTheAssessmentSaysSo() throws IOException {
    Assessment assessment = SnapshotEvaluator.evaluate(example());
    LevelOfAssurance rh5 = assessment.providers().get(0).quality().levelOfAssurance();
    assertEquals(AssuranceLevel.LEVEL_3, rh5.level());
    assertTrue(rh5.basis().get(0).startsWith("deep dive DD-1 authorised on 2025-06-16 by"
        + " A. Director after a risk assessment"), rh5.basis()::toString);
    assertEquals("the deep dive counts until 2025-09-16; then the level falls to what meetings and"
        + " visits give", rh5.toMove().get(rh5.toMove().size() - 1));
    assertEquals(AssuranceLevel.LEVEL_1,
        assessment.providers().get(1).quality().levelOfAssurance().level());

    String json = AssessmentWriter.write(assessment);
    assertEquals(List.of(), JsonSchemas.load(JsonSchemas.ASSESSMENT).problems(json));
    JsonNode written = JSON.readTree(json).get("providers").get(0).get("levelOfAssurance");
    assertEquals("LEVEL_3", written.get("level").asText());
    assertEquals(rh5.basis().size(), written.get("basis").size());
    assertEquals(rh5.toMove().size(), written.get("toMove").size());
  }

  @Test
  void aFormat1AssessmentHasNoLevelOfAssurance() throws IOException {
    String v1 = Files.readString(Path.of("../quality-model/src/test/resources/snapshots/example.json"));
    String json = AssessmentWriter.write(SnapshotEvaluator.evaluate(
        SnapshotReader.read(v1).snapshot()));
    for (JsonNode p : JSON.readTree(json).get("providers")) {
      assertFalse(p.has("levelOfAssurance"), p::toString);
    }
    assertEquals(List.of(), JsonSchemas.load(JsonSchemas.ASSESSMENT).problems(json));
  }

  /**
   * The day before the deep dive was authorised, the level rests on the unannounced visit of
   * June; the CQPG of March is more than a quarter old by then.
   */
  @Test
  void beforeItsAuthorisationADeepDiveDoesNotCount() throws IOException {
    Snapshot before = Snapshot.builder().from(example())
        .asOf(java.time.LocalDate.of(2025, 6, 15)).build();
    LevelOfAssurance rh5 = SnapshotEvaluator.evaluate(before).providers().get(0).quality()
        .levelOfAssurance();
    assertEquals(AssuranceLevel.LEVEL_2, rh5.level());
    assertEquals(List.of("UNANNOUNCED visit V-1 done on 2025-06-03",
        "1 indicator reported through the quality schedule and national data"), rh5.basis());
  }
}
