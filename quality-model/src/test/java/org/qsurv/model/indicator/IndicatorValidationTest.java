package org.qsurv.model.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qsurv.model.Rejections.assertRejected;

import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.Tuple;
import org.qsurv.model.Checks;
import org.qsurv.model.Rejections;
import org.qsurv.model.framework.QualityDomain;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.testing.model.ModelArbitraries;

/**
 * Indicator definitions, thresholds, trajectories and observations are valid when built (003
 * §5.1.1, §5.2.1; SNAPSHOT.md {@code indicators} and {@code observations}); each rule broken is
 * rejected with a message naming the field and the value.
 */
class IndicatorValidationTest {
  private static final OrganisationCode RH5 = OrganisationCode.of("RH5");
  private static final IndicatorId SHMI = IndicatorId.of("shmi");

  private static IndicatorDefinition.Builder shmi(Polarity polarity) {
    return IndicatorDefinition.builder().id(SHMI)
        .name("Summary Hospital-level Mortality Indicator").domain(QualityDomain.SAFE)
        .unit("ratio").polarity(polarity).frequency(Frequency.MONTHLY);
  }

  // --- Thresholds (SNAPSHOT.md: "red must be on the worse side of amber")

  @Example
  void snapshotMdsShmiThresholdsAreValid() {
    IndicatorDefinition shmi = shmi(Polarity.LOWER_IS_BETTER)
        .thresholds(Thresholds.of(1.05, 1.15)).target(1.0).build();
    assertEquals(1.15, shmi.thresholds().orElseThrow().red());
  }

  @Property
  void redOnTheBetterSideOfAmberIsRejectedForEitherPolarity(
      @ForAll("distinctFiniteValues") double[] lowHigh, @ForAll("judgedPolarities") Polarity polarity) {
    // Wrong way round: for lower-is-better red is the lower value; for higher-is-better the higher.
    double amber = polarity == Polarity.LOWER_IS_BETTER ? lowHigh[1] : lowHigh[0];
    double red = polarity == Polarity.LOWER_IS_BETTER ? lowHigh[0] : lowHigh[1];
    assertRejected(() -> shmi(polarity).thresholds(Thresholds.of(amber, red)).build(),
        "indicator shmi", "red (" + red + ")", "amber (" + amber + ")", polarity.name());
  }

  @Property
  void redEqualToAmberIsRejected(@ForAll("finiteValues") double value,
      @ForAll("judgedPolarities") Polarity polarity) {
    // A value equal to a threshold falls in the worse band, so equal thresholds leave no amber.
    assertRejected(() -> shmi(polarity).thresholds(Thresholds.of(value, value)).build(),
        "red (" + value + ")", "amber (" + value + ")");
  }

  @Property
  void thresholdsWithRedOnTheWorseSideAreAccepted(
      @ForAll("judgedPolaritiesWithThresholds") Tuple2<Polarity, Thresholds> judged) {
    Polarity polarity = judged.get1();
    Thresholds bands = judged.get2();
    assertTrue(polarity.isWorse(bands.red(), bands.amber()));
    assertEquals(bands, shmi(polarity).thresholds(bands).build().thresholds().orElseThrow());
  }

  @Example
  void aNeutralIndicatorCannotHaveThresholds() {
    assertRejected(() -> shmi(Polarity.NEUTRAL).thresholds(Thresholds.of(1, 2)).build(),
        "indicator shmi", "thresholds", "NEUTRAL");
  }

  @Property
  void aNonFiniteThresholdIsRejectedNamingIt(@ForAll("nonFinite") double bad) {
    assertRejected(() -> Thresholds.of(bad, 1.0), "thresholds.amber", String.valueOf(bad));
    assertRejected(() -> Thresholds.of(1.0, bad), "thresholds.red", String.valueOf(bad));
  }

  // --- Names, units, targets

