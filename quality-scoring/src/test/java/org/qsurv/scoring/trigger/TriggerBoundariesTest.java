package org.qsurv.scoring.trigger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qsurv.scoring.trigger.Evidence.AS_OF;
import static org.qsurv.scoring.trigger.Evidence.daysAgo;
import static org.qsurv.scoring.trigger.Evidence.item;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.qsurv.model.framework.QualityDomain;
import org.qsurv.model.indicator.IndicatorId;
import org.qsurv.model.indicator.Period;
import org.qsurv.model.intelligence.IntelligenceItem;
import org.qsurv.model.intelligence.IntelligenceSource;
import org.qsurv.model.intelligence.Triage;
import org.qsurv.model.intelligence.TriageOutcome;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.regulation.KeyQuestion;
import org.qsurv.model.regulation.Rating;
import org.qsurv.model.regulation.RatingId;
import org.qsurv.model.regulation.Regulator;
import org.qsurv.model.regulation.RegulatorRating;
import org.qsurv.model.risk.Risk;
import org.qsurv.model.risk.RiskId;
import org.qsurv.model.risk.RiskReview;
import org.qsurv.model.risk.RiskScore;
import org.qsurv.scoring.risk.RiskReviewPolicy;
import org.qsurv.scoring.risk.ScoredRisk;
import org.qsurv.scoring.spc.Variation;
import org.qsurv.scoring.threshold.ThresholdBand;

/**
 * The trigger catalogue at its edges (003 §5.2.1; 001 §7.2; 003 Appendix 1), with the national
 * defaults of {@link TriggerPolicy}: each count or score exactly at its threshold, and one short
 * of it; and the reasons, which the recommendation repeats to the people who act on it, in words
 * that match the evidence.
 */
class TriggerBoundariesTest {
  private static final TriggerPolicy DEFAULTS = TriggerPolicy.nhsDefaults();
  private static final OrganisationCode RH5 = OrganisationCode.of("RH5");

  private static Optional<TriggerFiring> fired(TriggerEvidence.Builder e, TriggerCode code) {
    return Triggers.evaluate(e.build(), DEFAULTS).stream().filter(f -> f.code() == code)
        .findFirst();
  }

  private static TriggerEvidence.Builder evidence() {
    return TriggerEvidence.builder().asOf(AS_OF);
  }

  /** A risk now scored {@code now}, up from {@code before} at the review before. */
  private static ScoredRisk rose(String id, RiskScore before, RiskScore now) {
    Risk risk = Risk.builder().id(RiskId.of(id)).provider(RH5).title("t")
        .domain(QualityDomain.SAFE).owner("o").likelihood(now.likelihood())
        .consequence(now.consequence()).lastReviewed(daysAgo(5))
        .addReviews(RiskReview.builder().reviewed(daysAgo(60)).reviewedBy("o").score(before)
            .build(),
            RiskReview.builder().reviewed(daysAgo(5)).reviewedBy("o").score(now).build())
        .build();
    return ScoredRisk.of(risk, AS_OF, RiskReviewPolicy.nhsDefaults());
  }

  /**
   * 003 §5.2.1: a risk scoring 8 or more that rose is "high and increasing"; 6 that rose is not.
   */
  @Test
  void aRiskThatRoseFiresFromTheIncreasingScoreOn() {
    assertEquals(8, DEFAULTS.increasingRiskScore());
    TriggerFiring f = fired(evidence().addRisks(
            rose("R-8", RiskScore.of(2, 3), RiskScore.of(2, 4)),
            rose("R-6", RiskScore.of(1, 3), RiskScore.of(2, 3))),
        TriggerCode.HIGH_AND_INCREASING_RISKS).orElseThrow();
    assertEquals(List.of("R-8"), f.evidence());
    assertTrue(f.reason().startsWith("1 risk scoring 8 or more rose"), f.reason());
  }

