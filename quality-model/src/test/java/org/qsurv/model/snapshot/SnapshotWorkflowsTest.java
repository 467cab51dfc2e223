package org.qsurv.model.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.qsurv.model.contract.ContractMeeting;
import org.qsurv.model.contract.ContractMeetingKind;
import org.qsurv.model.incident.IncidentId;
import org.qsurv.model.incident.ReviewOutcome;
import org.qsurv.model.incident.SeriousIncident;
import org.qsurv.model.regulation.KeyQuestion;
import org.qsurv.model.regulation.Rating;
import org.qsurv.model.regulation.RegulatorRating;
import org.qsurv.model.schema.JsonSchemas;
import org.qsurv.model.visit.QualityVisit;
import org.qsurv.model.visit.VisitStatus;

/**
 * The workflow arrays of {@code qsurv-snapshot/1.1} (SNAPSHOT.md): regulator ratings (004 §5.1),
 * quality visits (001 §7.1; 000 §6.5), serious incidents and their learning responses
 * (002 QAF ¶40-41; 004 §3.4) and contract quality meetings (003 §5.1.2), with the intelligence
 * item's {@code incident} link. Each is read exactly as written, written back, valid under the
 * published schema, an unknown-field error in format 1, and every problem is reported with its
 * JSON path.
 */
class SnapshotWorkflowsTest {
  private static final JsonSchemas SCHEMA = JsonSchemas.load(JsonSchemas.SNAPSHOT);
  private static final String HEAD = "{\"asOf\": \"2025-07-01\","
      + " \"commissioner\": {\"code\": \"QSL\", \"name\": \"NHS Somerset ICB\"},"
      + " \"providers\": [{\"code\": \"RH5\", \"name\": \"Somerset FT\", \"kind\": \"ACUTE\"},"
      + " {\"code\": \"RA4\", \"name\": \"Yeovil FT\", \"kind\": \"ACUTE\"}],"
      + " \"indicators\": [], \"observations\": [], \"risks\": [], \"decisions\": [],";
  private static final String INTELLIGENCE = " \"intelligence\": [{\"id\": \"I-1\","
      + " \"provider\": \"RH5\", \"received\": \"2025-06-02\", \"source\": \"SERIOUS_INCIDENT\","
      + " \"nature\": \"HARD\", \"domain\": \"SAFE\", \"summary\": \"Fall with harm on ward 4\","
      + " \"incident\": \"SI-1\"}],";
  private static final String RATINGS = " \"ratings\": [{\"id\": \"CQC-2\", \"provider\": \"RH5\","
      + " \"regulator\": \"CQC\", \"published\": \"2025-03-14\", \"overall\": \"REQUIRES_IMPROVEMENT\","
      + " \"keyQuestions\": {\"SAFE\": \"INADEQUATE\", \"WELL_LED\": \"REQUIRES_IMPROVEMENT\"}},"
      + " {\"id\": \"CQC-1\", \"provider\": \"RH5\", \"regulator\": \"CQC\","
      + " \"published\": \"2023-01-10\", \"overall\": \"GOOD\"}],";
  private static final String VISITS = " \"visits\": [{\"id\": \"V-1\", \"provider\": \"RH5\","
      + " \"date\": \"2025-06-03\", \"kind\": \"UNANNOUNCED\", \"status\": \"DONE\", \"findings\":"
      + " [{\"domain\": \"SAFE\", \"tone\": \"CONCERN\", \"summary\": \"Two nurses for 28 beds\"},"
      + " {\"domain\": \"EXPERIENCE\", \"tone\": \"POSITIVE\", \"summary\": \"Kind staff\"}]},"
      + " {\"id\": \"V-2\", \"provider\": \"RH5\", \"date\": \"2025-08-01\", \"kind\": \"ANNOUNCED\","
      + " \"status\": \"PLANNED\", \"findings\": []}],";
  private static final String INCIDENTS = " \"incidents\": [{\"id\": \"SI-1\","
      + " \"provider\": \"RH5\", \"reported\": \"2025-06-01\", \"framework\": \"PSIRF\","
      + " \"neverEvent\": false, \"responseDue\": \"2025-08-01\"}, {\"id\": \"SI-2\","
      + " \"provider\": \"RH5\", \"reported\": \"2025-01-05\", \"framework\": \"SI_2015\","
      + " \"neverEvent\": true, \"responseDue\": \"2025-03-05\", \"responseReceived\": \"2025-03-01\","
      + " \"review\": {\"on\": \"2025-03-20\", \"outcome\": \"ACCEPTED\"},"
      + " \"actionPlanSignedOff\": \"2025-06-30\"}],";
  private static final String MEETINGS = " \"meetings\": [{\"id\": \"M-1\", \"provider\": \"RH5\","
      + " \"kind\": \"CQPG\", \"date\": \"2025-05-12\", \"held\": true, \"actions\": [{\"id\":"
      + " \"MA-1\", \"description\": \"Share the staffing review\", \"owner\": \"Chief Nurse\","
      + " \"due\": \"2025-06-01\"}]}, {\"id\": \"M-2\", \"provider\": \"RH5\", \"kind\": \"CQRM\","
      + " \"date\": \"2025-06-12\", \"held\": false, \"reasonNotHeld\": \"Not quorate\","
      + " \"actions\": []}]";

