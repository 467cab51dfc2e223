package org.qsurv.scoring.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.qsurv.model.intelligence.IntelligenceItem;
import org.qsurv.model.snapshot.Snapshot;
import org.qsurv.model.snapshot.SnapshotReader;
import org.qsurv.model.surveillance.Level;
import org.qsurv.scoring.assessment.Assessment;
import org.qsurv.scoring.report.Assessed.Placed;

/**
 * The monthly report to directors (000 §6.7: quality and risk reports to directors monthly, with
 * assurance on statutory responsibilities) and the host commissioner's notes to placing
 * commissioners (003 §5.3.4) say what they are as of, cover their month, and name what is missing
 * or stale, so that old data never reads as current.
 */
class DirectorsAndHostReportsTest {
  private static final String DIRECTOR = "\"by\": {\"name\": \"A. Director\", \"role\":"
      + " \"ICB_DIRECTOR\"}";
  private static final String JSON = "{\"format\": \"qsurv-snapshot/1.1\", \"asOf\": \"2025-07-01\","
      + " \"commissioner\": {\"code\": \"QSL\", \"name\": \"NHS Somerset ICB\"},"
      + " \"providers\": [{\"code\": \"RH5\", \"name\": \"Somerset FT\", \"kind\": \"ACUTE\"},"
      + " {\"code\": \"RA4\", \"name\": \"Yeovil FT\", \"kind\": \"ACUTE\"},"
      + " {\"code\": \"1-202345678\", \"name\": \"Willow Unit\", \"kind\": \"LD_AUTISM_INPATIENT\"}],"
      + " \"indicators\": [{\"id\": \"shmi\", \"name\": \"SHMI\", \"domain\": \"SAFE\", \"unit\":"
      + " \"ratio\", \"polarity\": \"LOWER_IS_BETTER\", \"frequency\": \"MONTHLY\", \"thresholds\":"
      + " {\"amber\": 1.05, \"red\": 1.15}}],"
      + " \"observations\": [{\"provider\": \"RH5\", \"indicator\": \"shmi\", \"period\":"
      + " \"2025-06\", \"value\": 1.21}, {\"provider\": \"RA4\", \"indicator\": \"shmi\","
      + " \"period\": \"2025-01\", \"value\": 0.98}],"
      + " \"intelligence\": [{\"id\": \"I-1\", \"provider\": \"1-202345678\", \"received\": \"2025-06-12\","
      + " \"source\": \"COMPLAINT\", \"nature\": \"SOFT\", \"domain\": \"SAFE\", \"summary\":"
      + " \"Restraint used outside policy\"}, {\"id\": \"I-2\", \"provider\": \"1-202345678\","
      + " \"received\": \"2025-06-20\", \"source\": \"WHISTLEBLOWING\", \"nature\": \"SOFT\","
      + " \"domain\": \"SAFE\", \"summary\": \"Night staff ratios not met\"},"
      + " {\"id\": \"I-3\", \"provider\": \"1-202345678\", \"received\": \"2025-04-01\", \"source\":"
      + " \"HEALTHWATCH\", \"nature\": \"SOFT\", \"domain\": \"EXPERIENCE\", \"summary\":"
      + " \"Families welcomed\", \"tone\": \"POSITIVE\"}],"
      + " \"risks\": [{\"id\": \"R-1\", \"provider\": \"RH5\", \"title\": \"Night staffing\","
      + " \"domain\": \"SAFE\", \"owner\": \"Chief Nurse\", \"likelihood\": 4, \"consequence\": 4,"
      + " \"lastReviewed\": \"2025-06-20\"}, {\"id\": \"R-2\", \"title\": \"Winter capacity\","
      + " \"domain\": \"SAFE\", \"owner\": \"Chief Nursing Officer\", \"likelihood\": 5,"
      + " \"consequence\": 4, \"lastReviewed\": \"2025-05-01\"}, {\"id\": \"R-3\", \"provider\":"
      + " \"RA4\", \"title\": \"Estates\", \"domain\": \"SAFE\", \"owner\": \"Director of Estates\","
      + " \"likelihood\": 3, \"consequence\": 3, \"lastReviewed\": \"2025-06-01\"}],"
      + " \"decisions\": [{\"provider\": \"RH5\", \"at\": \"2025-03-03\", \"decision\":"
      + " \"PLACE_ON_ENHANCED\", " + DIRECTOR + ", \"rationale\": \"Mortality rising\"},"
      + " {\"provider\": \"RA4\", \"at\": \"2025-06-10\", \"decision\": \"PLACE_ON_ENHANCED\", "
      + DIRECTOR + ", \"rationale\": \"Two never events\"}],"
      + " \"visits\": [{\"id\": \"V-1\", \"provider\": \"1-202345678\", \"date\": \"2025-06-25\","
      + " \"kind\": \"UNANNOUNCED\", \"status\": \"DONE\", \"findings\": [{\"domain\": \"SAFE\","
      + " \"tone\": \"CONCERN\", \"summary\": \"Seclusion log incomplete\"}]}],"
      + " \"deepDives\": [{\"id\": \"DD-1\", \"provider\": \"RH5\", \"authorised\": \"2025-06-20\", "
      + DIRECTOR + ", \"riskAssessment\": \"Mortality above range\", \"rationale\":"
      + " \"Pathway review\"}]}";

