package org.qsurv.scoring.assurance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.qsurv.model.contract.ContractMeeting;
import org.qsurv.model.contract.ContractMeetingId;
import org.qsurv.model.contract.ContractMeetingKind;
import org.qsurv.model.contract.MeetingAction;
import org.qsurv.model.framework.QualityDomain;
import org.qsurv.model.improvement.ActionId;
import org.qsurv.model.intelligence.IntelligenceId;
import org.qsurv.model.intelligence.IntelligenceItem;
import org.qsurv.model.intelligence.IntelligenceSource;
import org.qsurv.model.intelligence.Nature;
import org.qsurv.model.organisation.Commissioner;
import org.qsurv.model.organisation.OdsCode;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.organisation.Provider;
import org.qsurv.model.organisation.ProviderKind;
import org.qsurv.model.snapshot.Snapshot;
import org.qsurv.model.surveillance.Actor;
import org.qsurv.model.surveillance.DeepDive;
import org.qsurv.model.surveillance.DeepDiveId;
import org.qsurv.model.surveillance.Level;
import org.qsurv.model.surveillance.Role;
import org.qsurv.model.visit.QualityVisit;
import org.qsurv.model.visit.VisitId;
import org.qsurv.model.visit.VisitKind;
import org.qsurv.model.visit.VisitStatus;
import org.qsurv.scoring.assessment.QualityAssessment;
import org.qsurv.scoring.assessment.QualityScoring;
import org.qsurv.scoring.policy.ScoringPolicy;

/**
 * The levels of assurance of 001 §7.1: Level 1 from quality schedules and national data, Level 2
 * while a review meeting was held or a visit done in the last quarter, Level 3 while a deep dive a
 * director authorised after a risk assessment runs; and what would move each.
 */
class LevelsOfAssuranceTest {
  private static final LocalDate AS_OF = LocalDate.of(2025, 7, 1);
  private static final OrganisationCode RH5 = OrganisationCode.of("RH5");
  private static final Actor DIRECTOR = Actor.of("A. Director", Role.ICB_DIRECTOR);

  private static Snapshot.Builder base() {
    Snapshot.Builder b = Snapshot.builder();
    b.asOf(AS_OF).commissioner(Commissioner.of(OdsCode.of("QSL"), "ICB"))
        .addProviders(Provider.of(RH5, "Somerset FT", ProviderKind.ACUTE));
    return b;
  }

  private static LevelOfAssurance assurance(Snapshot s, Level level, List<DeepDive> dives) {
    Snapshot withDives = Snapshot.builder().from(s).addAllDeepDives(dives)
        .format(Snapshot.FORMAT_1_1).build();
    QualityAssessment q = QualityScoring.of(withDives, ScoringPolicy.nhsDefaults())
        .assess(RH5, level);
    return q.levelOfAssurance();
  }

  private static ContractMeeting cqrm(LocalDate date, List<MeetingAction> actions) {
    return new ContractMeeting(ContractMeetingId.of("M-1"), RH5, ContractMeetingKind.CQRM, date,
        true, Optional.empty(), actions);
  }

  @Test
  void withoutMeetingsVisitsOrDeepDivesTheLevelIsOne() {
    LevelOfAssurance a = assurance(base().build(), Level.ROUTINE, List.of());
    assertEquals(AssuranceLevel.LEVEL_1, a.level());
    assertEquals(List.of("a CQRM held or a quality visit done gives Level 2 (001 §7.1)"),
        a.toMove());
  }

  /** A CQRM held on the first day of the quarter gives Level 2, which lapses a quarter later. */
  @Test
  void aReviewMeetingInTheLastQuarterGivesLevelTwoUntilItLapses() {
    LevelOfAssurance a = assurance(base().addMeetings(cqrm(AS_OF.minusMonths(3), List.of()))
        .build(), Level.ROUTINE, List.of());
    assertEquals(AssuranceLevel.LEVEL_2, a.level());
    assertEquals(List.of("CQRM M-1 held on 2025-04-01"), a.basis());
    assertEquals(List.of("Level 2 lapses after 2025-07-01 without another review meeting or"
        + " visit"), a.toMove());
    assertEquals(AssuranceLevel.LEVEL_1, assurance(base().addMeetings(
        cqrm(AS_OF.minusMonths(3).minusDays(1), List.of())).build(), Level.ROUTINE, List.of())
        .level());
  }

