package org.qsurv.model.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.qsurv.model.improvement.ImprovementAction;
import org.qsurv.model.intelligence.IntelligenceItem;
import org.qsurv.model.intelligence.Tone;
import org.qsurv.model.intelligence.Triage;
import org.qsurv.model.intelligence.TriageOutcome;
import org.qsurv.model.surveillance.Meeting;

/**
 * Format {@code qsurv-snapshot/1.1} (SNAPSHOT.md): intelligence tone and triage (004 §4.3, the
 * weekly insights meeting), a decision's meeting (003 §5.2.3 a), improvement-plan actions
 * (003 §5.2.3 e) and system risks without a provider (004 §4.4: "all risks relevant to the ICB").
 * Every 1.1 field is an unknown-field error in a format 1 document, and a date outside the years
 * the model accepts is a format problem with its JSON path.
 */
class SnapshotVersion11Test {
  private static final String HEAD = "{\"asOf\": \"2025-07-01\","
      + " \"commissioner\": {\"code\": \"QSL\", \"name\": \"NHS Somerset ICB\"},"
      + " \"providers\": [{\"code\": \"RH5\", \"name\": \"Somerset FT\", \"kind\": \"ACUTE\"}],"
      + " \"indicators\": [], \"observations\": [],";
  private static final String BODY = " \"intelligence\": [{\"id\": \"I-1\", \"provider\": \"RH5\","
      + " \"received\": \"2025-06-10\", \"source\": \"MEDIA\", \"nature\": \"SOFT\","
      + " \"domain\": \"EXPERIENCE\", \"summary\": \"Praise for the new unit\", \"tone\": \"POSITIVE\","
      + " \"triage\": {\"on\": \"2025-06-12\", \"outcome\": \"NO_FURTHER_ACTION\", \"credible\": true}}],"
      + " \"risks\": [{\"id\": \"R-1\", \"title\": \"Winter capacity across the system\","
      + " \"domain\": \"SAFE\", \"owner\": \"Chief Nurse\", \"likelihood\": 3, \"consequence\": 4}],"
      + " \"decisions\": [{\"provider\": \"RH5\", \"at\": \"2025-03-03\","
      + " \"decision\": \"PLACE_ON_ENHANCED\", \"by\": {\"name\": \"A. Director\","
      + " \"role\": \"ICB_DIRECTOR\"}, \"rationale\": \"Two never events\", \"meeting\": \"QUALITY_REVIEW\"}],"
      + " \"actions\": [{\"id\": \"A-1\", \"provider\": \"RH5\", \"description\": \"Recruit to the"
      + " night rota\", \"owner\": \"Director of Nursing\", \"due\": \"2025-05-31\"}]}";

  @Test
  void aVersion11DocumentReadsEveryNewFieldAndKeepsItsFormat() {
    Snapshot s = SnapshotReader.read(doc("qsurv-snapshot/1.1", BODY)).snapshot();
    assertEquals(Snapshot.FORMAT_1_1, s.format());
    IntelligenceItem item = s.intelligence().get(0);
    assertEquals(Tone.POSITIVE, item.tone());
    assertEquals(Triage.of(LocalDate.of(2025, 6, 12), TriageOutcome.NO_FURTHER_ACTION, true),
        item.triage().orElseThrow());
    assertTrue(s.risks().get(0).provider().isEmpty(), "a risk without a provider is a system risk");
    assertEquals(Meeting.QUALITY_REVIEW, s.decisions().get(0).meeting().orElseThrow());
    ImprovementAction a = s.actions().get(0);
    assertTrue(a.overdueOn(LocalDate.of(2025, 7, 1)));
    assertEquals(s, SnapshotReader.read(SnapshotWriter.write(s)).snapshot(),
        "what 1.1 reads, it writes back");
  }