  /** RH5 and RA4 placed on enhanced as their decisions say; the unit routine. */
  private static Assessment assessed(Snapshot s) {
    return Assessed.of(s, Map.of("RH5", Placed.at(Level.ENHANCED, LocalDate.of(2025, 3, 3)),
        "RA4", Placed.at(Level.ENHANCED, LocalDate.of(2025, 6, 10))));
  }

  private static Snapshot snapshot() {
    return SnapshotReader.read(JSON).snapshot();
  }

  /**
   * The month's decisions and deep dives are listed, the earlier ones not; the providers in
   * enhanced surveillance with their level of assurance; the red indicator; the risks of 15 and
   * more, the system's too (004 §4.4), not the one of 9; the statutory assurance; and RA4's
   * January return as stale.
   */
  @Test
  void theDirectorsReportCoversItsMonthAndSaysWhatIsStale() {
    Snapshot s = snapshot();
    DirectorsReport report = GovernanceReports.directors(s, assessed(s), 1);
    assertEquals(LocalDate.of(2025, 7, 1), report.asOf());
    assertEquals(LocalDate.of(2025, 6, 1), report.since());
    assertEquals(List.of("2025-06-10 RA4: PLACE_ON_ENHANCED by A. Director (ICB_DIRECTOR): Two"
        + " never events", "2025-06-20 RH5: deep dive DD-1 authorised by A. Director after a risk"
        + " assessment: Pathway review (001 §7.1)"), report.decisionsTaken());
    assertEquals(List.of("RH5", "RA4"), report.surveillance().stream()
        .map(line -> line.substring(0, 3)).collect(Collectors.toList()));
    assertTrue(report.surveillance().get(0).startsWith("RH5 Somerset FT: ENHANCED since"
        + " 2025-03-03"), report.surveillance()::toString);
    assertTrue(report.surveillance().get(0).endsWith("; assurance LEVEL_3"),
        report.surveillance()::toString);
    assertEquals(List.of("RH5 Somerset FT: shmi 1.21 in 2025-06 (RED, NOT_ENOUGH_DATA)"),
        report.keyIndicators());
    assertEquals(List.of("RH5: risk R-1 \"Night staffing\" scored 16 (EXTREME), review due"
        + " 2025-07-20", "system: risk R-2 \"Winter capacity\" scored 20 (EXTREME), review OVERDUE"
        + " since 2025-06-01"), report.highRisks());
    assertTrue(report.statutoryAssurance().contains("RA4: no regulator rating recorded (004 §5.1:"
        + " know the CQC status of every provider)"), report.statutoryAssurance()::toString);
    assertTrue(report.missing().contains("RA4: stale data: its latest indicator return is for a"
        + " period ending 2025-01-31, more than 4 months before 2025-07-01; what this report"
        + " shows of its indicators is as of then, not now"), report.missing()::toString);
  }

  /**
   * Only the hosted LD and autism inpatient unit is in the notes; the month's intelligence and
   * visit findings are shared, the sensitive item withheld and counted, the item of April left
   * out; without a named host commissioner the notes say so (003 §5.3.4).
   */
  @Test
  void theHostCommissionerNotesShareTheUnitsMonthAndWithholdWhatIsSensitive() {
    Snapshot read = snapshot();
    Snapshot s = Snapshot.builder().from(read).intelligence(read.intelligence().stream()
        .map(i -> i.id().value().equals("I-2")
            ? IntelligenceItem.builder().from(i).sensitive(true).build() : i)
        .collect(Collectors.toList())).build();
    HostCommissionerNotes notes = GovernanceReports.hostCommissionerNotes(s,
        assessed(s), Optional.empty(), 1);
    assertEquals(1, notes.units().size());
    HostedUnit unit = notes.units().get(0);
    assertEquals("1-202345678", unit.provider().code().value());
    assertEquals(Level.ROUTINE, unit.level());
    assertEquals(List.of("2025-06-12 I-1 COMPLAINT (CONCERN, Safe): Restraint used outside"
        + " policy"), unit.intelligence());
    assertEquals(1, unit.withheld());
    assertEquals(List.of("2025-06-25 UNANNOUNCED visit V-1 DONE: CONCERN in Safe: Seclusion log"
        + " incomplete"), unit.visits());
    assertEquals("no regulator rating recorded", unit.rating());
    assertEquals("no named host commissioner: 003 §5.3.4 requires a named individual, with"
        + " contact details, for the placing commissioners to reach", notes.missing().get(0));
    HostCommissionerNotes named = GovernanceReports.hostCommissionerNotes(s,
        assessed(s), Optional.of("J. Smith, 01234 567890"), 1);
    assertTrue(named.missing().stream().noneMatch(m -> m.startsWith("no named host")),
        named.missing()::toString);
  }

  /**
   * A provider's indicators are stale exactly when its latest return ended more than four months
   * (a quarter and a month for the next return) before the report's date, whatever that month.
   */
  @Property
  void aReturnIsStaleExactlyWhenItEndedMoreThanFourMonthsBefore(
      @ForAll @IntRange(min = 0, max = 30) int monthsBack) {
    YearMonth month = YearMonth.of(2025, 6).minusMonths(monthsBack);
    Snapshot s = SnapshotReader.read(JSON.replace("\"period\": \"2025-01\"", "\"period\": \""
        + month + "\"")).snapshot();
    DirectorsReport report = GovernanceReports.directors(s, assessed(s), 1);
    boolean stale = month.atEndOfMonth().plusMonths(4).isBefore(s.asOf());
    assertEquals(stale, report.missing().stream().anyMatch(m -> m.startsWith("RA4: stale data")),
        month + ": " + report.missing());
  }
}
