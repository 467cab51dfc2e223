package org.qsurv.scoring.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.qsurv.model.contract.ContractMeeting;
import org.qsurv.model.contract.ContractMeetingId;
import org.qsurv.model.contract.ContractMeetingKind;
import org.qsurv.model.contract.MeetingAction;
import org.qsurv.model.improvement.ActionId;
import org.qsurv.model.incident.IncidentFramework;
import org.qsurv.model.incident.IncidentId;
import org.qsurv.model.incident.ResponseReview;
import org.qsurv.model.incident.ReviewOutcome;
import org.qsurv.model.incident.SeriousIncident;
import org.qsurv.model.organisation.Commissioner;
import org.qsurv.model.organisation.OdsCode;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.organisation.Provider;
import org.qsurv.model.organisation.ProviderKind;
import org.qsurv.model.snapshot.Snapshot;
import org.qsurv.model.surveillance.Level;
import org.qsurv.model.visit.QualityVisit;
import org.qsurv.model.visit.VisitId;
import org.qsurv.model.visit.VisitKind;
import org.qsurv.model.visit.VisitStatus;
import org.qsurv.scoring.policy.FindingPolicy;
import org.qsurv.scoring.policy.ScoringPolicy;
import org.qsurv.scoring.trigger.TriggerCode;

/**
 * The findings of the workflows, each at its boundary: a planned visit past its date and a provider
 * in enhanced surveillance without a visit in three months (003 §5.2.3 c; 001 §7.1), a learning
 * response overdue or not reviewed within 28 days, an accepted plan not signed off within 90
 * (002 QAF ¶40-41), a contract meeting not held and none held in a quarter (003 §5.1.2;
 * 000 §8.7), and overdue meeting actions counted as plan actions are. Nothing dated after the
 * evaluation date has happened yet.
 */
class WorkflowFindingsTest {
  private static final LocalDate AS_OF = LocalDate.of(2025, 7, 1);
  private static final OrganisationCode RH5 = OrganisationCode.of("RH5");

  private static Snapshot.Builder base(ProviderKind kind) {
    Snapshot.Builder b = Snapshot.builder();
    b.asOf(AS_OF).commissioner(Commissioner.of(OdsCode.of("QSL"), "ICB"))
        .addProviders(Provider.of(RH5, "Somerset FT", kind));
    return b;
  }

  private static List<String> findings(Snapshot s, Level level, ScoringPolicy policy) {
    return QualityScoring.of(s, policy).assess(RH5, level).findings().stream()
        .map(f -> f.code() + " " + f.subject()).collect(Collectors.toList());
  }

  private static List<String> findings(Snapshot s, Level level) {
    return findings(s, level, ScoringPolicy.nhsDefaults());
  }

  private static QualityVisit visit(String id, LocalDate date, VisitStatus status) {
    return new QualityVisit(VisitId.of(id), RH5, date, VisitKind.ANNOUNCED, status, List.of());
  }

  private static SeriousIncident incident(LocalDate due, Optional<LocalDate> received,
      Optional<ResponseReview> review, Optional<LocalDate> signedOff) {
    return new SeriousIncident(IncidentId.of("SI-1"), RH5, LocalDate.of(2025, 3, 1),
        IncidentFramework.PSIRF, false, due, received, review, signedOff);
  }

  private static ContractMeeting meeting(String id, ContractMeetingKind kind, LocalDate date,
      boolean held, List<MeetingAction> actions) {
    return new ContractMeeting(ContractMeetingId.of(id), RH5, kind, date, held,
        held ? Optional.empty() : Optional.of("Not quorate"), actions);
  }

  @Test
  void aPlannedVisitIsOverdueTheDayAfterItsDateAndACancelledOneNever() {
    Snapshot.Builder b = base(ProviderKind.ACUTE).addVisits(
        visit("V-1", AS_OF.minusDays(1), VisitStatus.PLANNED),
        visit("V-2", AS_OF, VisitStatus.PLANNED),
        visit("V-3", AS_OF.minusDays(30), VisitStatus.CANCELLED),
        visit("V-4", AS_OF.minusDays(10), VisitStatus.DONE));
    assertEquals(List.of("VISIT_OVERDUE V-1"), findings(b.build(), Level.ROUTINE));
  }

