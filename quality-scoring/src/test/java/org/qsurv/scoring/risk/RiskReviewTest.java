package org.qsurv.scoring.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.qsurv.model.framework.QualityDomain;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.risk.Risk;
import org.qsurv.model.risk.RiskId;
import org.qsurv.model.risk.RiskReview;
import org.qsurv.model.risk.RiskScore;

/** Risk review rules (004 §4.4; 000 §6.5; NPSA 2008; SNAPSHOT.md {@code risks}). */
class RiskReviewTest {
  private static final LocalDate AS_OF = LocalDate.of(2025, 7, 1);

  static Risk risk(int likelihood, int consequence, LocalDate lastReviewed) {
    org.qsurv.model.risk.Risk.Builder b = Risk.builder().id(RiskId.of("R-1"))
        .provider(OrganisationCode.of("RH5")).title("Night staffing below safe levels")
        .domain(QualityDomain.SAFE).owner("Deputy Chief Nurse").likelihood(likelihood)
        .consequence(consequence);
    if (lastReviewed != null) {
      b.lastReviewed(lastReviewed);
    }
    return b.build();
  }

  private static ScoredRisk score(Risk r) {
    return ScoredRisk.of(r, AS_OF, RiskReviewPolicy.nhsDefaults());
  }

  @Test
  void aScoreOfFifteenIsReviewedEveryMonth() {
    // 004 §4.4: risks of 15 or above are reviewed at least monthly.
    ScoredRisk r = score(risk(3, 5, LocalDate.of(2025, 6, 10)));
    assertEquals(15, r.score());
    assertEquals(RiskRating.EXTREME, r.rating());
    assertEquals(1, r.reviewIntervalMonths());
    assertEquals(LocalDate.of(2025, 7, 10), r.nextReviewDue());
    assertFalse(r.overdue());
  }

  @Test
  void theSnapshotExampleRiskIsOverdue() {
    // SNAPSHOT.md: R-1, 4 x 4 = 16, last reviewed 2025-05-20: due 2025-06-20, before 2025-07-01.
    ScoredRisk r = score(risk(4, 4, LocalDate.of(2025, 5, 20)));
    assertEquals(16, r.score());
    assertEquals(LocalDate.of(2025, 6, 20), r.nextReviewDue());
    assertTrue(r.overdue());
  }

  @Test
  void lowerBandsAreReviewedQuarterlySixMonthlyAndAnnuallyByDefault() {
    LocalDate last = LocalDate.of(2025, 1, 31);
    assertEquals(3, score(risk(2, 4, last)).reviewIntervalMonths());
    assertEquals(LocalDate.of(2025, 4, 30), score(risk(2, 4, last)).nextReviewDue(),
        "calendar months, clamped to the month's end");
    assertEquals(6, score(risk(2, 2, last)).reviewIntervalMonths());
    assertEquals(12, score(risk(1, 3, last)).reviewIntervalMonths());
  }

  @Test
  void aRiskNeverReviewedIsDueOnTheEvaluationDateAndNotYetOverdue() {
    ScoredRisk r = score(risk(5, 5, null));
    assertEquals(AS_OF, r.nextReviewDue());
    assertFalse(r.overdue());
    assertEquals(Optional.empty(), r.lastReviewed());
  }

  @Test
  void dueOnTheEvaluationDateIsNotOverdue() {
    assertFalse(score(risk(4, 4, LocalDate.of(2025, 6, 1))).overdue());
    assertTrue(score(risk(4, 4, LocalDate.of(2025, 5, 31))).overdue());
  }

  @Test
  void reviewsCanKeepToTheirCycleFromTheDueDate() {
    // First review 10 Jan, monthly; the last was done late on 20 May. Counting from the date it
    // was done the next is 20 June; keeping to the cycle it is 10 June.
    Risk r = Risk.builder().from(risk(4, 4, LocalDate.of(2025, 5, 20)))
        .addReviews(review(LocalDate.of(2025, 1, 10), 4, 4))
        .addReviews(review(LocalDate.of(2025, 5, 20), 4, 4)).build();
    RiskReviewPolicy cycle = RiskReviewPolicy.builder().countFrom(ReviewBasis.DUE_DATE).build();
    assertEquals(LocalDate.of(2025, 6, 10), ScoredRisk.of(r, AS_OF, cycle).nextReviewDue());
    assertEquals(LocalDate.of(2025, 6, 20), score(r).nextReviewDue());
  }

