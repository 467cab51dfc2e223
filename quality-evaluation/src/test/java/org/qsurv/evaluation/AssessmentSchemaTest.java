package org.qsurv.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.qsurv.model.schema.JsonSchemas;
import org.qsurv.model.snapshot.Snapshot;
import org.qsurv.model.snapshot.SnapshotReader;
import org.qsurv.scoring.assessment.AssessmentWriter;
import org.qsurv.testing.model.ModelArbitraries;

/**
 * The published JSON Schema of the assessment ({@code qsurv-assessment.schema.json}, in
 * quality-scoring's jar and in {@code docs/schemas/}) holds what {@link AssessmentWriter} writes:
 * every field docs/SNAPSHOT.md names, with its type and enum, and nothing else.
 */
class AssessmentSchemaTest {
  private static final JsonSchemas SCHEMA = JsonSchemas.load(JsonSchemas.ASSESSMENT);
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theCopyInDocsIsThePublishedSchema() throws IOException {
    assertEquals(JsonSchemas.text(JsonSchemas.ASSESSMENT),
        Files.readString(Path.of("../docs/schemas/qsurv-assessment.schema.json")),
        "docs/schemas/qsurv-assessment.schema.json must be a copy of quality-scoring's resource");
  }

  @Test
  void theAssessmentExampleOfSnapshotMdIsValid() throws IOException {
    String md = Files.readString(Path.of("../docs/SNAPSHOT.md"));
    int start = md.indexOf("```json\n", md.indexOf("## Assessment")) + "```json\n".length();
    assertEquals(List.of(), SCHEMA.problems(md.substring(start, md.indexOf("```", start))));
  }

  @Test
  void theAssessmentOfTheSomersetExampleIsValid() throws IOException {
    String somerset = Files.readString(
        Path.of("../examples/src/main/resources/org/qsurv/examples/somerset-snapshot.json"));
    Snapshot snapshot = SnapshotReader.read(somerset).snapshot();
    assertEquals(List.of(), SCHEMA.problems(AssessmentWriter.write(
        SnapshotEvaluator.evaluate(snapshot))));
  }

  /** A 1.1 snapshot is answered in qsurv-assessment/1.1, which the schema holds too. */
  @Test
  void theAssessmentOfTheExampleOfFormat11IsValid() throws IOException {
    String example = Files.readString(
        Path.of("../quality-model/src/test/resources/snapshots/example-1.1.json"));
    String written = AssessmentWriter.write(
        SnapshotEvaluator.evaluate(SnapshotReader.read(example).snapshot()));
    assertEquals("qsurv-assessment/1.1", JSON.readTree(written).path("format").asText());
    assertEquals(List.of(), SCHEMA.problems(written), written);
    JsonNode shmi = JSON.readTree(written).path("providers").get(0).path("indicators").get(0);
    assertEquals("SNAPSHOT", shmi.path("recalculations").get(0).path("source").asText(), written);
    assertEquals(2, shmi.path("annotations").size(), written);
  }

  /**
   * A suggested rebase (1.1) is written and valid: 12 monthly points at 10 and 11, then 12 at 20
   * and 21, a shift long enough to calculate new limits from (MDC; PTD).
   */
  @Test
  void anAssessmentWithASuggestedRebaseIsValid() throws IOException {
    StringBuilder observations = new StringBuilder();
    for (int i = 0; i < 24; i++) {
      observations.append(i == 0 ? "" : ", ").append("{\"provider\": \"RH5\", \"indicator\":"
          + " \"shmi\", \"period\": \"" + (2023 + i / 12) + "-" + String.format("%02d", i % 12 + 1)
          + "\", \"value\": " + ((i < 12 ? 10 : 20) + i % 2) + "}");
    }
    String snapshot = "{\"format\": \"qsurv-snapshot/1.1\", \"asOf\": \"2025-01-15\","
        + " \"commissioner\": {\"code\": \"QSL\", \"name\": \"NHS Somerset ICB\"},"
        + " \"providers\": [{\"code\": \"RH5\", \"name\": \"Somerset FT\", \"kind\": \"ACUTE\"}],"
        + " \"indicators\": [{\"id\": \"shmi\", \"name\": \"SHMI\", \"domain\": \"SAFE\","
        + " \"unit\": \"ratio\", \"polarity\": \"LOWER_IS_BETTER\", \"frequency\": \"MONTHLY\"}],"
        + " \"observations\": [" + observations + "], \"intelligence\": [], \"risks\": [],"
        + " \"decisions\": []}";
    String written = AssessmentWriter.write(
        SnapshotEvaluator.evaluate(SnapshotReader.read(snapshot).snapshot()));
    JsonNode advice = JSON.readTree(written).path("providers").get(0).path("indicators").get(0)
        .path("suggestedRebase");
    assertEquals("2024-01", advice.path("from").asText(), written);
    assertEquals(12, advice.path("points").asInt(), written);
    assertEquals(List.of(), SCHEMA.problems(written), written);
  }

  /** The schema is not vacuous: an assessment changed against SNAPSHOT.md is rejected. */
  @Test
  void anAssessmentThatBreaksTheContractIsRejected() throws IOException {
    String somerset = Files.readString(
        Path.of("../examples/src/main/resources/org/qsurv/examples/somerset-snapshot.json"));
    String written = AssessmentWriter.write(
        SnapshotEvaluator.evaluate(SnapshotReader.read(somerset).snapshot()));
    List<Consumer<ObjectNode>> breaks = List.of(
        a -> a.put("format", "qsurv-assessment/2"),
        a -> a.remove("findings"),
        a -> a.put("notes", "not in the contract"),
        a -> ((ObjectNode) a.get("providers").get(0)).put("level", "HIGH"),
        a -> ((ObjectNode) a.get("providers").get(0)).remove("recommendation"),
        a -> ((ObjectNode) a.get("providers").get(0)).put("levelSince", "1 March"));
    for (Consumer<ObjectNode> change : breaks) {
      ObjectNode assessment = (ObjectNode) JSON.readTree(written);
      change.accept(assessment);
      assertNotEquals(List.of(), SCHEMA.problems((JsonNode) assessment), assessment.toString());
    }
  }

  @Property
  void theSchemaAcceptsTheAssessmentOfEveryV1Snapshot(@ForAll("v1Snapshots") Snapshot snapshot) {
    String json = AssessmentWriter.write(SnapshotEvaluator.evaluate(snapshot));
    assertEquals(List.of(), SCHEMA.problems(json), json);
  }

  @Provide
  Arbitrary<Snapshot> v1Snapshots() {
    return ModelArbitraries.v1Snapshots();
  }
}
