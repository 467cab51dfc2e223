package org.qsurv.scoring.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.qsurv.model.organisation.OdsCode;
import org.qsurv.model.organisation.Provider;
import org.qsurv.model.organisation.ProviderKind;
import org.qsurv.model.snapshot.Snapshot;
import org.qsurv.model.snapshot.SnapshotReader;
import org.qsurv.model.surveillance.Level;
import org.qsurv.scoring.assessment.Assessment;
import org.qsurv.scoring.assessment.ProviderAssessment;
import org.qsurv.scoring.report.Assessed.Placed;

/**
 * What each governance report includes and leaves out: the voices of patients and the public
 * counted by tone within the report's months (004 §4.3-4.4); the risks of 15 and above, not
 * below, for directors (004 §4.4); the decisions of the month, not before it (000 §6.7); the
 * hosted units only, with their latest published rating (003 §5.3.4; 004 §5.1); and on the
 * agenda what changed since the last one, intensive providers first (003 Appendix 1).
 */
class GovernanceReportRulesTest {
  private static final String DIRECTOR = "\"by\": {\"name\": \"A. Director\", \"role\":"
      + " \"ICB_DIRECTOR\"}, \"rationale\": \"Concerns\"";

  private static String item(String id, String provider, String received, String source,
      String tone) {
    return "{\"id\": \"" + id + "\", \"provider\": \"" + provider + "\", \"received\": \""
        + received + "\", \"source\": \"" + source + "\", \"nature\": \"SOFT\", \"domain\":"
        + " \"EXPERIENCE\", \"summary\": \"Said\", \"tone\": \"" + tone + "\", \"triage\":"
        + " {\"on\": \"" + received + "\", \"outcome\": \"NO_FURTHER_ACTION\", \"credible\":"
        + " true}}";
  }

  private static String risk(String id, String provider, int likelihood, int consequence) {
    return "{\"id\": \"" + id + "\", " + (provider == null ? "" : "\"provider\": \"" + provider
        + "\", ") + "\"title\": \"Risk " + id + "\", \"domain\": \"SAFE\", \"owner\": \"Chief"
        + " Nurse\", \"likelihood\": " + likelihood + ", \"consequence\": " + consequence
        + ", \"lastReviewed\": \"2025-06-20\"}";
  }

  /**
   * As of 1 July 2025: RH5 (acute) with patients' voices in and out of the two months and the
   * month, risks of 15 and 12, decisions on 1 June and 2 June; Willow (an LD and autism unit)
   * hosted here, with a rating published in May and one after the date; Birch, hosted by another
   * ICB; Cedar, with no host recorded.
   */
  private static Snapshot snapshot() {
    String json = "{\"format\": \"qsurv-snapshot/1.1\", \"asOf\": \"2025-07-01\","
        + " \"commissioner\": {\"code\": \"QSL\", \"name\": \"ICB\"},"
        + " \"providers\": [{\"code\": \"RH5\", \"name\": \"Somerset FT\", \"kind\": \"ACUTE\"},"
        + " {\"code\": \"1-202345678\", \"name\": \"Willow\", \"kind\": \"LD_AUTISM_INPATIENT\"},"
        + " {\"code\": \"1-303456789\", \"name\": \"Birch\", \"kind\": \"LD_AUTISM_INPATIENT\"},"
        + " {\"code\": \"1-404567890\", \"name\": \"Cedar\", \"kind\": \"LD_AUTISM_INPATIENT\"}],"
        + " \"indicators\": [], \"observations\": [],"
        + " \"intelligence\": [" + String.join(", ",
            item("I-1", "RH5", "2025-05-01", "COMPLAINT", "CONCERN"),
            item("I-2", "RH5", "2025-05-02", "COMPLAINT", "POSITIVE"),
            item("I-3", "RH5", "2025-07-01", "COMPLAINT", "NEUTRAL"),
            item("I-4", "RH5", "2025-06-15", "PALS", "NEUTRAL"),
            item("I-5", "RH5", "2025-06-15", "WHISTLEBLOWING", "CONCERN")) + "],"
        + " \"risks\": [" + String.join(", ", risk("R-15", "RH5", 3, 5),
            risk("R-12", "RH5", 3, 4), risk("R-S", null, 5, 3)) + "],"
        + " \"decisions\": [{\"provider\": \"RH5\", \"at\": \"2025-06-01\", \"decision\":"
        + " \"PLACE_ON_ENHANCED\", " + DIRECTOR + "}, {\"provider\": \"1-202345678\", \"at\":"
        + " \"2025-06-02\", \"decision\": \"PLACE_ON_ENHANCED\", " + DIRECTOR + "}],"
        + " \"ratings\": [{\"id\": \"CQC-1\", \"provider\": \"1-202345678\", \"regulator\":"
        + " \"CQC\", \"published\": \"2025-05-20\", \"overall\": \"GOOD\"},"
        + " {\"id\": \"CQC-2\", \"provider\": \"1-202345678\", \"regulator\": \"CQC\","
        + " \"published\": \"2025-07-02\", \"overall\": \"INADEQUATE\"}]}";
    SnapshotReader.Result r = SnapshotReader.read(json);
    assertTrue(r.isValid(), () -> r.problems().toString());
    Snapshot read = r.snapshot();
    List<Provider> providers = new ArrayList<>(read.providers());
    providers.set(1, Provider.builder().from(providers.get(1)).hostCommissioner(OdsCode.of("QSL"))
        .build());
    providers.set(2, Provider.builder().from(providers.get(2)).hostCommissioner(OdsCode.of("QUY"))
        .build());
    return Snapshot.builder().from(read).providers(providers).build();
  }

