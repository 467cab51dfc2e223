package org.qsurv.model.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.qsurv.model.json.QsurvJson;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.schema.JsonSchemas;
import org.qsurv.model.surveillance.DeepDive;
import org.qsurv.model.surveillance.DeepDiveId;
import org.qsurv.model.surveillance.Role;
import org.qsurv.testing.model.ModelArbitraries;

/**
 * The {@code deepDives} of format 1.1: a Level 3 deep dive is a decision only an ICB director takes,
 * after a formal risk assessment and with a rationale (001 §7.1: "only authorised at Director
 * level"), so the reader refuses one by anyone else, one without either text, a repeated id and a
 * provider the snapshot does not have, each at its JSON path.
 */
class SnapshotDeepDivesTest {
  private static final JsonSchemas SCHEMA = JsonSchemas.load(JsonSchemas.SNAPSHOT);
  private static final String HEAD = "{\"asOf\": \"2025-07-01\","
      + " \"commissioner\": {\"code\": \"QSL\", \"name\": \"NHS Staffordshire ICB\"},"
      + " \"providers\": [{\"code\": \"RJD\", \"name\": \"Mid Staffordshire FT\", \"kind\":"
      + " \"ACUTE\"}], \"indicators\": [], \"observations\": [], \"intelligence\": [],"
      + " \"risks\": [], \"decisions\": [],";
  private static final String DEEP_DIVE = "{\"id\": \"DD-1\", \"provider\": \"RJD\","
      + " \"authorised\": \"2025-06-16\", \"by\": {\"name\": \"A. Director\", \"role\":"
      + " \"ICB_DIRECTOR\"}, \"riskAssessment\": \"Mortality above the expected range for two"
      + " quarters\", \"rationale\": \"Level 2 assurance has not explained the mortality\"}";

  private static String doc(String format, String deepDives) {
    return HEAD + " \"format\": \"" + format + "\", \"deepDives\": [" + deepDives + "]}";
  }

  private static List<String> problems(String json) {
    return SnapshotReader.read(json).problems().stream().map(SnapshotProblem::toString)
        .collect(Collectors.toList());
  }

  @Test
  void aDeepDiveReadsAsWrittenWritesBackAndTheSchemaAcceptsIt() throws Exception {
    String json = doc("qsurv-snapshot/1.1", DEEP_DIVE);
    Snapshot s = SnapshotReader.read(json).snapshot();
    DeepDive d = s.deepDives().get(0);
    assertEquals(DeepDiveId.of("DD-1"), d.id());
    assertEquals(OrganisationCode.of("RJD"), d.provider());
    assertEquals(LocalDate.of(2025, 6, 16), d.authorised());
    assertEquals(Role.ICB_DIRECTOR, d.by().role());
    assertEquals("A. Director", d.by().name());
    assertEquals("Mortality above the expected range for two quarters", d.riskAssessment());
    assertEquals("Level 2 assurance has not explained the mortality", d.rationale());
    assertTrue(s.usesVersion11());
    String written = SnapshotWriter.write(s);
    assertEquals(s, SnapshotReader.read(written).snapshot(), "what 1.1 reads, it writes back");
    assertEquals(List.of(), SCHEMA.problems(json));
    assertEquals(List.of(), SCHEMA.problems(written));
    ObjectMapper mapper = QsurvJson.mapper();
    assertEquals(s, mapper.readValue(mapper.writeValueAsString(s), Snapshot.class));
  }

  @Test
  void deepDivesAreAnUnknownFieldInFormat1() {
    String json = doc("qsurv-snapshot/1", DEEP_DIVE);
    assertEquals(List.of("$.deepDives: is not a known field in \"qsurv-snapshot/1\" (it is in"
        + " \"qsurv-snapshot/1.1\")"), problems(json));
    assertFalse(SCHEMA.problems(json).isEmpty(), "the schema rejects them in format 1 too");
  }

  /** 001 §7.1: a deep dive is authorised only at Director level; the role is what is wrong. */
  @Test
  void aDeepDiveByAnyoneButAnIcbDirectorIsRefusedAtItsRole() {
    for (Role role : Role.values()) {
      if (role == Role.ICB_DIRECTOR) {
        continue;
      }
      String json = doc("qsurv-snapshot/1.1", DEEP_DIVE.replace("ICB_DIRECTOR", role.name()));
      assertEquals(List.of("$.deepDives[0].by.role: is " + role + ", but a deep dive is authorised"
          + " only at Director level (ICB_DIRECTOR, 001 §7.1)"), problems(json));
      assertFalse(SCHEMA.problems(json).isEmpty(), role + " passed the schema");
    }
  }

  @Test
  void everyDeepDiveProblemIsReportedWithItsPath() {
    String second = DEEP_DIVE.replace("2025-06-16", "2025-06-20");
    String json = doc("qsurv-snapshot/1.1", DEEP_DIVE + ", " + second + ", "
        + DEEP_DIVE.replace("DD-1", "DD-3").replace("\"RJD\"", "\"RXX\"") + ", "
        + DEEP_DIVE.replace("DD-1", "DD-4").replace("\"rationale\": \"Level 2 assurance has not"
            + " explained the mortality\"", "\"rationale\": \" \", \"urgent\": true") + ", "
        + DEEP_DIVE.replace("DD-1", "DD-5").replace("\"riskAssessment\": \"Mortality above the"
            + " expected range for two quarters\", ", ""));
    assertEquals(List.of(
        "$.deepDives[1].id: \"DD-1\" is a duplicate of $.deepDives[0].id",
        "$.deepDives[2].provider: \"RXX\" is not a provider in this snapshot",
        "$.deepDives[3].rationale: must not be blank but was \" \"",
        "$.deepDives[3].urgent: is not a known field (known fields: authorised, by, id, provider,"
            + " rationale, riskAssessment)",
        "$.deepDives[4].riskAssessment: is required"), problems(json));
  }

  /**
   * Whatever the workflows, deep dives among them, the writer writes what the reader reads back
   * and the schema accepts.
   */
  @Property
  void everySnapshotWithWorkflowsRoundTripsAndTheSchemaAcceptsIt(
      @ForAll("withWorkflows") Snapshot snapshot) {
    String json = SnapshotWriter.write(snapshot);
    assertEquals(snapshot, SnapshotReader.read(json).snapshot());
    assertEquals(List.of(), SCHEMA.problems(json), json);
  }

  @Provide
  Arbitrary<Snapshot> withWorkflows() {
    return ModelArbitraries.withWorkflows(ModelArbitraries.v1Snapshots());
  }
}