  /**
   * 003 §5.2.1 "higher than usual": more than 1.5 times the usual rate. Eight complaints in the
   * year before the last three months are a usual 2 a quarter: 3 recent is exactly 1.5 times
   * that and does not fire; 4 does.
   */
  @Test
  void higherThanUsualMeansMoreThanTheRatioTimesTheUsualRate() {
    TriggerEvidence.Builder atRatio = evidence();
    for (int i = 0; i < 8; i++) {
      atRatio.addIntelligence(item("U-" + i, IntelligenceSource.COMPLAINT, daysAgo(100 + 30 * i)));
    }
    TriggerEvidence.Builder above = TriggerEvidence.builder().from(atRatio.build());
    for (int i = 0; i < 3; i++) {
      atRatio.addIntelligence(item("R-" + i, IntelligenceSource.COMPLAINT, daysAgo(10 + i)));
      above.addIntelligence(item("R-" + i, IntelligenceSource.COMPLAINT, daysAgo(10 + i)));
    }
    above.addIntelligence(item("R-3", IntelligenceSource.COMPLAINT, daysAgo(20)));
    assertTrue(fired(atRatio, TriggerCode.HIGHER_THAN_USUAL_COMPLAINTS).isEmpty());
    TriggerFiring f = fired(above, TriggerCode.HIGHER_THAN_USUAL_COMPLAINTS).orElseThrow();
    assertEquals(List.of("R-0", "R-1", "R-2", "R-3"), f.evidence());
    assertTrue(f.reason().contains("4 items of complaints in the 3 months to 2025-07-01 against a"
        + " usual 2.0 (from the 12 months before)"), f.reason());
  }

  private static RegulatorRating rating(String id, LocalDate published, Rating overall) {
    return new RegulatorRating(RatingId.of(id), RH5, Regulator.CQC, published, overall,
        ImmutableMap.of(KeyQuestion.SAFE, overall));
  }

  /**
   * 003 Appendix 1 "CQC inspection outcome": a fall overall since the rating before fires, from
   * the second rating on; the first rating has nothing to fall from.
   */
  @Test
  void aFallOverallFiresFromTheSecondRating() {
    RegulatorRating good = rating("CQC-1", LocalDate.of(2023, 5, 1), Rating.GOOD);
    RegulatorRating requiresImprovement = rating("CQC-2", LocalDate.of(2025, 5, 1),
        Rating.REQUIRES_IMPROVEMENT);
    TriggerFiring f = fired(evidence().addRatings(good, requiresImprovement),
        TriggerCode.CQC_RATING_CONCERN).orElseThrow();
    assertEquals(List.of("CQC-2"), f.evidence());
    assertTrue(f.reason().contains("CQC rating CQC-2 published 2025-05-01 is REQUIRES_IMPROVEMENT"
        + " overall: down overall from GOOD (CQC-1, published 2023-05-01)"), f.reason());
    assertTrue(fired(evidence().addRatings(requiresImprovement), TriggerCode.CQC_RATING_CONCERN)
        .isEmpty(), "one rating, REQUIRES_IMPROVEMENT, has not fallen");
    assertTrue(fired(evidence().addRatings(requiresImprovement, rating("CQC-3",
        LocalDate.of(2025, 6, 1), Rating.GOOD)), TriggerCode.CQC_RATING_CONCERN).isEmpty(),
        "a rise is no concern");
  }