  private static String doc(String format, String body) {
    return HEAD + " \"format\": \"" + format + "\"," + body + "}";
  }

  private static String all() {
    return INTELLIGENCE + RATINGS + VISITS + INCIDENTS + MEETINGS;
  }

  private static List<String> problems(String json) {
    return SnapshotReader.read(json).problems().stream().map(SnapshotProblem::toString)
        .collect(Collectors.toList());
  }

  @Test
  void aVersion11DocumentReadsEveryWorkflowArrayAsWrittenAndWritesItBack() {
    Snapshot s = SnapshotReader.read(doc("qsurv-snapshot/1.1", all())).snapshot();
    assertEquals(IncidentId.of("SI-1"), s.intelligence().get(0).incident().orElseThrow());
    RegulatorRating rating = s.ratings().get(0);
    assertEquals(Rating.REQUIRES_IMPROVEMENT, rating.overall());
    assertEquals(Rating.INADEQUATE, rating.keyQuestions().get(KeyQuestion.SAFE));
    assertTrue(rating.inadequateAnywhere());
    QualityVisit visit = s.visits().get(0);
    assertEquals(2, visit.findings().size());
    assertTrue(visit.doneBy(s.asOf()));
    assertFalse(s.visits().get(1).overdueOn(s.asOf()), "planned for a date still to come");
    SeriousIncident si2 = s.incidents().get(1);
    assertTrue(si2.neverEvent());
    assertEquals(ReviewOutcome.ACCEPTED, si2.reviewBy(s.asOf()).orElseThrow().outcome());
    assertTrue(si2.signedOffBy(s.asOf()));
    assertFalse(si2.signedOffBy(LocalDate.of(2025, 6, 29)), "signed off later than that date");
    ContractMeeting notHeld = s.meetings().get(1);
    assertEquals(ContractMeetingKind.CQRM, notHeld.kind());
    assertEquals("Not quorate", notHeld.reasonNotHeld().orElseThrow());
    assertTrue(s.meetings().get(0).actions().get(0).overdueOn(s.asOf()));
    assertEquals(s, SnapshotReader.read(SnapshotWriter.write(s)).snapshot(),
        "what 1.1 reads, it writes back");
    assertEquals(List.of(), SCHEMA.problems(doc("qsurv-snapshot/1.1", all())));
    assertEquals(List.of(), SCHEMA.problems(SnapshotWriter.write(s)));
  }

  /** Like every model value, the workflows round-trip through the library's JSON mapper. */
  @Test
  void theWorkflowsRoundTripThroughQsurvJson() throws Exception {
    Snapshot s = SnapshotReader.read(doc("qsurv-snapshot/1.1", all())).snapshot();
    com.fasterxml.jackson.databind.ObjectMapper json = org.qsurv.model.json.QsurvJson.mapper();
    assertEquals(s, json.readValue(json.writeValueAsString(s), Snapshot.class));
  }

  @Test
  void everyWorkflowArrayAndTheIncidentLinkAreErrorsInAFormat1Document() {
    String json = doc("qsurv-snapshot/1", all());
    List<String> problems = problems(json);
    for (String path : List.of("$.ratings", "$.visits", "$.incidents", "$.meetings",
        "$.intelligence[0].incident")) {
      assertTrue(problems.contains(path + ": is not a known field in \"qsurv-snapshot/1\" (it is"
          + " in \"qsurv-snapshot/1.1\")"), path + " in " + problems);
    }
    assertFalse(SCHEMA.problems(json).isEmpty(), "the schema rejects them in format 1 too");
  }

  @Test
  void aSnapshotBuiltInCodeWithWorkflowsIsVersion11() {
    Snapshot s = SnapshotReader.read(doc("qsurv-snapshot/1.1", all())).snapshot();
    Snapshot rebuilt = Snapshot.builder().from(s).format(Snapshot.FORMAT_1_1).build();
    assertTrue(rebuilt.usesVersion11());
    InvalidSnapshotException e = org.junit.jupiter.api.Assertions.assertThrows(
        InvalidSnapshotException.class,
        () -> Snapshot.builder().from(s).format(Snapshot.FORMAT).build());
    assertTrue(e.problems().get(0).toString().startsWith("$.format: is \"qsurv-snapshot/1\""),
        e.problems()::toString);
  }

