package org.qsurv.scoring.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.qsurv.model.organisation.ProviderKind;
import org.qsurv.model.snapshot.Snapshot;
import org.qsurv.model.snapshot.SnapshotReader;
import org.qsurv.model.surveillance.Level;
import org.qsurv.scoring.assessment.Assessment;
import org.qsurv.scoring.report.Assessed.Placed;

/**
 * The governance reports (004 §4.4: a bi-monthly report per service area in routine, enhanced and
 * intensive sections; the quality group tables every provider in enhanced or intensive
 * surveillance, 004 §4.3) say what they are as of and what was missing, and never mix dates.
 */
class GovernanceReportsTest {
  private static final String DIRECTOR = "\"by\": {\"name\": \"A. Director\", \"role\":"
      + " \"ICB_DIRECTOR\"}, \"rationale\": \"Two never events\"";
  private static final String JSON = "{\"format\": \"qsurv-snapshot/1.1\", \"asOf\": \"2025-07-01\","
      + " \"commissioner\": {\"code\": \"QSL\", \"name\": \"ICB\"},"
      + " \"providers\": [{\"code\": \"RH5\", \"name\": \"Somerset FT\", \"kind\": \"ACUTE\"},"
      + " {\"code\": \"RA4\", \"name\": \"Yeovil FT\", \"kind\": \"ACUTE\"},"
      + " {\"code\": \"1-101234567\", \"name\": \"Oak House\", \"kind\": \"CARE_HOME\"}],"
      + " \"indicators\": [], \"observations\": [],"
      + " \"intelligence\": [{\"id\": \"I-1\", \"provider\": \"RH5\", \"received\": \"2025-06-20\","
      + " \"source\": \"COMPLAINT\", \"nature\": \"SOFT\", \"domain\": \"SAFE\", \"summary\":"
      + " \"Call bells unanswered\", \"triage\": {\"on\": \"2025-06-23\", \"outcome\": \"ACT\","
      + " \"credible\": true}}, {\"id\": \"I-2\", \"provider\": \"1-101234567\", \"received\":"
      + " \"2025-06-01\", \"source\": \"HEALTHWATCH\", \"nature\": \"SOFT\", \"domain\":"
      + " \"EXPERIENCE\", \"summary\": \"Visitors welcomed\", \"tone\": \"POSITIVE\"}],"
      + " \"risks\": [], \"decisions\": [{\"provider\": \"RH5\", \"at\": \"2025-03-03\","
      + " \"decision\": \"PLACE_ON_ENHANCED\", " + DIRECTOR + "}],"
      + " \"ratings\": [{\"id\": \"CQC-1\", \"provider\": \"RH5\", \"regulator\": \"CQC\","
      + " \"published\": \"2025-05-20\", \"overall\": \"INADEQUATE\"}]}";

  private static Snapshot snapshot() {
    return SnapshotReader.read(JSON).snapshot();
  }

  @Test
  void aServiceAreaReportHasItsSectionsItsStatutoryAssuranceAndWhatWasMissing() {
    Snapshot s = snapshot();
    ServiceAreaReport acute = GovernanceReports.serviceArea("Acute services",
        Set.of(ProviderKind.ACUTE), s, assessed(s), 2);
    assertEquals(LocalDate.of(2025, 7, 1), acute.asOf());
    assertEquals(List.of("RA4"), codes(acute.section(Level.ROUTINE)));
    assertEquals(List.of("RH5"), codes(acute.section(Level.ENHANCED)));
    assertEquals(List.of(), acute.section(Level.INTENSIVE));
    ProviderReport rh5 = acute.enhanced().get(0);
    // 004 §4.4: insight "includes ... complaints, PALS"; involvement is "what active workstreams
    // and interventions are underway to further improve and mitigate risk".
    assertTrue(rh5.insight().contains(
        "COMPLAINT: 1 since 2025-05-01 (1 of concern, 0 positive, 0 neutral)"),
        rh5.insight()::toString);
    assertEquals(List.of("ENHANCED surveillance since 2025-03-03"), rh5.involvement());
    assertTrue(rh5.insight().stream().anyMatch(i -> i.startsWith("CQC_RATING_CONCERN (CQC-1)")),
        rh5.insight()::toString);
    assertEquals(List.of("RH5: CQC rating INADEQUATE (CQC-1, published 2025-05-20)",
        "RA4: no regulator rating recorded (004 §5.1: know the CQC status of every provider)"),
        acute.statutoryAssurance());
    assertEquals(List.of("RA4: no indicator return and no intelligence on or before 2025-07-01:"
        + " no evidence is not evidence of no concern"), acute.missing());
  }