  /**
   * In enhanced surveillance visits are stepped up (003 §5.2.3 c): without one done in the last
   * three months (policy), the provider itself is the subject; a visit done on the first day of
   * the window is within it, and one planned for later does not count.
   */
  @Test
  void aProviderInEnhancedWithoutAVisitDoneInThreeMonthsHasAVisitOverdue() {
    Snapshot stale = base(ProviderKind.ACUTE).addVisits(
        visit("V-1", AS_OF.minusMonths(3).minusDays(1), VisitStatus.DONE),
        visit("V-2", AS_OF.plusDays(5), VisitStatus.PLANNED)).build();
    assertEquals(List.of("VISIT_OVERDUE RH5"), findings(stale, Level.ENHANCED));
    assertEquals(List.of("VISIT_OVERDUE RH5"), findings(stale, Level.INTENSIVE));
    assertEquals(List.of(), findings(stale, Level.ROUTINE), "no routine programme by default");
    Snapshot recent = base(ProviderKind.ACUTE).addVisits(
        visit("V-1", AS_OF.minusMonths(3), VisitStatus.DONE)).build();
    assertEquals(List.of(), findings(recent, Level.ENHANCED));
  }

  /** A routine programme by kind is policy: 001 §6.2 visits GP practices annually. */
  @Test
  void aRoutineProgrammeOfVisitsByKindIsPolicy() {
    ScoringPolicy annualGp = ScoringPolicy.builder().findings(FindingPolicy.builder()
        .putVisitProgrammeMonth(ProviderKind.GP_PRACTICE, 12).build()).build();
    Snapshot gp = base(ProviderKind.GP_PRACTICE).addVisits(
        visit("V-1", AS_OF.minusMonths(13), VisitStatus.DONE)).build();
    assertEquals(List.of("VISIT_OVERDUE RH5"), findings(gp, Level.ROUTINE, annualGp));
    Snapshot acute = base(ProviderKind.ACUTE).addVisits(
        visit("V-1", AS_OF.minusMonths(13), VisitStatus.DONE)).build();
    assertEquals(List.of(), findings(acute, Level.ROUTINE, annualGp));
  }

  /** A response due yesterday and not received is overdue; one received after the date is not yet. */
  @Test
  void aLearningResponseIsOverdueWhenDueBeforeTheDateAndNotReceivedByIt() {
    assertEquals(List.of("LEARNING_RESPONSE_OVERDUE SI-1"), findings(base(ProviderKind.ACUTE)
        .addIncidents(incident(AS_OF.minusDays(1), Optional.of(AS_OF.plusDays(3)),
            Optional.empty(), Optional.empty())).build(), Level.ROUTINE));
    assertEquals(List.of(), findings(base(ProviderKind.ACUTE).addIncidents(incident(AS_OF,
        Optional.empty(), Optional.empty(), Optional.empty())).build(), Level.ROUTINE));
  }

  /** Received 29 days ago and not reviewed is a finding; 28 days ago is not (policy: 28). */
  @Test
  void aLearningResponseNotReviewedWithin28DaysIsAFinding() {
    assertEquals(List.of("LEARNING_RESPONSE_NOT_REVIEWED SI-1"), findings(base(ProviderKind.ACUTE)
        .addIncidents(incident(AS_OF.minusDays(40), Optional.of(AS_OF.minusDays(29)),
            Optional.empty(), Optional.empty())).build(), Level.ROUTINE));
    assertEquals(List.of(), findings(base(ProviderKind.ACUTE).addIncidents(incident(
        AS_OF.minusDays(40), Optional.of(AS_OF.minusDays(28)), Optional.empty(),
        Optional.empty())).build(), Level.ROUTINE));
  }