  private static Assessment assessed(Snapshot s, Level rh5, Level willow) {
    return Assessed.of(s, Map.of("RH5", Placed.at(rh5, LocalDate.of(2025, 6, 1)),
        "1-202345678", Placed.at(willow, LocalDate.of(2025, 6, 2))));
  }

  /**
   * The voices of patients and the public (complaints, PALS, patient feedback, Healthwatch; not
   * whistleblowing) are counted by tone over the months after the report's start up to its date:
   * over two months from 1 May, the complaints of 2 May and 1 July and the PALS contact of
   * 15 June, not the complaint of 1 May. They are insight (004 §4.4: insight "includes ...
   * complaints, PALS"); involvement is the work underway, here the enhanced surveillance.
   */
  @Test
  void theVoicesAreCountedByToneWithinTheReportsMonths() {
    Snapshot s = snapshot();
    ServiceAreaReport acute = GovernanceReports.serviceArea("Acute", Set.of(ProviderKind.ACUTE),
        s, assessed(s, Level.ENHANCED, Level.ROUTINE), 2);
    assertEquals(List.of("COMPLAINT: 2 since 2025-05-01 (0 of concern, 1 positive, 1 neutral)",
        "PALS: 1 since 2025-05-01 (0 of concern, 0 positive, 1 neutral)"),
        acute.enhanced().get(0).insight().stream()
            .filter(l -> l.startsWith("COMPLAINT") || l.startsWith("PALS")).toList());
    assertEquals(List.of("ENHANCED surveillance since 2025-06-01"),
        acute.enhanced().get(0).involvement());
  }