  /**
   * Repeated failure to deliver agreed improvement plans is a deep-dive trigger (001 §7.1): the
   * director may authorise one; once authorised the level is 3.
   */
  @Test
  void aDeepDiveTriggerSaysADirectorMayAuthoriseOneAndOneAuthorisedIsLevelThree() {
    List<MeetingAction> overdue = List.of(
        new MeetingAction(ActionId.of("MA-1"), "Share the review", "Chief Nurse",
            AS_OF.minusDays(30), Optional.empty()),
        new MeetingAction(ActionId.of("MA-2"), "Audit falls", "Medical Director",
            AS_OF.minusDays(20), Optional.empty()));
    Snapshot s = base().addMeetings(cqrm(AS_OF.minusMonths(2), overdue)).build();
    LevelOfAssurance before = assurance(s, Level.ENHANCED, List.of());
    assertEquals(AssuranceLevel.LEVEL_2, before.level());
    assertTrue(before.toMove().get(0).startsWith("IMPROVEMENT_ACTIONS_OVERDUE fired (MA-1, MA-2):"
        + " a director may authorise a Level 3 deep dive"), before.toMove()::toString);
    DeepDive dive = new DeepDive(DeepDiveId.of("DD-1"), RH5, AS_OF.minusDays(5), DIRECTOR,
        "Risk assessment of 20 June: actions repeatedly missed", "Plans are not being delivered");
    LevelOfAssurance after = assurance(s, Level.ENHANCED, List.of(dive));
    assertEquals(AssuranceLevel.LEVEL_3, after.level());
  }

  /**
   * A deep dive gives Level 3 from the day a director authorises it (001 §7.1) for the months of
   * the policy (3 by default), and not before or after; another provider's never does.
   */
  @Property
  void aDeepDiveCountsFromItsAuthorisationForThreeMonths(
      @ForAll @IntRange(min = -200, max = 60) int daysBefore, @ForAll boolean ours) {
    LocalDate authorised = AS_OF.minusDays(daysBefore);
    OrganisationCode other = OrganisationCode.of("RA4");
    Snapshot s = base().addProviders(Provider.of(other, "Yeovil FT", ProviderKind.ACUTE)).build();
    DeepDive dive = new DeepDive(DeepDiveId.of("DD-1"), ours ? RH5 : other, authorised, DIRECTOR,
        "Risk assessed", "Concerns not explained");
    boolean within = !authorised.isAfter(AS_OF) && !authorised.isBefore(AS_OF.minusMonths(3));
    assertEquals(ours && within ? AssuranceLevel.LEVEL_3 : AssuranceLevel.LEVEL_1,
        assurance(s, Level.ROUTINE, List.of(dive)).level());
  }

  /**
   * With two deep dives in the window the latest counts (001 §7.1): the basis names it with who
   * authorised it after what risk assessment, and the level holds until three months after it.
   */
  @Test
  void theLatestDeepDiveCountsAndTheBasisNamesIt() {
    DeepDive earlier = new DeepDive(DeepDiveId.of("DD-1"), RH5, AS_OF.minusDays(60), DIRECTOR,
        "Mortality", "Pathway review");
    DeepDive later = new DeepDive(DeepDiveId.of("DD-2"), RH5, AS_OF.minusDays(10), DIRECTOR,
        "Falls", "Falls review");
    for (List<DeepDive> dives : List.of(List.of(earlier, later), List.of(later, earlier))) {
      LevelOfAssurance a = assurance(base().build(), Level.ROUTINE, dives);
      assertEquals(AssuranceLevel.LEVEL_3, a.level());
      assertEquals(List.of("deep dive DD-2 authorised on 2025-06-21 by A. Director after a risk"
          + " assessment (\"Falls\"): Falls review (001 §7.1)"), a.basis());
      assertEquals("the deep dive counts until 2025-09-21; then the level falls to what meetings"
          + " and visits give", a.toMove().get(a.toMove().size() - 1));
    }
  }