  /**
   * An accepted response whose plan is not signed off 91 days later is a finding (002 QAF ¶41);
   * a review asking for more information is not an accepted plan.
   */
  @Test
  void anAcceptedActionPlanNotSignedOffWithin90DaysIsAFinding() {
    LocalDate reviewed = AS_OF.minusDays(91);
    assertEquals(List.of("ACTION_PLAN_NOT_SIGNED_OFF SI-1"), findings(base(ProviderKind.ACUTE)
        .addIncidents(incident(reviewed.minusDays(30), Optional.of(reviewed.minusDays(31)),
            Optional.of(new ResponseReview(reviewed, ReviewOutcome.ACCEPTED)), Optional.empty()))
        .build(), Level.ROUTINE));
    // Sent back for more information, the plan is not agreed: the response is to come back
    // (hazard H40), not the plan to be signed off.
    assertEquals(List.of("LEARNING_RESPONSE_NOT_RESUBMITTED SI-1"), findings(
        base(ProviderKind.ACUTE).addIncidents(incident(
        reviewed.minusDays(30), Optional.of(reviewed.minusDays(31)),
        Optional.of(new ResponseReview(reviewed, ReviewOutcome.MORE_INFORMATION)),
        Optional.empty())).build(), Level.ROUTINE));
    assertEquals(List.of(), findings(base(ProviderKind.ACUTE).addIncidents(incident(
        reviewed.minusDays(30), Optional.of(reviewed.minusDays(31)),
        Optional.of(new ResponseReview(reviewed, ReviewOutcome.ACCEPTED)),
        Optional.of(AS_OF))).build(), Level.ROUTINE));
  }

  /**
   * Hazard H40, for every timing (002 QAF ¶40: the CCG reviews each response until it is assured):
   * a response sent back for more information {@code sentBack} days before the date is
   * LEARNING_RESPONSE_NOT_RESUBMITTED exactly when no revised response has come in (by the date)
   * and more than 28 days have passed; once one has come in {@code resubmitted} days before the
   * date, it is LEARNING_RESPONSE_NOT_REVIEWED exactly when it is not reviewed again (by the date)
   * more than 28 days after; reviewed again and accepted, neither; nothing dated after the date
   * counts.
   */
  @Property
  void aResponseSentBackIsFollowedUntilItIsResubmittedAndReviewedAgain(
      @ForAll @IntRange(min = 0, max = 120) int sentBack,
      @ForAll @IntRange(min = -20, max = 120) int resubmittedAfter,
      @ForAll @IntRange(min = -20, max = 120) int reviewedAfter,
      @ForAll boolean resubmittedAtAll, @ForAll boolean reviewedAgain,
      @ForAll boolean acceptedAgain) {
    LocalDate back = AS_OF.minusDays(sentBack);
    LocalDate received = back.minusDays(5);
    LocalDate resubmitted = back.plusDays(Math.abs(resubmittedAfter));
    LocalDate again = resubmitted.plusDays(Math.abs(reviewedAfter));
    ResponseReview first = new ResponseReview(back, ReviewOutcome.MORE_INFORMATION);
    SeriousIncident i = new SeriousIncident(IncidentId.of("SI-1"), RH5, received.minusDays(30),
        IncidentFramework.PSIRF, false, received, Optional.of(received), Optional.of(first),
        Optional.empty());
    if (resubmittedAtAll) {
      i = i.withResubmission(resubmitted);
      if (reviewedAgain) {
        i = i.withReview(new ResponseReview(again,
            acceptedAgain ? ReviewOutcome.ACCEPTED : ReviewOutcome.MORE_INFORMATION));
      }
    }
    List<String> found = findings(base(ProviderKind.ACUTE).addIncidents(i).build(),
        Level.ROUTINE);
    boolean inBy = resubmittedAtAll && !resubmitted.isAfter(AS_OF);
    boolean againBy = inBy && reviewedAgain && !again.isAfter(AS_OF);
    List<String> expected;
    if (!inBy) {
      expected = back.plusDays(28).isBefore(AS_OF)
          ? List.of("LEARNING_RESPONSE_NOT_RESUBMITTED SI-1") : List.of();
    } else if (!againBy) {
      expected = resubmitted.plusDays(28).isBefore(AS_OF)
          ? List.of("LEARNING_RESPONSE_NOT_REVIEWED SI-1") : List.of();
    } else if (acceptedAgain) {
      expected = again.plusDays(90).isBefore(AS_OF)
          ? List.of("ACTION_PLAN_NOT_SIGNED_OFF SI-1") : List.of();
    } else {
      expected = again.plusDays(28).isBefore(AS_OF)
          ? List.of("LEARNING_RESPONSE_NOT_RESUBMITTED SI-1") : List.of();
    }
    assertEquals(expected, found, i.toString());
  }