  /**
   * 004 §4.4 Involvement, "what active workstreams and interventions are underway", as of the
   * report's date: the surveillance and since when; each improvement action and each action of a
   * meeting held by then that is still open (completed after the date counts as open); each visit
   * still planned; each deep dive authorised by then. Completed actions, meetings and deep dives
   * after the date, done or cancelled visits and other providers' work are not underway here.
   */
  @Test
  void involvementIsTheWorkUnderwayOnTheReportsDate() {
    String json = "{\"format\": \"qsurv-snapshot/1.1\", \"asOf\": \"2025-07-01\","
        + " \"commissioner\": {\"code\": \"QSL\", \"name\": \"ICB\"},"
        + " \"providers\": [{\"code\": \"RH5\", \"name\": \"Somerset FT\", \"kind\": \"ACUTE\"},"
        + " {\"code\": \"RA4\", \"name\": \"Yeovil FT\", \"kind\": \"ACUTE\"}],"
        + " \"indicators\": [], \"observations\": [], \"intelligence\": [], \"risks\": [],"
        + " \"decisions\": [],"
        + " \"actions\": [" + action("A-1", "RH5", "2025-06-30", null)
        + ", " + action("A-2", "RH5", "2025-05-31", "2025-05-28")
        + ", " + action("A-3", "RH5", "2025-06-15", "2025-07-10")
        + ", " + action("A-4", "RA4", "2025-06-30", null) + "],"
        + " \"visits\": [" + visit("V-1", "RH5", "2025-07-20", "PLANNED")
        + ", " + visit("V-2", "RH5", "2025-06-03", "DONE")
        + ", " + visit("V-3", "RH5", "2025-06-10", "CANCELLED")
        + ", " + visit("V-4", "RA4", "2025-07-20", "PLANNED") + "],"
        + " \"meetings\": [" + meeting("M-1", "RH5", "2025-03-12", "MA-1", null)
        + ", " + meeting("M-2", "RH5", "2025-04-12", "MA-2", "2025-05-01")
        + ", " + meeting("M-3", "RH5", "2025-07-02", "MA-3", null) + "],"
        + " \"deepDives\": [" + deepDive("DD-1", "RH5", "2025-06-16")
        + ", " + deepDive("DD-2", "RH5", "2025-07-02") + "]}";
    SnapshotReader.Result r = SnapshotReader.read(json);
    assertTrue(r.isValid(), () -> r.problems().toString());
    Snapshot s = r.snapshot();
    ServiceAreaReport acute = GovernanceReports.serviceArea("Acute", Set.of(ProviderKind.ACUTE),
        s, Assessed.of(s, Map.of("RH5", Placed.at(Level.ENHANCED, LocalDate.of(2025, 6, 1)))),
        2);
    assertEquals(List.of("ENHANCED surveillance since 2025-06-01",
        "improvement action A-1 open, due 2025-06-30: Work A-1",
        "improvement action A-3 open, due 2025-06-15: Work A-3",
        "CQPG action MA-1 open, due 2025-04-30: Share MA-1",
        "ANNOUNCED visit V-1 planned for 2025-07-20",
        "deep dive DD-1 authorised 2025-06-16 by A. Director: Concerns"),
        acute.enhanced().get(0).involvement());
    assertEquals(List.of("improvement action A-4 open, due 2025-06-30: Work A-4",
        "ANNOUNCED visit V-4 planned for 2025-07-20"), acute.routine().get(0).involvement(),
        "routine surveillance is not itself a workstream");
  }

  private static String action(String id, String provider, String due, String completed) {
    return "{\"id\": \"" + id + "\", \"provider\": \"" + provider + "\", \"description\":"
        + " \"Work " + id + "\", \"owner\": \"Director of Nursing\", \"due\": \"" + due + "\""
        + (completed == null ? "" : ", \"completed\": \"" + completed + "\"") + "}";
  }

  private static String visit(String id, String provider, String date, String status) {
    return "{\"id\": \"" + id + "\", \"provider\": \"" + provider + "\", \"date\": \"" + date
        + "\", \"kind\": \"ANNOUNCED\", \"status\": \"" + status + "\"}";
  }

  private static String meeting(String id, String provider, String date, String action,
      String completed) {
    return "{\"id\": \"" + id + "\", \"provider\": \"" + provider + "\", \"kind\": \"CQPG\","
        + " \"date\": \"" + date + "\", \"held\": true, \"actions\": [{\"id\": \"" + action
        + "\", \"description\": \"Share " + action + "\", \"owner\": \"Chief Nurse\","
        + " \"due\": \"2025-04-30\"" + (completed == null ? ""
            : ", \"completed\": \"" + completed + "\"") + "}]}";
  }

  private static String deepDive(String id, String provider, String authorised) {
    return "{\"id\": \"" + id + "\", \"provider\": \"" + provider + "\", \"authorised\": \""
        + authorised + "\", " + DIRECTOR + ", \"riskAssessment\": \"Mortality\"}";
  }

  /**
   * Directors see the risks of 15 and above (004 §4.4), the system's too, not the one of 12; the
   * month's decisions, not the one on the day the month starts from; and each provider in
   * enhanced or intensive surveillance.
   */
  @Test
  void directorsSeeRisksOf15AndAboveAndTheMonthsDecisions() {
    Snapshot s = snapshot();
    DirectorsReport report = GovernanceReports.directors(s,
        assessed(s, Level.ENHANCED, Level.ROUTINE), 1);
    assertEquals(List.of("RH5", "system"), report.highRisks().stream()
        .map(line -> line.substring(0, line.indexOf(':'))).toList());
    assertTrue(report.highRisks().get(0).contains("R-15"), report.highRisks()::toString);
    assertTrue(report.highRisks().get(1).contains("R-S"), report.highRisks()::toString);
    assertEquals(1, report.decisionsTaken().size(), report.decisionsTaken()::toString);
    assertTrue(report.decisionsTaken().get(0).startsWith("2025-06-02 1-202345678:"),
        report.decisionsTaken()::toString);
    assertEquals(List.of("RH5"), report.surveillance().stream()
        .map(line -> line.substring(0, 3)).toList());
  }