  @Property
  void aBlankNameOrUnitIsRejectedNamingTheFieldAndTheValue(@ForAll("blanks") String blank) {
    assertRejected(() -> shmi(Polarity.LOWER_IS_BETTER).name(blank).build(),
        "indicator name", Checks.quote(blank));
    assertRejected(() -> shmi(Polarity.LOWER_IS_BETTER).unit(blank).build(),
        "indicator unit", Checks.quote(blank));
  }

  @Property
  void aNonFiniteTargetIsRejected(@ForAll("nonFinite") double bad) {
    assertRejected(() -> shmi(Polarity.LOWER_IS_BETTER).target(bad).build(),
        "indicator target", String.valueOf(bad));
  }

  @Property
  void aMalformedIndicatorIdIsRejected(@ForAll("malformedIds") String text) {
    assertRejected(() -> IndicatorId.of(text), "indicator id", Checks.quote(text));
  }

  // --- Trajectories (003 §5.2.2)

  @Example
  void aTrajectoryPlansAtLeastOnePeriod() {
    assertRejected(() -> Trajectory.builder().build(), "trajectory", "at least one period");
  }

  @Example
  void trajectoryPeriodsAreInOrderEachOnce() {
    TrajectoryPoint june = TrajectoryPoint.of(Period.parse("2025-06"), 10);
    TrajectoryPoint may = TrajectoryPoint.of(Period.parse("2025-05"), 12);
    assertRejected(() -> Trajectory.builder().addPoints(june, may).build(), "2025-05", "2025-06");
    assertRejected(() -> Trajectory.builder().addPoints(june, june).build(), "2025-06");
  }

  @Example
  void aTrajectoryDoesNotMixMonthsAndQuarters() {
    assertRejected(() -> Trajectory.builder()
            .addPoint(TrajectoryPoint.of(Period.parse("2025-Q1"), 10))
            .addPoint(TrajectoryPoint.of(Period.parse("2025-06"), 10)).build(),
        "2025-Q1", "2025-06");
  }

  @Example
  void anIndicatorsTrajectoryPlansPeriodsOfItsOwnFrequency() {
    Trajectory quarterly = Trajectory.builder()
        .addPoint(TrajectoryPoint.of(Period.parse("2025-Q1"), 10)).build();
    assertRejected(() -> shmi(Polarity.LOWER_IS_BETTER).trajectory(quarterly).build(),
        "indicator shmi", "MONTHLY", "QUARTERLY");
  }

  @Example
  void aNeutralIndicatorCannotHaveATrajectory() {
    Trajectory plan = Trajectory.builder()
        .addPoint(TrajectoryPoint.of(Period.parse("2025-01"), 10)).build();
    assertRejected(() -> shmi(Polarity.NEUTRAL).trajectory(plan).build(),
        "indicator shmi", "trajectory", "NEUTRAL");
  }

  @Property
  void aNegativeOrNonFiniteToleranceIsRejected(@ForAll("badTolerances") double tolerance) {
    assertRejected(() -> Trajectory.builder()
            .addPoint(TrajectoryPoint.of(Period.parse("2025-01"), 10)).tolerance(tolerance).build(),
        "trajectory tolerance", String.valueOf(tolerance));
  }

  @Property
  void aNonFinitePlannedValueIsRejected(@ForAll("nonFinite") double bad) {
    assertRejected(() -> TrajectoryPoint.of(Period.parse("2025-01"), bad),
        "trajectory planned value for 2025-01", String.valueOf(bad));
  }

  @Property
  void aTrajectoryFindsThePlanForEachOfItsPeriods(@ForAll("trajectories") Trajectory trajectory) {
    for (TrajectoryPoint point : trajectory.points()) {
      assertEquals(Optional.of(point.planned()), trajectory.plannedFor(point.period()));
    }
    Period after = trajectory.points().get(trajectory.points().size() - 1).period().next();
    assertEquals(Optional.empty(), trajectory.plannedFor(after));
  }

  // --- Observations (SNAPSHOT.md: "value is a finite number")

