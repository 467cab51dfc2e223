package org.qsurv.scoring.threshold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.qsurv.model.framework.QualityDomain;
import org.qsurv.model.indicator.Frequency;
import org.qsurv.model.indicator.IndicatorDefinition;
import org.qsurv.model.indicator.IndicatorId;
import org.qsurv.model.indicator.Observation;
import org.qsurv.model.indicator.Period;
import org.qsurv.model.indicator.Polarity;
import org.qsurv.model.indicator.Trajectory;
import org.qsurv.model.indicator.TrajectoryPoint;
import org.qsurv.model.organisation.OrganisationCode;

/** Judgements against a target and a planned trajectory (003 §5.1.1; 003 §5.2.2). */
class TargetAndTrajectoryTest {
  private static final OrganisationCode RH5 = OrganisationCode.of("RH5");
  private static final IndicatorId CDIFF = IndicatorId.of("cdiff");

  private static IndicatorDefinition cdiff() {
    // C. difficile cases against a trajectory of 4 a month, tolerance 1 (001 §6.8.2).
    Trajectory.Builder plan = Trajectory.builder().tolerance(1);
    for (int m = 1; m <= 6; m++) {
      plan.addPoints(TrajectoryPoint.of(Period.month(2025, m), 4));
    }
    return IndicatorDefinition.builder().id(CDIFF).name("C. difficile cases")
        .domain(QualityDomain.SAFE).unit("cases").polarity(Polarity.LOWER_IS_BETTER)
        .frequency(Frequency.MONTHLY).trajectory(plan.build()).target(4).build();
  }

  private static Observation obs(int month, double value) {
    return Observation.of(RH5, CDIFF, Period.month(2025, month), value);
  }

  @Test
  void aValueOnTheTargetMeetsIt() {
    TargetJudgement t = TargetJudgement.of(cdiff(), 4).orElseThrow();
    assertTrue(t.met());
    assertEquals(0, t.shortfall());
    TargetJudgement worse = TargetJudgement.of(cdiff(), 6.5).orElseThrow();
    assertFalse(worse.met());
    assertEquals(2.5, worse.shortfall());
  }

  @Test
  void offTrajectoryCountsConsecutivePeriodsBeyondTheTolerance() {
    // Plan 4, tolerance 1: 5 is on trajectory (deviation 1), 6 and 7 are off.
    List<Observation> series = List.of(obs(1, 7), obs(2, 5), obs(3, 6), obs(4, 7));
    TrajectoryJudgement t = TrajectoryJudgement.of(cdiff(), series).orElseThrow();
    assertEquals(Period.month(2025, 4), t.period());
    assertEquals(3, t.deviation());
    assertTrue(t.offTrajectory());
    assertEquals(2, t.periodsOff(), "March and April; February was within tolerance");
  }

  @Test
  void aGapInTheReturnsEndsTheCount() {
    List<Observation> series = List.of(obs(1, 7), obs(3, 7));
    assertEquals(1, TrajectoryJudgement.of(cdiff(), series).orElseThrow().periodsOff());
  }

  @Test
  void onTrajectoryIsZeroPeriodsOff() {
    TrajectoryJudgement t = TrajectoryJudgement.of(cdiff(), List.of(obs(2, 3))).orElseThrow();
    assertFalse(t.offTrajectory());
    assertEquals(0, t.periodsOff());
    assertEquals(-1, t.deviation(), "better than planned");
  }

  @Property
  void theJudgementDoesNotDependOnTheOrderOfTheSeries(
      @ForAll @Size(min = 1, max = 8) List<@DoubleRange(min = 0, max = 10) Double> values,
      @ForAll @IntRange(min = 1, max = 8) int firstMonth, @ForAll long seed) {
    // 003 §5.2.2: the series may come in any order; months 7 and 8 have no plan, and the
    // period-6 observation is missing, so both end a run of periods off trajectory.
    List<Observation> series = new ArrayList<>();
    for (int i = 0; i < values.size() && firstMonth + i <= 8; i++) {
      int month = firstMonth + i;
      series.add(month == 6 ? Observation.missing(RH5, CDIFF, Period.month(2025, month))
          : obs(month, values.get(i)));
    }
    List<Observation> shuffled = new ArrayList<>(series);
    Collections.shuffle(shuffled, new Random(seed));
    assertEquals(TrajectoryJudgement.of(cdiff(), series),
        TrajectoryJudgement.of(cdiff(), shuffled));
  }

  /**
   * For either polarity, any plan, tolerance and return: the worse side is the polarity's (above
   * the plan when lower is better, below it when higher is better); a period is off trajectory
   * only when its deviation to the worse side is beyond the tolerance, not on it (003 §5.2.2);
   * and against a target of the same value the shortfall is that deviation when positive, the
   * target met otherwise (003 §5.1.1).
   */
  @Property
  void theWorseSideIsThePolaritysAndOnlyBeyondTheToleranceIsOff(@ForAll boolean lowerIsBetter,
      @ForAll @IntRange(min = 0, max = 10) int planned,
      @ForAll @IntRange(min = 0, max = 3) int tolerance,
      @ForAll @IntRange(min = 0, max = 10) int actual) {
    Polarity polarity = lowerIsBetter ? Polarity.LOWER_IS_BETTER : Polarity.HIGHER_IS_BETTER;
    IndicatorDefinition indicator = IndicatorDefinition.builder().from(cdiff()).polarity(polarity)
        .trajectory(Trajectory.builder().tolerance(tolerance)
            .addPoints(TrajectoryPoint.of(Period.month(2025, 1), planned)).build())
        .target(planned).build();
    int worse = lowerIsBetter ? actual - planned : planned - actual;
    TrajectoryJudgement t = TrajectoryJudgement.of(indicator, List.of(obs(1, actual)))
        .orElseThrow();
    assertEquals(worse, t.deviation());
    assertEquals(worse > tolerance, t.offTrajectory());
    assertEquals(worse > tolerance ? 1 : 0, t.periodsOff());
    TargetJudgement target = TargetJudgement.of(indicator, actual).orElseThrow();
    assertEquals(Math.max(0, worse), target.shortfall());
    assertEquals(worse <= 0, target.met());
  }
}
