package org.qsurv.scoring.triangulation;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.qsurv.model.intelligence.IntelligenceSource;

/**
 * A triangulation policy is valid or not built (docs/calibration.md: the weights and bands of the
 * concern score are local choices): every weight and the medium band start above 0 and finite,
 * the high band above the medium one, the trend tolerance at least 0, and each rejection names
 * the field and the value. The smallest valid value of each is accepted, so that the boundary is
 * where the rule says.
 */
class TriangulationPolicyTest {
  private static final TriangulationPolicy DEFAULTS = TriangulationPolicy.nhsDefaults();

  static Stream<Arguments> weights() {
    return Stream.of(
        Arguments.of("hardWeight", (BiFunction<TriangulationPolicy.Builder, Double,
            TriangulationPolicy.Builder>) TriangulationPolicy.Builder::hardWeight),
        Arguments.of("softWeight", (BiFunction<TriangulationPolicy.Builder, Double,
            TriangulationPolicy.Builder>) TriangulationPolicy.Builder::softWeight),
        Arguments.of("softWeightWithoutRoutineData", (BiFunction<TriangulationPolicy.Builder,
            Double, TriangulationPolicy.Builder>)
            TriangulationPolicy.Builder::softWeightWithoutRoutineData),
        Arguments.of("indicatorWeight", (BiFunction<TriangulationPolicy.Builder, Double,
            TriangulationPolicy.Builder>) TriangulationPolicy.Builder::indicatorWeight));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("weights")
  void aWeightIsAFiniteNumberAbove0(String field,
      BiFunction<TriangulationPolicy.Builder, Double, TriangulationPolicy.Builder> set) {
    for (double bad : new double[] {0, -0.5, Double.NaN, Double.POSITIVE_INFINITY}) {
      rejected(() -> set.apply(TriangulationPolicy.builder(), bad).build(), "triangulation " + field,
          String.valueOf(bad));
    }
    assertDoesNotThrow(() -> set.apply(TriangulationPolicy.builder(), Double.MIN_VALUE).build());
  }

  @Test
  void theMediumBandStartsAbove0AndTheHighBandAboveIt() {
    rejected(() -> TriangulationPolicy.builder().mediumFrom(0).build(), "triangulation mediumFrom");
    rejected(() -> TriangulationPolicy.builder().highFrom(DEFAULTS.mediumFrom()).build(),
        "triangulation highFrom", String.valueOf(DEFAULTS.mediumFrom()));
    rejected(() -> TriangulationPolicy.builder().highFrom(Double.POSITIVE_INFINITY).build(),
        "triangulation highFrom");
    assertDoesNotThrow(() -> TriangulationPolicy.builder()
        .highFrom(Math.nextUp(DEFAULTS.mediumFrom())).build());
  }

  @Test
  void theTrendToleranceIsAFiniteNumberOfAtLeast0() {
    rejected(() -> TriangulationPolicy.builder().trendTolerance(-0.01).build(),
        "triangulation trendTolerance", "-0.01");
    rejected(() -> TriangulationPolicy.builder().trendTolerance(Double.NaN).build(),
        "triangulation trendTolerance");
    assertDoesNotThrow(() -> TriangulationPolicy.builder().trendTolerance(0).build());
  }

  @Test
  void theLookBackAndHalfLifeAreWithinTheirRanges() {
    rejected(() -> TriangulationPolicy.builder().lookBackMonths(0).build(),
        "triangulation lookBackMonths");
    rejected(() -> TriangulationPolicy.builder().lookBackMonths(121).build(),
        "triangulation lookBackMonths");
    rejected(() -> TriangulationPolicy.builder().halfLifeDays(0).build(),
        "triangulation halfLifeDays");
    rejected(() -> TriangulationPolicy.builder().halfLifeDays(3651).build(),
        "triangulation halfLifeDays");
  }

  @Test
  void aSourceGroupIsNeverBlank() {
    rejected(() -> TriangulationPolicy.builder()
        .putAllSourceGroups(Map.of(IntelligenceSource.COMPLAINT, " ")).build(),
        "triangulation source group");
  }

  private static void rejected(Executable construction, String... mentions) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, construction);
    for (String m : mentions) {
      assertTrue(e.getMessage().contains(m), () -> e.getMessage() + " does not name " + m);
    }
  }
}