  /**
   * Every problem of the workflows is reported with its path: findings on a visit not done
   * (they would be lost), a meeting not held without its reason (003 §5.1.2: formally
   * documented), a plan signed off before an accepted review (002 QAF ¶40-41), a link to an
   * incident that is not there or is another provider's, two ratings of one provider on one date
   * (which is the latest would depend on the file's order), a repeated action id, an unknown key
   * question and an unknown provider.
   */
  @Test
  void everyWorkflowProblemIsReportedWithItsPath() {
    String body = INTELLIGENCE.replace("\"SI-1\"", "\"SI-9\"")
        + " \"ratings\": [{\"id\": \"CQC-1\", \"provider\": \"RH5\", \"regulator\": \"CQC\","
        + " \"published\": \"2025-03-14\", \"overall\": \"GOOD\"}, {\"id\": \"CQC-2\","
        + " \"provider\": \"RH5\", \"regulator\": \"CQC\", \"published\": \"2025-03-14\","
        + " \"overall\": \"INADEQUATE\"}, {\"id\": \"CQC-3\", \"provider\": \"RXX\","
        + " \"regulator\": \"CQC\", \"published\": \"2025-03-14\", \"overall\": \"GOOD\"},"
        + " {\"id\": \"CQC-4\", \"provider\": \"RH5\", \"regulator\": \"CQC\","
        + " \"published\": \"2025-04-01\", \"overall\": \"GOOD\","
        + " \"keyQuestions\": {\"KIND\": \"GOOD\"}}],"
        + " \"visits\": [{\"id\": \"V-1\", \"provider\": \"RH5\", \"date\": \"2025-06-03\","
        + " \"kind\": \"ANNOUNCED\", \"status\": \"PLANNED\", \"findings\": [{\"domain\": \"SAFE\","
        + " \"tone\": \"CONCERN\", \"summary\": \"Found before it was done\"}]}],"
        + " \"incidents\": [{\"id\": \"SI-1\", \"provider\": \"RA4\", \"reported\": \"2025-06-01\","
        + " \"framework\": \"PSIRF\", \"neverEvent\": false, \"responseDue\": \"2025-08-01\","
        + " \"actionPlanSignedOff\": \"2025-06-30\"}, {\"id\": \"SI-2\", \"provider\": \"RA4\","
        + " \"reported\": \"2025-06-01\", \"framework\": \"PSIRF\", \"neverEvent\": false,"
        + " \"responseDue\": \"2025-08-01\"}],"
        + " \"meetings\": [{\"id\": \"M-1\", \"provider\": \"RH5\", \"kind\": \"CQPG\","
        + " \"date\": \"2025-05-12\", \"held\": true, \"actions\": [{\"id\": \"MA-1\","
        + " \"description\": \"x\", \"owner\": \"y\", \"due\": \"2025-06-01\"}]},"
        + " {\"id\": \"M-2\", \"provider\": \"RH5\", \"kind\": \"QSG\", \"date\": \"2025-05-12\","
        + " \"held\": true, \"actions\": [{\"id\": \"MA-1\", \"description\": \"x\", \"owner\": \"y\","
        + " \"due\": \"2025-06-01\"}]}, {\"id\": \"M-3\", \"provider\": \"RH5\","
        + " \"kind\": \"CQRM\", \"date\": \"2025-06-12\", \"held\": false}]";
    List<String> problems = problems(doc("qsurv-snapshot/1.1", body));
    assertEquals(List.of(
        "$.incidents[0]: incident SI-1 actionPlanSignedOff 2025-06-30 needs an ACCEPTED review on"
            + " or before it (002 QAF ¶40-41: the plan is agreed at review, then signed off)",
        "$.intelligence[0].incident: \"SI-9\" is not an incident in this snapshot",
        "$.meetings[1].actions[0].id: \"MA-1\" is a duplicate of $.meetings[0].actions[0].id",
        "$.meetings[2]: meeting M-3 was not held and so needs a reasonNotHeld (003 §5.1.2: a"
            + " meeting not held is formally documented)",
        "$.ratings[1].published: \"2025-03-14\" is also the date of $.ratings[0] for RH5: which is"
            + " the latest rating would depend on the order of the file",
        "$.ratings[2].provider: \"RXX\" is not a provider in this snapshot",
        "$.ratings[3].keyQuestions.KIND: is not a known field (known fields: CARING, EFFECTIVE,"
            + " RESPONSIVE, SAFE, WELL_LED)",
        "$.visits[0]: visit V-1 is PLANNED and so cannot have findings: record them when it is"
            + " DONE"), problems);
  }

