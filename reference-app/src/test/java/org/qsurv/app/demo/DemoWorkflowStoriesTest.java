package org.qsurv.app.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qsurv.app.export.StoredAssessment;
import org.qsurv.app.jdbc.Database;
import org.qsurv.app.jdbc.JdbcPorts;
import org.qsurv.app.port.Ports;
import org.qsurv.model.incident.IncidentId;
import org.qsurv.model.incident.ReviewOutcome;
import org.qsurv.model.intelligence.IntelligenceItem;
import org.qsurv.model.intelligence.IntelligenceSource;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.organisation.Provider;
import org.qsurv.model.regulation.RegulatorRating;
import org.qsurv.model.surveillance.Level;
import org.qsurv.model.visit.VisitStatus;
import org.qsurv.scoring.assessment.Assessment;
import org.qsurv.scoring.assessment.ProviderAssessment;
import org.qsurv.scoring.trigger.TriggerCode;

/**
 * Each source framework's own workflow runs in the demo, story by story, from the demo database
 * seeded as {@code qsurv.jar serve} seeds an empty one ({@link DemoSeed}) and evaluated as the
 * pages evaluate it ({@link StoredAssessment}), as of the demo's date and the days around it. The
 * stories mirror quality-evaluation's {@code WorkflowStoriesTest}, in the national profile the app
 * runs.
 */
class DemoWorkflowStoriesTest {
  private static Database database;
  private static Ports ports;
  private static Cast cast;
  private static Assessment today;