  /** The resubmission's days are policy (002 QAF ¶40 gives none): 10 days, not 28. */
  @Test
  void theDaysToResubmitArePolicy() {
    ScoringPolicy tenDays = ScoringPolicy.builder().findings(FindingPolicy.builder()
        .learningResponseResubmissionDays(10).build()).build();
    Snapshot s = base(ProviderKind.ACUTE).addIncidents(incident(AS_OF.minusDays(30),
        Optional.of(AS_OF.minusDays(20)), Optional.of(new ResponseReview(AS_OF.minusDays(11),
            ReviewOutcome.MORE_INFORMATION)), Optional.empty())).build();
    assertEquals(List.of("LEARNING_RESPONSE_NOT_RESUBMITTED SI-1"),
        findings(s, Level.ROUTINE, tenDays));
    assertEquals(List.of(), findings(s, Level.ROUTINE));
  }

  /**
   * A meeting not held is a finding until one of its kind is held after it (003 §5.1.2); with
   * none held in the last three months, the next is due (000 §8.7: quarterly).
   */
  @Test
  void aContractMeetingNotHeldIsAFindingUntilOneIsHeldAndOneIsDueQuarterly() {
    Snapshot notHeld = base(ProviderKind.ACUTE).addMeetings(
        meeting("M-1", ContractMeetingKind.CQPG, AS_OF.minusMonths(4), true, List.of()),
        meeting("M-2", ContractMeetingKind.CQPG, AS_OF.minusMonths(1), false, List.of())).build();
    assertEquals(List.of("CONTRACT_MEETING_DUE RH5", "CONTRACT_MEETING_NOT_HELD M-2"),
        findings(notHeld, Level.ROUTINE));
    Snapshot heldSince = base(ProviderKind.ACUTE).addMeetings(
        meeting("M-1", ContractMeetingKind.CQPG, AS_OF.minusMonths(2), false, List.of()),
        meeting("M-2", ContractMeetingKind.CQPG, AS_OF.minusMonths(1), true, List.of())).build();
    assertEquals(List.of(), findings(heldSince, Level.ROUTINE));
  }

  /**
   * Overdue actions of a meeting's log count as overdue plan actions (003 §5.1.2; 003 §5.2.1
   * "failure of existing plans"), for a provider in enhanced or intensive surveillance.
   */
  @Test
  void overdueMeetingActionsCountAsOverduePlanActions() {
    List<MeetingAction> log = List.of(
        new MeetingAction(ActionId.of("MA-1"), "Share the staffing review", "Chief Nurse",
            AS_OF.minusDays(20), Optional.empty()),
        new MeetingAction(ActionId.of("MA-2"), "Audit falls", "Medical Director",
            AS_OF.minusDays(10), Optional.empty()));
    Snapshot s = base(ProviderKind.ACUTE).addMeetings(
        meeting("M-1", ContractMeetingKind.CQRM, AS_OF.minusMonths(1), true, log)).build();
    assertTrue(QualityScoring.of(s, ScoringPolicy.nhsDefaults()).assess(RH5, Level.ENHANCED)
        .triggers().stream().anyMatch(t -> t.code() == TriggerCode.IMPROVEMENT_ACTIONS_OVERDUE
            && t.evidence().equals(List.of("MA-1", "MA-2"))));
    assertTrue(QualityScoring.of(s, ScoringPolicy.nhsDefaults()).assess(RH5, Level.ROUTINE)
        .triggers().isEmpty());
  }
}
