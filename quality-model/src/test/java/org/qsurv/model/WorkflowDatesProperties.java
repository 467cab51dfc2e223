package org.qsurv.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.qsurv.model.contract.MeetingAction;
import org.qsurv.model.improvement.ActionId;
import org.qsurv.model.improvement.ImprovementAction;
import org.qsurv.model.incident.IncidentFramework;
import org.qsurv.model.incident.IncidentId;
import org.qsurv.model.incident.ResponseReview;
import org.qsurv.model.incident.ReviewOutcome;
import org.qsurv.model.incident.SeriousIncident;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.regulation.KeyQuestion;
import org.qsurv.model.regulation.Rating;
import org.qsurv.model.regulation.RatingId;
import org.qsurv.model.regulation.Regulator;
import org.qsurv.model.regulation.RegulatorRating;
import org.qsurv.model.visit.QualityVisit;
import org.qsurv.model.visit.VisitId;
import org.qsurv.model.visit.VisitKind;
import org.qsurv.model.visit.VisitStatus;

/**
 * The dates the workflows turn on, for every date: when an action, a visit or a review counts as
 * overdue, done or held "as of" a day. The findings that cite these rules (VISIT_OVERDUE 001 §7.1
 * and 003 §5.2.3 c; IMPROVEMENT_ACTIONS_OVERDUE 001 §7.1; CONTRACT meeting actions 000 §8.7; the
 * learning-response reviews of 002 QAF ¶40-41) all read a record as it stood on that day, never
 * as it stands later.
 */
class WorkflowDatesProperties {
  private static final LocalDate BASE = LocalDate.of(2025, 1, 1);
  private static final OrganisationCode PROVIDER = OrganisationCode.of("RH5");

  /**
   * An improvement action is overdue on a day exactly when it was due before that day and had not
   * been completed on or before it: completed late, it is overdue until the day it is completed
   * (001 §7.1 "repeated failure to deliver agreed improvement plans").
   */
  @Property
  void anImprovementActionIsOverdueWhenDueBeforeTheDayAndNotYetCompleted(
      @ForAll @IntRange(min = 0, max = 60) int due, @ForAll @IntRange(min = 0, max = 60) int asOf,
      @ForAll("completions") Optional<Integer> completed) {
    ImprovementAction action = ImprovementAction.builder().id(ActionId.of("A1"))
        .provider(PROVIDER).description("Review falls policy").owner("Ward manager")
        .due(day(due)).completed(completed.map(WorkflowDatesProperties::day)).build();
    assertEquals(expectedOverdue(due, asOf, completed), action.overdueOn(day(asOf)));
  }

  /** A contract meeting's action is overdue by the same rule (000 §8.7). */
  @Property
  void aMeetingActionIsOverdueWhenDueBeforeTheDayAndNotYetCompleted(
      @ForAll @IntRange(min = 0, max = 60) int due, @ForAll @IntRange(min = 0, max = 60) int asOf,
      @ForAll("completions") Optional<Integer> completed) {
    MeetingAction action = new MeetingAction(ActionId.of("M1"), "Send the staffing data",
        "Director of nursing", day(due), completed.map(WorkflowDatesProperties::day));
    assertEquals(expectedOverdue(due, asOf, completed), action.overdueOn(day(asOf)));
  }

  /**
   * A visit is done by a day when it was done on or before it; it is overdue on a day when it is
   * still only planned for a date before it (001 §7.1 Level 2 visits; 003 §5.2.3 c). A cancelled
   * visit is neither.
   */
  @Property
  void aVisitIsDoneByTheDayItWasDoneAndOverdueWhenStillPlannedForAPassedDate(
      @ForAll @IntRange(min = 0, max = 60) int date, @ForAll @IntRange(min = 0, max = 60) int asOf,
      @ForAll VisitStatus status, @ForAll VisitKind kind) {
    QualityVisit visit = new QualityVisit(VisitId.of("V1"), PROVIDER, day(date), kind, status,
        ImmutableList.of());
    assertEquals(status == VisitStatus.DONE && date <= asOf, visit.doneBy(day(asOf)));
    assertEquals(status == VisitStatus.PLANNED && date < asOf, visit.overdueOn(day(asOf)));
  }

  /**
   * A rating is inadequate somewhere exactly when it is INADEQUATE overall or in at least one key
   * question (the CQC_RATING_CONCERN trigger, 003 Appendix 1 "CQC inspection outcome").
   */
  @Property
  void aRatingIsInadequateAnywhereWhenOverallOrAnyKeyQuestionIs(@ForAll Rating overall,
      @ForAll("keyQuestions") Map<KeyQuestion, Rating> keyQuestions) {
    RegulatorRating rating = new RegulatorRating(RatingId.of("R1"), PROVIDER, Regulator.CQC,
        BASE, overall, ImmutableMap.copyOf(keyQuestions));
    assertEquals(overall == Rating.INADEQUATE || keyQuestions.containsValue(Rating.INADEQUATE),
        rating.inadequateAnywhere());
  }

  /**
   * The reviews and resubmissions of a learning response held on a day are those made on or
   * before it, oldest first (002 QAF ¶40-41: the review as it stood then, not as it stands now).
   */
  @Property
  void theReviewsHeldOnADayAreThoseMadeOnOrBeforeIt(
      @ForAll @IntRange(min = 0, max = 4) int rounds, @ForAll @IntRange(min = 1, max = 9) int gap,
      @ForAll @IntRange(min = 0, max = 60) int asOf) {
    // Received on day 1; each review `gap` days after the response it reviews, each revised
    // response `gap` days after the review that asked for it.
    List<ResponseReview> earlier = new java.util.ArrayList<>();
    List<LocalDate> resubmissions = new java.util.ArrayList<>();
    int d = 1;
    for (int k = 0; k < rounds; k++) {
      d += gap;
      earlier.add(new ResponseReview(day(d), ReviewOutcome.MORE_INFORMATION));
      d += gap;
      resubmissions.add(day(d));
    }
    d += gap;
    ResponseReview latest = new ResponseReview(day(d), ReviewOutcome.ACCEPTED);
    SeriousIncident incident = new SeriousIncident(IncidentId.of("SI-1"), PROVIDER, BASE,
        IncidentFramework.PSIRF, false, day(30), Optional.of(day(1)), Optional.of(latest),
        Optional.empty(), earlier, resubmissions);
    List<ResponseReview> all = incident.reviews();
    assertEquals(all.stream().filter(v -> !v.on().isAfter(day(asOf))).toList(),
        incident.reviewsBy(day(asOf)));
    assertEquals(resubmissions.stream().filter(r -> !r.isAfter(day(asOf))).toList(),
        incident.resubmissionsBy(day(asOf)));
    assertEquals(rounds + 1, all.size());
  }

  @Provide
  Arbitrary<Optional<Integer>> completions() {
    return Arbitraries.integers().between(0, 60).optional();
  }

  @Provide
  Arbitrary<Map<KeyQuestion, Rating>> keyQuestions() {
    return Arbitraries.maps(Arbitraries.of(KeyQuestion.class), Arbitraries.of(Rating.class))
        .ofMaxSize(KeyQuestion.values().length).map(m -> {
          Map<KeyQuestion, Rating> sorted = new EnumMap<>(KeyQuestion.class);
          sorted.putAll(m);
          return sorted;
        });
  }

  private static boolean expectedOverdue(int due, int asOf, Optional<Integer> completed) {
    boolean completedByThen = completed.isPresent() && completed.get() <= asOf;
    return due < asOf && !completedByThen;
  }

  private static LocalDate day(int n) {
    return BASE.plusDays(n);
  }
}