  @Test
  void everyVersion11FieldIsAnErrorInAFormat1Document() {
    List<String> problems = problems(doc("qsurv-snapshot/1", BODY));
    assertEquals(List.of(
        "$.actions: is not a known field in \"qsurv-snapshot/1\" (it is in \"qsurv-snapshot/1.1\")",
        "$.decisions[0].meeting: is not a known field in \"qsurv-snapshot/1\" (it is in \"qsurv-snapshot/1.1\")",
        "$.intelligence[0].tone: is not a known field in \"qsurv-snapshot/1\" (it is in \"qsurv-snapshot/1.1\")",
        "$.intelligence[0].triage: is not a known field in \"qsurv-snapshot/1\" (it is in \"qsurv-snapshot/1.1\")",
        "$.risks[0].provider: is required in \"qsurv-snapshot/1\" (in \"qsurv-snapshot/1.1\" a risk"
            + " without one is a system risk)"), problems);
  }

  /** docs/SNAPSHOT.md: a 1.1 field is unknown in format 1 even when its value is null. */
  @Test
  void aVersion11FieldWrittenAsNullIsStillAnErrorInAFormat1Document() {
    String v1 = doc("qsurv-snapshot/1", BODY)
        .replace("\"meeting\": \"QUALITY_REVIEW\"", "\"meeting\": null");
    assertTrue(v1.contains("\"meeting\": null"), v1);
    assertTrue(problems(v1).contains("$.decisions[0].meeting: is not a known field in"
        + " \"qsurv-snapshot/1\" (it is in \"qsurv-snapshot/1.1\")"), problems(v1)::toString);
  }

  @Test
  void aTriageWithAnUnknownOutcomeOrNoCredibilityIsReportedAtItsPath() {
    String body = BODY.replace("\"outcome\": \"NO_FURTHER_ACTION\", \"credible\": true",
        "\"outcome\": \"IGNORE\"");
    assertEquals(List.of("$.intelligence[0].triage.credible: is required",
        "$.intelligence[0].triage.outcome: \"IGNORE\" is not one of NO_FURTHER_ACTION, MONITOR, ACT,"
            + " ESCALATE"), problems(doc("qsurv-snapshot/1.1", body)));
  }

  @Test
  void aDateOutsideTheModelsYearsIsAFormatProblemWithItsPath() {
    String json = doc("qsurv-snapshot/1.1", BODY).replace("\"2025-07-01\"", "\"9999-12-31\"")
        .replace("\"due\": \"2025-05-31\"", "\"due\": \"0001-01-01\"");
    assertEquals(List.of(
        "$.actions[0].due: \"0001-01-01\" is outside the dates qsurv accepts (years 1900 to 2999)",
        "$.asOf: \"9999-12-31\" is outside the dates qsurv accepts (years 1900 to 2999)"),
        problems(json));
  }

  @Test
  void aTriageBeforeTheItemWasReceivedIsRejected() {
    String body = BODY.replace("\"on\": \"2025-06-12\"", "\"on\": \"2025-06-01\"");
    List<String> problems = problems(doc("qsurv-snapshot/1.1", body));
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).startsWith("$.intelligence[0]: intelligence I-1 was triaged on"
        + " 2025-06-01, before it was received on 2025-06-10"), problems.toString());
  }

  @Test
  void aFormat1DocumentWithoutNewFieldsStillReadsAsFormat1() {
    String body = " \"intelligence\": [], \"risks\": [], \"decisions\": []}";
    Snapshot s = SnapshotReader.read(doc("qsurv-snapshot/1", body)).snapshot();
    assertEquals(Snapshot.FORMAT, s.format());
    assertFalse(s.usesVersion11());
  }

  private static String doc(String format, String body) {
    return "{\"format\": \"" + format + "\", " + HEAD.substring(1) + body;
  }

  private static List<String> problems(String json) {
    return SnapshotReader.read(json).problems().stream().map(Object::toString)
        .collect(Collectors.toList());
  }
}
