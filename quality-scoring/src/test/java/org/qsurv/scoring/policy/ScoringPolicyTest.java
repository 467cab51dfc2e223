package org.qsurv.scoring.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import org.junit.jupiter.api.Test;
import org.qsurv.model.indicator.IndicatorId;
import org.qsurv.model.indicator.Period;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.scoring.risk.ReviewBasis;
import org.qsurv.scoring.spc.Recalculation;
import org.qsurv.scoring.spc.SpcOptions;
import org.qsurv.scoring.spc.SpcPolicy;
import org.qsurv.scoring.spc.SpcRuleSet;
import org.qsurv.scoring.trigger.TriggerCode;

/**
 * Policy as data: one validated value, national defaults, loadable from JSON (docs/frameworks.md,
 * "Local choices").
 */
class ScoringPolicyTest {
  @Test
  void anEmptyDocumentIsTheNationalDefaults() {
    assertEquals(ScoringPolicy.nhsDefaults(), ScoringPolicy.fromJson("{}"));
  }

  @Test
  void theDefaultsAreTheDocumentedOnes() {
    ScoringPolicy p = ScoringPolicy.nhsDefaults();
    assertEquals(SpcRuleSet.MAKING_DATA_COUNT, p.spc().options().ruleSet().name());
    assertEquals(12, p.spc().options().minimumPoints());
    assertEquals(3, p.riskReview().highMonths());
    assertEquals(6, p.riskReview().moderateMonths());
    assertEquals(12, p.riskReview().lowMonths());
    assertEquals(ReviewBasis.LAST_REVIEWED, p.riskReview().countFrom());
    assertEquals(2, p.triggers().multipleNeverEvents());
    assertEquals(12, p.triggers().neverEventMonths());
  }

  @Test
  void anIcbOverridesOnlyWhatItNames() {
    ScoringPolicy p = ScoringPolicy.fromJson("{\"riskReview\": {\"highMonths\": 2},"
        + " \"triggers\": {\"multipleNeverEvents\": 3,"
        + "   \"indicators\": {\"HIGH_MORTALITY\": [\"shmi-local\"]}},"
        + " \"spc\": {\"options\": {\"ruleSet\": " + ruleSetJson() + ", \"minimumPoints\": 15},"
        + "   \"recalculations\": [{\"indicator\": \"shmi\", \"provider\": \"RH5\","
        + "     \"from\": \"2024-04\", \"reason\": \"Merger\"}]}}");
    assertEquals(2, p.riskReview().highMonths());
    assertEquals(6, p.riskReview().moderateMonths(), "left at its default");
    assertEquals(3, p.triggers().multipleNeverEvents());
    assertEquals(ImmutableList.of(IndicatorId.of("shmi-local")),
        p.triggers().indicatorsFor(TriggerCode.HIGH_MORTALITY));
    assertEquals(SpcRuleSet.nhsrPlotTheDots(), p.spc().options().ruleSet());
    assertEquals(15, p.spc().options().minimumPoints());
    SpcOptions rh5 = p.spc().optionsFor(OrganisationCode.of("RH5"), IndicatorId.of("shmi"));
    assertEquals(ImmutableList.of(Period.parse("2024-04")), rh5.recalculateFrom());
    assertEquals(ImmutableList.of(), p.spc().optionsFor(OrganisationCode.of("RBA"),
        IndicatorId.of("shmi")).recalculateFrom());
  }

  @Test
  void aPolicyRoundTripsThroughJson() {
    ScoringPolicy p = ScoringPolicy.builder()
        .spc(SpcPolicy.builder().options(SpcOptions.builder()
            .ruleSet(SpcRuleSet.nhsrPlotTheDots()).baselinePoints(24).build())
            .addRecalculations(Recalculation.builder().indicator(IndicatorId.of("shmi"))
                .from(Period.parse("2024-Q2")).reason("Definition changed").build())
            .build())
        .build();
    assertEquals(p, ScoringPolicy.fromJson(p.toJson()));
    assertEquals(ScoringPolicy.nhsDefaults(),
        ScoringPolicy.fromJson(ScoringPolicy.nhsDefaults().toJson()));
  }

  @Test
  void anUnknownFieldIsAnError() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ScoringPolicy.fromJson("{\"riskReview\": {\"hihgMonths\": 2}}"));
    assertTrue(e.getMessage().contains("hihgMonths"), e.getMessage());
  }

  @Test
  void aRuleBrokenInJsonIsReportedNamingTheFieldAndValue() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ScoringPolicy.fromJson("{\"spc\": {\"options\": {\"minimumPoints\": 2}}}"));
    assertTrue(e.getMessage().contains("minimumPoints"), e.getMessage());
    assertTrue(e.getMessage().contains("2"), e.getMessage());
  }

  @Test
  void theMonthlyReviewOfFifteenAndAboveIsNotConfigurable() {
    // 004 §4.4: at least monthly; the policy has no field for it.
    assertThrows(IllegalArgumentException.class,
        () -> ScoringPolicy.fromJson("{\"riskReview\": {\"extremeMonths\": 3}}"));
  }

  private static String ruleSetJson() {
    SpcRuleSet r = SpcRuleSet.nhsrPlotTheDots();
    return "{\"name\": \"" + r.name() + "\", \"version\": \"" + r.version() + "\", \"source\": \""
        + r.source() + "\", \"shiftPoints\": 7, \"trendPoints\": 7, \"screenMovingRanges\": true}";
  }
}