  @Test
  void historyTrendAndInitialCurrentTarget() {
    Risk r = Risk.builder().from(risk(4, 5, LocalDate.of(2025, 6, 1)))
        .initial(RiskScore.of(5, 5)).target(RiskScore.of(2, 5))
        .addReviews(review(LocalDate.of(2025, 4, 1), 3, 4))
        .addReviews(review(LocalDate.of(2025, 5, 1), 4, 4))
        .addReviews(review(LocalDate.of(2025, 6, 1), 4, 5)).build();
    ScoredRisk s = score(r);
    assertEquals(RiskTrend.RISING, s.trend(), "16 -> 20");
    assertEquals(3, s.history().size());
    assertEquals(25, s.initial().orElseThrow().score());
    assertEquals(Optional.of(10), s.aboveTarget());
  }

  @Test
  void aRiskIsScoredAsItStoodOnAnEarlierDate() {
    // As of 15 May the latest review was 1 May (4 x 4), so that is the score and review date.
    Risk r = Risk.builder().from(risk(4, 5, LocalDate.of(2025, 6, 1)))
        .addReviews(review(LocalDate.of(2025, 4, 1), 3, 4))
        .addReviews(review(LocalDate.of(2025, 5, 1), 4, 4))
        .addReviews(review(LocalDate.of(2025, 6, 1), 4, 5)).build();
    ScoredRisk then = ScoredRisk.of(r, LocalDate.of(2025, 5, 15), RiskReviewPolicy.nhsDefaults());
    assertEquals(16, then.score());
    assertEquals(Optional.of(LocalDate.of(2025, 5, 1)), then.lastReviewed());
    assertEquals(2, then.history().size());
    assertEquals(RiskTrend.RISING, then.trend(), "12 -> 16");
  }