  /**
   * 001 §7.2 "a growing number and type of minor concerns": at least four soft items from at least
   * two sources in the last three months, and more than in the three months before. Four from
   * two sources against three before fires; against four before, or from one source, it does
   * not.
   */
  @Test
  void growingConcernsNeedTheMinimumTwoSourcesAndMoreThanBefore() {
    TriggerEvidence.Builder growing = evidence().addIntelligence(
        item("S-1", IntelligenceSource.PATIENT_FEEDBACK, daysAgo(10)),
        item("S-2", IntelligenceSource.GP_REPORT, daysAgo(20)),
        item("S-3", IntelligenceSource.PATIENT_FEEDBACK, daysAgo(30)),
        item("S-4", IntelligenceSource.GP_REPORT, daysAgo(40)),
        item("P-1", IntelligenceSource.PATIENT_FEEDBACK, daysAgo(100)),
        item("P-2", IntelligenceSource.PATIENT_FEEDBACK, daysAgo(110)),
        item("P-3", IntelligenceSource.PATIENT_FEEDBACK, daysAgo(120)));
    TriggerFiring f = fired(TriggerEvidence.builder().from(growing.build()),
        TriggerCode.GROWING_MINOR_CONCERNS).orElseThrow();
    assertEquals(List.of("S-1", "S-2", "S-3", "S-4"), f.evidence());
    assertTrue(f.reason().startsWith("4 soft-intelligence concerns from 2 sources in the 3 months"
        + " to 2025-07-01, up from 3 in the 3 months before"), f.reason());
    assertTrue(fired(growing.addIntelligence(item("P-4", IntelligenceSource.PATIENT_FEEDBACK,
        daysAgo(130))), TriggerCode.GROWING_MINOR_CONCERNS).isEmpty(), "four against four");
    assertTrue(fired(evidence().addIntelligence(
        item("S-1", IntelligenceSource.PATIENT_FEEDBACK, daysAgo(10)),
        item("S-2", IntelligenceSource.PATIENT_FEEDBACK, daysAgo(20)),
        item("S-3", IntelligenceSource.PATIENT_FEEDBACK, daysAgo(30)),
        item("S-4", IntelligenceSource.PATIENT_FEEDBACK, daysAgo(40))),
        TriggerCode.GROWING_MINOR_CONCERNS).isEmpty(), "one source is no growing type");
    assertTrue(fired(evidence().addIntelligence(
        item("S-1", IntelligenceSource.PATIENT_FEEDBACK, daysAgo(10)),
        item("S-2", IntelligenceSource.GP_REPORT, daysAgo(20)),
        item("S-3", IntelligenceSource.PATIENT_FEEDBACK, daysAgo(30))),
        TriggerCode.GROWING_MINOR_CONCERNS).isEmpty(), "three is below the minimum");
  }

  /**
   * The whistleblowing trigger says whether the report was corroborated, when the policy asks
   * for it (001 §7.2 "credible and material"), and counts reports in the singular and plural.
   */
  @Test
  void theWhistleblowingReasonSaysWhetherItWasCorroborated() {
    IntelligenceItem w = IntelligenceItem.builder()
        .from(item("W-1", IntelligenceSource.WHISTLEBLOWING, daysAgo(10)))
        .triage(Triage.of(daysAgo(5), TriageOutcome.ACT, true)).build();
    IntelligenceItem visit = item("V-1", IntelligenceSource.QUALITY_VISIT, daysAgo(3));
    TriggerPolicy corroborated = TriggerPolicy.builder().whistleblowingNeedsCorroboration(true)
        .build();
    String needed = Triggers.evaluate(evidence().addIntelligence(w, visit).build(), corroborated)
        .get(0).reason();
    assertTrue(needed.startsWith("1 whistleblowing report triaged credible in the 12 months to "
        + "2025-07-01, corroborated by another source"), needed);
    String alone = fired(evidence().addIntelligence(w), TriggerCode.WHISTLEBLOWING).orElseThrow()
        .reason();
    assertTrue(alone.startsWith("1 whistleblowing report triaged credible in the 12 months to "
        + "2025-07-01 ("), alone);
    assertFalse(alone.contains("corroborated"), alone);
  }

  /**
   * An indicator trigger's reason reads the indicator as the evidence shows it: special cause of
   * concern, a red threshold, or both (003 §5.2.1 "higher than usual", MDC).
   */
  @Test
  void anIndicatorTriggersReasonSaysWhatTheIndicatorShows() {
    IndicatorSignal both = IndicatorSignal.of(IndicatorId.of("shmi"), QualityDomain.SAFE,
        Period.parse("2025-06"), ThresholdBand.RED, Variation.SPECIAL_CAUSE_CONCERN);
    IndicatorSignal red = IndicatorSignal.of(IndicatorId.of("hsmr"), QualityDomain.SAFE,
        Period.parse("2025-05"), ThresholdBand.RED, Variation.COMMON_CAUSE);
    String reason = fired(evidence().addIndicators(both, red), TriggerCode.HIGH_MORTALITY)
        .orElseThrow().reason();
    assertTrue(reason.contains("shmi (2025-06): special cause of concern, red threshold"), reason);
    assertTrue(reason.contains("hsmr (2025-05): red threshold"), reason);
    assertFalse(reason.contains("hsmr (2025-05): special"), reason);
  }
}
