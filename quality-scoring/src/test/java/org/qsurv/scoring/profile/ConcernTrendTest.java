package org.qsurv.scoring.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.qsurv.model.framework.QualityDomain;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.surveillance.Level;
import org.qsurv.scoring.triangulation.ConcernLevel;
import org.qsurv.scoring.triangulation.DomainConcern;
import org.qsurv.scoring.triangulation.TriangulationPolicy;

/**
 * Re-running the Quality Risk Profile at an earlier date shows concern rising or falling (003
 * §5.2.3 a: NHS England may ask for a Quality Risk Profile): a domain's concern is RISING or
 * FALLING only when its score moved by more than the policy's tolerance, STEADY on it or within;
 * only profiles of the same provider, the earlier one not later, are compared; a profile has a
 * concern per domain, in domain order.
 */
class ConcernTrendTest {
  private static final OrganisationCode RH5 = OrganisationCode.of("RH5");

  /** A profile whose domain {@code d} has concern score {@code quarters[d] / 4}: exact. */
  private static QualityRiskProfile profile(OrganisationCode provider, LocalDate asOf,
      List<Integer> quarters) {
    List<DomainConcern> concerns = new ArrayList<>();
    for (QualityDomain d : QualityDomain.values()) {
      concerns.add(DomainConcern.builder().domain(d).score(quarters.get(d.ordinal()) / 4.0)
          .level(ConcernLevel.LOW).build());
    }
    return QualityRiskProfile.builder().provider(provider).asOf(asOf).concerns(concerns)
        .recommendation(Recommendation.of(Level.ROUTINE, List.of(), concerns,
            RecommendationPolicy.nhsDefaults()))
        .build();
  }

  @Property
  void aDomainRisesOrFallsOnlyBeyondTheTolerance(
      @ForAll @Size(6) List<@IntRange(min = 0, max = 12) Integer> before,
      @ForAll @Size(6) List<@IntRange(min = 0, max = 12) Integer> after,
      @ForAll @IntRange(min = 0, max = 5) int toleranceQuarters) {
    TriangulationPolicy policy = TriangulationPolicy.builder()
        .from(TriangulationPolicy.nhsDefaults()).trendTolerance(toleranceQuarters / 4.0).build();
    Map<QualityDomain, ConcernTrend> trend = profile(RH5, LocalDate.of(2025, 7, 1), after)
        .trendSince(profile(RH5, LocalDate.of(2025, 4, 1), before), policy);
    for (QualityDomain d : QualityDomain.values()) {
      int change = after.get(d.ordinal()) - before.get(d.ordinal());
      assertEquals(change > toleranceQuarters ? ConcernTrend.RISING
          : change < -toleranceQuarters ? ConcernTrend.FALLING : ConcernTrend.STEADY, trend.get(d),
          d + ": " + change + " quarters, tolerance " + toleranceQuarters);
    }
  }

  @Test
  void onlyAnEarlierProfileOfTheSameProviderIsCompared() {
    List<Integer> scores = List.of(0, 0, 0, 0, 0, 0);
    QualityRiskProfile july = profile(RH5, LocalDate.of(2025, 7, 1), scores);
    IllegalArgumentException other = assertThrows(IllegalArgumentException.class,
        () -> july.trendSince(profile(OrganisationCode.of("RA4"), LocalDate.of(2025, 4, 1),
            scores), TriangulationPolicy.nhsDefaults()));
    assertEquals("cannot compare the profile of RH5 with one of RA4", other.getMessage());
    IllegalArgumentException later = assertThrows(IllegalArgumentException.class,
        () -> july.trendSince(profile(RH5, LocalDate.of(2025, 7, 2), scores),
            TriangulationPolicy.nhsDefaults()));
    assertEquals("the earlier profile (2025-07-02) must not be after this one (2025-07-01)",
        later.getMessage());
    assertEquals(ConcernTrend.STEADY, july.trendSince(july, TriangulationPolicy.nhsDefaults())
        .get(QualityDomain.SAFE), "a profile of the same day is comparable");
    assertEquals(Optional.empty(), july.highestRiskScore(), "no risks, no highest score");
  }

  @Test
  void aProfileHasAConcernPerDomainInDomainOrder() {
    QualityRiskProfile p = profile(RH5, LocalDate.of(2025, 7, 1), List.of(0, 0, 0, 0, 0, 0));
    IllegalArgumentException fewer = assertThrows(IllegalArgumentException.class,
        () -> QualityRiskProfile.builder().from(p).concerns(p.concerns().subList(0, 5)).build());
    assertTrue(fewer.getMessage().contains("each of the 6 domains but had 5"),
        fewer.getMessage());
    List<DomainConcern> swapped = new ArrayList<>(p.concerns());
    swapped.set(0, p.concerns().get(1));
    swapped.set(1, p.concerns().get(0));
    IllegalArgumentException order = assertThrows(IllegalArgumentException.class,
        () -> QualityRiskProfile.builder().from(p).concerns(swapped).build());
    assertEquals("profile concerns must be in domain order, but found "
        + p.concerns().get(1).domain() + " at 0", order.getMessage());
  }
}