  /**
   * Every provider in enhanced or intensive surveillance is tabled; against the agenda of a month
   * before, the new trigger is named; a provider first tabled says so.
   */
  @Test
  void theQsgAgendaTablesEnhancedProvidersWithWhatChanged() {
    Snapshot s = snapshot();
    Snapshot monthBefore = Snapshot.builder().from(s).asOf(LocalDate.of(2025, 5, 1)).build();
    Assessment now = assessed(s);
    QsgAgenda agenda = GovernanceReports.qsgAgenda(s, now,
        Optional.of(assessed(monthBefore)));
    assertEquals(Optional.of(LocalDate.of(2025, 5, 1)), agenda.since());
    assertEquals(List.of("RH5"), agenda.items().stream().map(i -> i.provider().code().value())
        .collect(Collectors.toList()));
    AgendaItem rh5 = agenda.items().get(0);
    assertEquals(Level.ENHANCED, rh5.level());
    assertTrue(rh5.changes().stream().anyMatch(c -> c.startsWith("new trigger: CQC_RATING_CONCERN")),
        rh5.changes()::toString);
    QsgAgenda first = GovernanceReports.qsgAgenda(s, now, Optional.empty());
    assertEquals("first tabled: ENHANCED since 2025-03-03", first.items().get(0).changes().get(0));
  }

  /** A report never mixes dates: an assessment of another date than the snapshot is refused. */
  @Test
  void aReportRefusesAnAssessmentOfAnotherDate() {
    Snapshot s = snapshot();
    Snapshot earlier = Snapshot.builder().from(s).asOf(LocalDate.of(2025, 5, 1)).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> GovernanceReports.qsgAgenda(s, assessed(earlier),
            Optional.empty()));
    assertEquals("the assessment is as of 2025-05-01 but the snapshot as of 2025-07-01: a report"
        + " must not mix dates", e.getMessage());
  }

  /**
   * No report mixes dates: the service area report, the directors' report, the host commissioner's
   * notes and the icon matrix refuse an assessment of another date than the snapshot's, and the
   * agenda a previous assessment later than this one; the months a report covers are 1 to 24,
   * each bound accepted.
   */
  @Test
  void everyReportRefusesMixedDatesAndMonthsOutOfRange() {
    Snapshot s = snapshot();
    Snapshot earlier = Snapshot.builder().from(s).asOf(LocalDate.of(2025, 5, 1)).build();
    Assessment then = assessed(earlier);
    Assessment now = assessed(s);
    Set<ProviderKind> acute = Set.of(ProviderKind.ACUTE);
    List<Executable> mixed = List.of(
        () -> GovernanceReports.serviceArea("Acute", acute, s, then, 2),
        () -> GovernanceReports.directors(s, then, 1),
        () -> GovernanceReports.hostCommissionerNotes(s, then, Optional.empty(), 1),
        () -> IconSummaryMatrix.of("Acute", acute, s, then, IconSummaryMatrix.Order.PROVIDER));
    for (Executable report : mixed) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, report);
      assertTrue(e.getMessage().startsWith("the assessment is as of 2025-05-01 but the snapshot"
          + " as of 2025-07-01"), e.getMessage());
    }
    IllegalArgumentException later = assertThrows(IllegalArgumentException.class,
        () -> GovernanceReports.qsgAgenda(earlier, then, Optional.of(now)));
    assertEquals("the previous agenda of 2025-07-01 is after this one's date 2025-05-01",
        later.getMessage());
    for (int months : new int[] {0, 25}) {
      List<Executable> outOfRange = List.of(
          () -> GovernanceReports.serviceArea("Acute", acute, s, now, months),
          () -> GovernanceReports.directors(s, now, months),
          () -> GovernanceReports.hostCommissionerNotes(s, now, Optional.empty(), months));
      for (Executable report : outOfRange) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, report);
        assertTrue(e.getMessage().contains("report months")
            && e.getMessage().contains(Integer.toString(months)), e.getMessage());
      }
    }
    assertEquals(LocalDate.of(2023, 7, 1), GovernanceReports.directors(s, now, 24).since());
    assertEquals(LocalDate.of(2025, 6, 1),
        GovernanceReports.hostCommissionerNotes(s, now, Optional.empty(), 1).since());
    IllegalArgumentException blank = assertThrows(IllegalArgumentException.class,
        () -> GovernanceReports.serviceArea(" ", acute, s, now, 2));
    assertTrue(blank.getMessage().startsWith("service area name"), blank.getMessage());
  }

  /** RH5 placed on enhanced on 2025-03-03, as its decision says; the others routine. */
  private static Assessment assessed(Snapshot s) {
    return Assessed.of(s, Map.of("RH5", Placed.at(Level.ENHANCED, LocalDate.of(2025, 3, 3))));
  }

  private static List<String> codes(List<ProviderReport> section) {
    return section.stream().map(p -> p.provider().code().value()).collect(Collectors.toList());
  }
}