  @Test
  void aLowerBandMayNotBeReviewedMoreOftenThanAHigherOne() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RiskReviewPolicy.builder().moderateMonths(2).build());
    assertTrue(e.getMessage().contains("moderateMonths"), e.getMessage());
  }

  @Property
  void reviewDatesNeverPrecedeTheLastReview(@ForAll @IntRange(min = 1, max = 5) int l,
      @ForAll @IntRange(min = 1, max = 5) int c, @ForAll @IntRange(min = 0, max = 2000) int daysAgo,
      @ForAll @IntRange(min = 0, max = 2000) int firstBefore, @ForAll boolean cycle) {
    LocalDate last = AS_OF.minusDays(daysAgo);
    Risk r = Risk.builder().from(risk(l, c, last))
        .addReviews(review(last.minusDays(firstBefore), l, c))
        .addReviews(review(last, l, c)).build();
    RiskReviewPolicy policy = RiskReviewPolicy.builder()
        .countFrom(cycle ? ReviewBasis.DUE_DATE : ReviewBasis.LAST_REVIEWED).build();
    ScoredRisk s = ScoredRisk.of(r, AS_OF, policy);
    assertTrue(s.nextReviewDue().isAfter(last), s.nextReviewDue() + " after " + last);
    assertTrue(!s.nextReviewDue().isAfter(last.plusMonths(s.reviewIntervalMonths())),
        "never later than one interval after the last review");
    assertEquals(s.nextReviewDue().isBefore(AS_OF), s.overdue());
  }

  /**
   * Keeping to the cycle (000 §6.5: reviews at the set frequency), the next review is the first
   * date of the cycle from the first review that falls after the last review, and never more than
   * one interval after the last review (so a month-end cycle clamped to February does not leave a
   * 15-and-above risk unreviewed for more than a month, 004 §4.4).
   */
  @Property
  void keepingToTheCycleTheNextReviewIsTheFirstCycleDateAfterTheLastReview(
      @ForAll @IntRange(min = 1, max = 5) int l, @ForAll @IntRange(min = 1, max = 5) int c,
      @ForAll @IntRange(min = 0, max = 1500) int daysAgo, @ForAll @IntRange(min = 0, max = 1500) int firstBefore) {
    LocalDate last = AS_OF.minusDays(daysAgo);
    LocalDate first = last.minusDays(firstBefore);
    Risk r = Risk.builder().from(risk(l, c, last))
        .addReviews(review(first, l, c))
        .addReviews(review(last, l, c)).build();
    RiskReviewPolicy cycle = RiskReviewPolicy.builder().countFrom(ReviewBasis.DUE_DATE).build();
    ScoredRisk s = ScoredRisk.of(r, AS_OF, cycle);
    int interval = s.reviewIntervalMonths();
    LocalDate firstCycleDateAfter = first.plusMonths(interval);
    for (int k = 2; !firstCycleDateAfter.isAfter(last); k++) {
      firstCycleDateAfter = first.plusMonths((long) k * interval);
    }
    LocalDate cap = last.plusMonths(interval);
    assertEquals(firstCycleDateAfter.isAfter(cap) ? cap : firstCycleDateAfter, s.nextReviewDue());
  }

  /**
   * The trend compares the current score with the score before the latest review (NPSA 2008
   * scores, reviewed under 004 §4.4): rising or falling, or static where it is the same or there
   * is nothing before it to compare with.
   */
  @Test
  void theTrendComparesTheScoreWithTheOneBeforeTheLatestReview() {
    Risk falling = Risk.builder().from(risk(3, 4, LocalDate.of(2025, 6, 1)))
        .addReviews(review(LocalDate.of(2025, 5, 1), 4, 4))
        .addReviews(review(LocalDate.of(2025, 6, 1), 3, 4)).build();
    assertEquals(RiskTrend.FALLING, score(falling).trend(), "16 -> 12");
    Risk rising = Risk.builder().from(risk(4, 4, LocalDate.of(2025, 6, 1)))
        .addReviews(review(LocalDate.of(2025, 5, 1), 3, 4))
        .addReviews(review(LocalDate.of(2025, 6, 1), 4, 4)).build();
    assertEquals(RiskTrend.RISING, score(rising).trend(), "12 -> 16");
    Risk unchanged = Risk.builder().from(risk(3, 4, LocalDate.of(2025, 6, 1)))
        .addReviews(review(LocalDate.of(2025, 5, 1), 3, 4))
        .addReviews(review(LocalDate.of(2025, 6, 1), 3, 4)).build();
    assertEquals(RiskTrend.STATIC, score(unchanged).trend(), "12 -> 12");
    Risk once = Risk.builder().from(risk(3, 4, LocalDate.of(2025, 6, 1)))
        .addReviews(review(LocalDate.of(2025, 6, 1), 3, 4)).build();
    assertEquals(RiskTrend.STATIC, score(once).trend(), "one review: nothing to compare");
    assertEquals(RiskTrend.STATIC, score(risk(3, 4, LocalDate.of(2025, 6, 1))).trend(), "no review history");
    Risk rescored = Risk.builder().from(risk(2, 4, LocalDate.of(2025, 6, 1)))
        .addReviews(review(LocalDate.of(2025, 5, 1), 3, 4)).build();
    assertEquals(RiskTrend.FALLING, score(rescored).trend(), "reviewed at 12, now 8");
    assertEquals(Optional.of(-2), score(Risk.builder().from(rescored).target(RiskScore.of(2, 5)).build())
        .aboveTarget(), "8 is 2 below the target of 10");
  }

  static RiskReview review(LocalDate on, int l, int c) {
    return RiskReview.builder().reviewed(on).reviewedBy("Deputy Chief Nurse")
        .score(RiskScore.of(l, c)).build();
  }
}