  /** An intelligence item may only name an incident of its own provider: the same event. */
  @Test
  void anIntelligenceItemLinkedToAnotherProvidersIncidentIsAProblem() {
    String json = doc("qsurv-snapshot/1.1", INTELLIGENCE + INCIDENTS.replace(
        "\"provider\": \"RH5\", \"reported\": \"2025-06-01\"",
        "\"provider\": \"RA4\", \"reported\": \"2025-06-01\"").replaceAll(",$", ""));
    assertEquals(List.of("$.intelligence[0].incident: \"SI-1\" is an incident of RA4, not of RH5"),
        problems(json));
  }

  private static final String SENT_BACK = " \"incidents\": [{\"id\": \"SI-3\","
      + " \"provider\": \"RH5\", \"reported\": \"2025-01-05\", \"framework\": \"SI_2015\","
      + " \"neverEvent\": false, \"responseDue\": \"2025-03-05\","
      + " \"responseReceived\": \"2025-03-01\","
      + " \"review\": {\"on\": \"2025-05-20\", \"outcome\": \"ACCEPTED\"},"
      + " \"reviews\": [{\"on\": \"2025-03-20\", \"outcome\": \"MORE_INFORMATION\","
      + " \"resubmitted\": \"2025-05-02\"}, {\"on\": \"2025-05-20\", \"outcome\": \"ACCEPTED\"}]}]";

  /**
   * Hazard H40 (002 QAF ¶40): a response sent back for more information, resubmitted and reviewed
   * again reads with its whole history, `review` the latest; it writes back the same, the schema
   * accepts it, and an incident with one review writes no `reviews` (1.1 documents stay as they
   * were).
   */
  @Test
  void aResponseSentBackAndReviewedAgainReadsWithItsHistoryAndWritesItBack() {
    String json = doc("qsurv-snapshot/1.1", SENT_BACK);
    Snapshot s = SnapshotReader.read(json).snapshot();
    org.qsurv.model.incident.SeriousIncident i = s.incidents().get(0);
    assertEquals(List.of(java.time.LocalDate.parse("2025-05-02")), i.resubmissions());
    assertEquals(2, i.reviews().size());
    assertEquals(org.qsurv.model.incident.ReviewOutcome.ACCEPTED, i.review().orElseThrow()
        .outcome());
    assertEquals(s, SnapshotReader.read(SnapshotWriter.write(s)).snapshot());
    assertTrue(SnapshotWriter.write(s).contains("\"resubmitted\""));
    assertEquals(List.of(), SCHEMA.problems(json));
    assertEquals(List.of(), SCHEMA.problems(SnapshotWriter.write(s)));
    Snapshot one = SnapshotReader.read(doc("qsurv-snapshot/1.1", all())).snapshot();
    assertFalse(SnapshotWriter.write(one).contains("\"reviews\""));
  }

  /**
   * The history must agree with `review` (the latest, as readers that know only it read it), each
   * earlier review must have asked for more information and been answered, and the dates must be
   * in order; each refusal names its path.
   */
  @Test
  void aReviewHistoryThatDisagreesWithItselfIsAProblemAtItsPath() {
    assertEquals(List.of("$.incidents[0].review: must be the last of reviews (2025-05-20 "
        + "ACCEPTED: the latest review) but was 2025-03-20 MORE_INFORMATION"),
        problems(doc("qsurv-snapshot/1.1", SENT_BACK.replace("\"review\": {\"on\": "
            + "\"2025-05-20\", \"outcome\": \"ACCEPTED\"}", "\"review\": {\"on\": "
            + "\"2025-03-20\", \"outcome\": \"MORE_INFORMATION\"}"))));
    assertEquals(List.of("$.incidents[0]: incident SI-3 has 0 resubmissions for 2 reviews: a "
        + "revised response follows each review that asked for MORE_INFORMATION, and is reviewed "
        + "before the next"), problems(doc("qsurv-snapshot/1.1", SENT_BACK.replace(
            ", \"resubmitted\": \"2025-05-02\"", ""))));
    assertEquals(List.of("$.incidents[0]: incident SI-3 resubmission 2025-03-10 is before the "
        + "review on 2025-03-20 that asked for it"), problems(doc("qsurv-snapshot/1.1",
            SENT_BACK.replace("2025-05-02", "2025-03-10"))));
    assertEquals(List.of("$.incidents[0]: incident SI-3 was reviewed again after its review on "
        + "2025-03-20 ACCEPTED: only a review that asked for MORE_INFORMATION is followed by "
        + "another"), problems(doc("qsurv-snapshot/1.1", SENT_BACK.replace(
            "\"MORE_INFORMATION\",", "\"ACCEPTED\","))));
    assertEquals(List.of("$.incidents[0].reviews[1].outcome: \"LATER\" is not one of ACCEPTED, "
        + "MORE_INFORMATION"), problems(doc("qsurv-snapshot/1.1", SENT_BACK.replace(
            "\"outcome\": \"ACCEPTED\"}]", "\"outcome\": \"LATER\"}]"))));
  }
}