  /**
   * Level 2 lapses three months after the latest review meeting or visit, whichever came last and
   * in whatever order they are recorded (001 §7.1).
   */
  @Test
  void levelTwoLapsesAfterTheLatestMeetingOrVisit() {
    QualityVisit early = new QualityVisit(VisitId.of("V-1"), RH5, AS_OF.minusDays(70),
        VisitKind.ANNOUNCED, VisitStatus.DONE, List.of());
    QualityVisit late = new QualityVisit(VisitId.of("V-2"), RH5, AS_OF.minusDays(5),
        VisitKind.ANNOUNCED, VisitStatus.DONE, List.of());
    LevelOfAssurance meetingLast = assurance(base().addMeetings(cqrm(AS_OF.minusDays(30),
        List.of())).addVisits(early).build(), Level.ROUTINE, List.of());
    assertEquals(List.of("CQRM M-1 held on 2025-06-01", "ANNOUNCED visit V-1 done on 2025-04-22"),
        meetingLast.basis());
    assertEquals("Level 2 lapses after 2025-09-01 without another review meeting or visit",
        meetingLast.toMove().get(meetingLast.toMove().size() - 1));
    LevelOfAssurance visitLast = assurance(base().addMeetings(cqrm(AS_OF.minusDays(30),
        List.of())).addVisits(late).build(), Level.ROUTINE, List.of());
    assertEquals("Level 2 lapses after 2025-09-26 without another review meeting or visit",
        visitLast.toMove().get(visitLast.toMove().size() - 1));
  }

  /**
   * Only an unannounced visit done since answers intelligence that supports one (001 §7.1): an
   * announced visit gives Level 2 but leaves the unannounced visit to do.
   */
  @Test
  void anAnnouncedVisitDoesNotAnswerTheCaseForAnUnannouncedOne() {
    IntelligenceItem never = IntelligenceItem.builder().id(IntelligenceId.of("I-1")).provider(RH5)
        .received(AS_OF.minusDays(20)).source(IntelligenceSource.NEVER_EVENT).nature(Nature.HARD)
        .domain(QualityDomain.SAFE).summary("Wrong-site surgery").build();
    QualityVisit announced = new QualityVisit(VisitId.of("V-1"), RH5, AS_OF.minusDays(5),
        VisitKind.ANNOUNCED, VisitStatus.DONE, List.of());
    LevelOfAssurance a = assurance(base().addIntelligence(never).addVisits(announced).build(),
        Level.ROUTINE, List.of());
    assertEquals(AssuranceLevel.LEVEL_2, a.level());
    assertTrue(a.toMove().stream().anyMatch(m -> m.contains("supports an unannounced visit")),
        a.toMove()::toString);
  }

  /** Only a director authorises a deep dive (001 §7.1). */
  @Test
  void aDeepDiveIsAuthorisedOnlyAtDirectorLevel() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new DeepDive(DeepDiveId.of("DD-1"), RH5, AS_OF,
            Actor.of("Q. Lead", Role.ICB_QUALITY_LEAD), "assessed", "why"));
    assertEquals("a deep dive is authorised only at Director level (001 §7.1) but was by Q. Lead"
        + " as ICB_QUALITY_LEAD", e.getMessage());
  }

  /**
   * A never event reported in the quarter supports an unannounced visit (001 §7.1); once one is
   * done, it no longer does.
   */
  @Test
  void aNeverEventSupportsAnUnannouncedVisitUntilOneIsDone() {
    IntelligenceItem never = IntelligenceItem.builder().id(IntelligenceId.of("I-1")).provider(RH5)
        .received(AS_OF.minusDays(20)).source(IntelligenceSource.NEVER_EVENT).nature(Nature.HARD)
        .domain(QualityDomain.SAFE).summary("Wrong-site surgery").build();
    LevelOfAssurance a = assurance(base().addIntelligence(never).build(), Level.ROUTINE,
        List.of());
    assertTrue(a.toMove().contains("intelligence identifying a patient safety risk (I-1) supports"
        + " an unannounced visit (001 §7.1: Level 2)"), a.toMove()::toString);
    QualityVisit visit = new QualityVisit(VisitId.of("V-1"), RH5, AS_OF.minusDays(5),
        VisitKind.UNANNOUNCED, VisitStatus.DONE, List.of());
    LevelOfAssurance visited = assurance(base().addIntelligence(never).addVisits(visit).build(),
        Level.ROUTINE, List.of());
    assertEquals(AssuranceLevel.LEVEL_2, visited.level());
    assertTrue(visited.toMove().stream().noneMatch(m -> m.contains("unannounced")));
  }
}