  @BeforeAll
  static void seed() {
    database = Database.open("jdbc:h2:mem:stories-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
        Optional.empty(), Optional.empty());
    ports = JdbcPorts.open(database, Clock.fixed(DemoDataSet.AS_OF.atStartOfDay()
        .toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    DemoSeed.seedIfEmpty(ports, DemoDataSet.DEFAULT_SEED, "test", (done, total) -> { });
    cast = new Cast(new SplittableRandom(DemoSeries.mix(DemoDataSet.DEFAULT_SEED, "names")));
    today = StoredAssessment.asOf(ports, DemoDataSet.AS_OF);
  }

  @AfterAll
  static void close() {
    database.close();
  }

  private static ProviderAssessment of(Assessment a, Provider p) {
    return a.providers().stream().filter(x -> x.code().equals(p.code())).findFirst()
        .orElseThrow();
  }

  /** The provider's workflow findings ({@code CODE subject}), in the assessment's order. */
  private static List<String> workflowFindings(Assessment a, Provider p) {
    return of(a, p).quality().findings().stream()
        .filter(f -> f.code().name().startsWith("VISIT_") || f.code().name().startsWith("CONTRACT_")
            || f.code().name().startsWith("LEARNING_") || f.code().name().startsWith("ACTION_"))
        .map(f -> f.code() + " " + f.subject()).toList();
  }

  private static List<String> evidence(Assessment a, Provider p, TriggerCode code) {
    return of(a, p).quality().triggers().stream().filter(t -> t.code() == code)
        .flatMap(t -> t.evidence().stream()).toList();
  }

  private static Assessment on(String date) {
    return StoredAssessment.asOf(ports, LocalDate.parse(date));
  }

  /**
   * 000 §8.7 (quarterly contract quality review meetings) and 003 §5.1.2 (a meeting not held is
   * documented): the community and mental health trust's CQRMs were held in September, December
   * and March; June's was not held, with its reason. On 1 July it is CONTRACT_MEETING_NOT_HELD
   * and, with no CQRM held since March, a CQRM is CONTRACT_MEETING_DUE; on 1 June neither. The
   * findings are governance, not triggers: the advice stays ROUTINE.
   */
  @Test
  void dorsetQuarterlyReviewMeetingsOneNotHeld() {
    Provider mh = cast.mentalHealth;
    assertEquals(List.of(true, true, true, false), ports.meetings().meetings(mh.code()).stream()
        .map(m -> m.held()).toList());
    assertEquals(List.of("CONTRACT_MEETING_DUE ZC1", "CONTRACT_MEETING_NOT_HELD ZC1-M-4"),
        workflowFindings(today, mh));
    assertEquals(List.of(), workflowFindings(on("2025-06-01"), mh));
    assertEquals(Level.ROUTINE, of(today, mh).quality().recommendation().level());
  }

  /**
   * 001 §7.1 (Level 2: quality review visits, and unannounced visits where intelligence
   * identifies a patient safety risk): the ambulance trust on intensive surveillance had its
   * quality review visit in March, whose concern is first-hand evidence of concern in Safe; the
   * unannounced visit planned for 11 June was not done. On 1 July the visit is VISIT_OVERDUE, and
   * so is the trust (no visit done in the three months an intensive provider allows); on 11 June
   * the planned visit was not yet overdue.
   */
  @Test
  void cannockChaseTheUnannouncedLevel2VisitIsOverdue() {
    Provider ambulance = cast.ambulance;
    assertEquals(List.of("VISIT_OVERDUE ZM1", "VISIT_OVERDUE ZM1-V-2"),
        workflowFindings(today, ambulance).stream().sorted().toList());
    assertTrue(of(today, ambulance).quality().profile().concerns().stream()
        .anyMatch(c -> c.evidence().contains("ZM1-V-1")), "the visit's finding is evidence");
    assertFalse(workflowFindings(on("2025-06-11"), ambulance).contains("VISIT_OVERDUE ZM1-V-2"));
    assertEquals(Level.INTENSIVE, of(today, ambulance).level());
  }

  /**
   * 002 QAF ¶40-41 (the SI review panel reviews every root cause analysis and signs off the action
   * plans) and PSIRF: the acute trust's first never event was accepted and signed off; the
   * second's analysis was sent back for more information on 9 April and no revised analysis has
   * come back, so it is LEARNING_RESPONSE_NOT_RESUBMITTED from 8 May, 28 days on (hazard H40); the
   * PSIRF learning response due 17 June is LEARNING_RESPONSE_OVERDUE from 18 June. The never events' intelligence items name their
   * incidents, so MULTIPLE_NEVER_EVENTS counts each event once, as the incident.
   */
  @Test
  void lewishamTheSiReviewPanel() {
    Provider acute = cast.acute;
    assertEquals(Optional.of(ReviewOutcome.MORE_INFORMATION), ports.incidents()
        .incident(IncidentId.of("ZA1-SI-2")).orElseThrow().review().map(r -> r.outcome()));
    assertEquals(List.of("LEARNING_RESPONSE_NOT_RESUBMITTED ZA1-SI-2",
        "LEARNING_RESPONSE_OVERDUE ZA1-SI-3"), workflowFindings(today, acute));
    assertEquals(List.of(), workflowFindings(on("2025-05-07"), acute));
    assertEquals(List.of("LEARNING_RESPONSE_NOT_RESUBMITTED ZA1-SI-2"),
        workflowFindings(on("2025-05-08"), acute));
    assertEquals(List.of("LEARNING_RESPONSE_NOT_RESUBMITTED ZA1-SI-2",
        "LEARNING_RESPONSE_OVERDUE ZA1-SI-3"), workflowFindings(on("2025-06-18"), acute));

    List<IntelligenceItem> neverEvents = ports.intelligence().intelligence(acute.code()).stream()
        .filter(i -> i.source() == IntelligenceSource.NEVER_EVENT).toList();
    assertEquals(List.of(Optional.of(IncidentId.of("ZA1-SI-1")),
        Optional.of(IncidentId.of("ZA1-SI-2"))), neverEvents.stream()
        .map(IntelligenceItem::incident).toList());
    assertEquals(List.of("ZA1-SI-1", "ZA1-SI-2"),
        evidence(today, acute, TriggerCode.MULTIPLE_NEVER_EVENTS));
  }

  /**
   * 003 Appendix 1 (a CQC inspection outcome is a trigger on its own) and §5.2.3 c (visits stepped
   * up in enhanced surveillance): the care home rated INADEQUATE in November fires
   * CQC_RATING_CONCERN with that rating; on enhanced since, it has been visited four times, the
   * last in June, so no visit is overdue; with its other concerns the advice is urgent.
   */
  @Test
  void haltonWarringtonInadequateThenVisitsSteppedUp() {
    Provider home = cast.troubledHome;
    String inadequate = "CQC-" + home.code().value() + "-2024-11-26";
    assertEquals(List.of(inadequate), evidence(today, home, TriggerCode.CQC_RATING_CONCERN));
    assertEquals(4, ports.visits().visits(home.code()).stream()
        .filter(v -> v.status() == VisitStatus.DONE).count());
    assertEquals(List.of(), workflowFindings(today, home));
    assertEquals(List.of(), evidence(on("2024-11-25"), home, TriggerCode.CQC_RATING_CONCERN),
        "not before it was published");
    assertEquals(Level.ENHANCED, of(today, home).level());
    assertTrue(of(today, home).quality().recommendation().urgent());
  }

  /**
   * 004 §5.1 (understand the CQC and regulatory status of all organisations): every provider's
   * rating is known on the demo's date; the care home whose rating fell from GOOD to REQUIRES
   * IMPROVEMENT fires CQC_RATING_CONCERN with the new rating, and as the one trigger it is, the
   * advice stays ROUTINE (003 §5.2.1: usually a combination); no other provider's rating fires.
   */
  @Test
  void somersetEveryRatingKnownOneFallen() {
    Set<OrganisationCode> rated = ports.ratings().ratings().stream()
        .filter(r -> !r.published().isAfter(DemoDataSet.AS_OF)).map(RegulatorRating::provider)
        .collect(Collectors.toSet());
    assertEquals(ports.directory().providers().stream().map(Provider::code)
        .collect(Collectors.toSet()), rated);
    Provider fallen = cast.fallenHome;
    assertEquals(List.of("CQC-" + fallen.code().value() + "-2025-05-28"),
        evidence(today, fallen, TriggerCode.CQC_RATING_CONCERN));
    assertEquals(Level.ROUTINE, of(today, fallen).quality().recommendation().level());
    assertEquals(Set.of(fallen.code(), cast.troubledHome.code()), today.providers().stream()
        .filter(p -> p.quality().triggers().stream()
            .anyMatch(t -> t.code() == TriggerCode.CQC_RATING_CONCERN))
        .map(ProviderAssessment::code).collect(Collectors.toSet()));
  }
}