  @Property
  void aNonFiniteValueOrNumeratorIsRejected(@ForAll("nonFinite") double bad) {
    assertRejected(() -> Observation.of(RH5, SHMI, Period.parse("2025-06"), bad),
        "observation value", String.valueOf(bad));
    assertRejected(() -> Observation.builder().provider(RH5).indicator(SHMI)
            .period(Period.parse("2025-06")).value(1).numerator(bad).build(),
        "observation numerator", String.valueOf(bad));
  }

  @Property
  void aDenominatorMustBeAFiniteNumberAboveZero(@ForAll("badDenominators") double bad) {
    assertRejected(() -> Observation.builder().provider(RH5).indicator(SHMI)
            .period(Period.parse("2025-06")).value(1).denominator(bad).build(),
        "observation denominator", String.valueOf(bad));
  }

  @Example
  void aMissingReturnHasNoValueAndNoParts() {
    // A missing return is itself a finding (003 §5.1.2; 001 §7.3), so it is representable.
    Observation missing = Observation.missing(RH5, SHMI, Period.parse("2025-07"));
    assertTrue(missing.isMissing());
    assertFalse(Observation.of(RH5, SHMI, Period.parse("2025-07"), 0).isMissing());
    assertRejected(() -> Observation.builder().provider(RH5).indicator(SHMI)
            .period(Period.parse("2025-07")).numerator(3).build(),
        "missing return", "numerator");
  }

  @Example
  void polarityKnowsTheWorseSide() {
    assertTrue(Polarity.LOWER_IS_BETTER.isWorse(1.2, 1.1));
    assertTrue(Polarity.HIGHER_IS_BETTER.isWorse(1.1, 1.2));
    assertFalse(Polarity.NEUTRAL.isWorse(1.1, 1.2));
    assertFalse(Polarity.NEUTRAL.isWorse(1.2, 1.1));
  }

  @Provide
  Arbitrary<Polarity> judgedPolarities() {
    return Arbitraries.of(Polarity.LOWER_IS_BETTER, Polarity.HIGHER_IS_BETTER);
  }

  @Provide
  Arbitrary<Tuple2<Polarity, Thresholds>> judgedPolaritiesWithThresholds() {
    return judgedPolarities().flatMap(p -> ModelArbitraries.thresholds(p).map(t -> Tuple.of(p, t)));
  }

  @Provide
  Arbitrary<Double> finiteValues() {
    return ModelArbitraries.indicatorValues();
  }

  @Provide
  Arbitrary<double[]> distinctFiniteValues() {
    return Combinators.combine(finiteValues(), finiteValues())
        .filter((a, b) -> a.doubleValue() != b.doubleValue())
        .as((a, b) -> new double[] {Math.min(a, b), Math.max(a, b)});
  }

  @Provide
  Arbitrary<Double> nonFinite() {
    return Rejections.nonFinite();
  }

  @Provide
  Arbitrary<Double> badTolerances() {
    return Arbitraries.oneOf(Rejections.nonFinite(), Arbitraries.of(-Double.MIN_VALUE, -1e-300),
        Arbitraries.doubles().between(-1e9, -0.01));
  }

  @Provide
  Arbitrary<Double> badDenominators() {
    return Arbitraries.oneOf(Rejections.nonFinite(), Arbitraries.of(0.0, -0.0, -Double.MIN_VALUE),
        Arbitraries.doubles().between(-1e9, -0.01));
  }

  @Provide
  Arbitrary<String> blanks() {
    return Rejections.blanks();
  }

  @Provide
  Arbitrary<String> malformedIds() {
    return Arbitraries.oneOf(
        Arbitraries.of("", "-shmi", ".x", "_x", "shmi rate", "shmi/2", "x".repeat(65), "shmí"),
        Arbitraries.strings().withChars(" /:@#é").ofMinLength(1).ofMaxLength(5));
  }

  @Provide
  Arbitrary<Trajectory> trajectories() {
    return Arbitraries.of(Frequency.class).flatMap(ModelArbitraries::trajectories);
  }
}