  /**
   * Only the units this ICB hosts, recorded as its own or with no host recorded, are in the
   * notes; a unit's rating is the latest published on or before the date.
   */
  @Test
  void theNotesHoldTheHostedUnitsWithTheirLatestPublishedRating() {
    Snapshot s = snapshot();
    HostCommissionerNotes notes = GovernanceReports.hostCommissionerNotes(s,
        assessed(s, Level.ROUTINE, Level.ENHANCED), Optional.of("J. Smith"), 1);
    assertEquals(List.of("Willow", "Cedar"), notes.units().stream()
        .map(u -> u.provider().name()).toList());
    assertEquals("CQC GOOD (CQC-1, published 2025-05-20)", notes.units().get(0).rating());
    assertEquals(Level.ENHANCED, notes.units().get(0).level());
  }

  /**
   * The agenda tables intensive providers before enhanced ones, never a routine one; against the
   * same assessment nothing changed; a move from enhanced to intensive is named with its date.
   */
  @Test
  void theAgendaTablesIntensiveFirstAndNamesALevelChange() {
    Snapshot s = snapshot();
    Assessment before = assessed(s, Level.ENHANCED, Level.ENHANCED);
    QsgAgenda same = GovernanceReports.qsgAgenda(s, before, Optional.of(before));
    assertEquals(List.of("Somerset FT", "Willow"), same.items().stream()
        .map(i -> i.provider().name()).toList());
    for (AgendaItem item : same.items()) {
      assertEquals(List.of("no change since 2025-07-01"), item.changes());
    }
    Assessment now = assessed(s, Level.ENHANCED, Level.INTENSIVE);
    QsgAgenda moved = GovernanceReports.qsgAgenda(s, now, Optional.of(before));
    assertEquals(List.of("Willow", "Somerset FT"), moved.items().stream()
        .map(i -> i.provider().name()).toList());
    assertEquals("level ENHANCED to INTENSIVE on 2025-06-02", moved.items().get(0).changes()
        .get(0));
    QsgAgenda routine = GovernanceReports.qsgAgenda(s, assessed(s, Level.ROUTINE, Level.ROUTINE),
        Optional.empty());
    assertEquals(List.of(), routine.items());
  }

  /**
   * Against an agenda made from other evidence, a trigger that stopped firing, a trigger that
   * started and a new finding are each named, and a change of advice exactly when the advised
   * level differs.
   */
  @Test
  void theAgendaNamesTriggersThatStartedOrStoppedAndNewFindings() {
    Snapshot s = snapshot();
    Snapshot quiet = Snapshot.builder().from(s).risks(List.of()).intelligence(List.of()).build();
    Assessment now = assessed(s, Level.ENHANCED, Level.ROUTINE);
    Assessment then = assessed(quiet, Level.ENHANCED, Level.ROUTINE);
    ProviderAssessment rh5Now = now.providers().get(0);
    ProviderAssessment rh5Then = then.providers().get(0);
    assertFalse(rh5Now.quality().triggers().isEmpty(), "R-15 fires a trigger");
    List<String> rising = GovernanceReports.qsgAgenda(s, now, Optional.of(then)).items().get(0)
        .changes();
    List<String> falling = GovernanceReports.qsgAgenda(s, then, Optional.of(now)).items().get(0)
        .changes();
    for (var t : rh5Now.quality().triggers()) {
      assertTrue(rising.contains("new trigger: " + t.described()), rising::toString);
      assertTrue(falling.contains("no longer fires: " + t.code().name()), falling::toString);
    }
    boolean adviceChanged = rh5Now.quality().recommendation().level()
        != rh5Then.quality().recommendation().level();
    assertEquals(adviceChanged, rising.stream().anyMatch(c -> c.startsWith("advice ")),
        rising::toString);
    assertEquals(rh5Now.quality().findings().size() - rh5Then.quality().findings().size(),
        rising.stream().filter(c -> c.startsWith("new finding: ")).count(), rising::toString);
    assertTrue(falling.stream().noneMatch(c -> c.startsWith("new ")), falling::toString);
  }
}
