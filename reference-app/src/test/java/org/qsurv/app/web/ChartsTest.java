package org.qsurv.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.qsurv.app.web.chart.XmrChartData;
import org.qsurv.scoring.spc.SpcPolicy;
import org.qsurv.model.framework.QualityDomain;
import org.qsurv.model.indicator.Frequency;
import org.qsurv.model.indicator.IndicatorAnnotation;
import org.qsurv.model.indicator.IndicatorDefinition;
import org.qsurv.model.indicator.IndicatorId;
import org.qsurv.model.indicator.LimitsRecalculation;
import org.qsurv.model.indicator.Observation;
import org.qsurv.model.indicator.Period;
import org.qsurv.model.indicator.Polarity;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.scoring.policy.ScoringPolicy;
import org.qsurv.scoring.spc.ProcessLimits;
import org.qsurv.scoring.spc.XmrChart;

/**
 * The web chart steps where the assessment does (H34, H45; MDC: limits recalculated at a recorded
 * change): for any series and any recorded recalculations, its periods of limits start at the
 * points the scoring chart recalculates from, each with that chart's mean and limits and the
 * recorded reason; each annotation is drawn at the latest point on or before its day.
 */
class ChartsTest {
  private static final OrganisationCode PROVIDER = OrganisationCode.of("RH5");
  private static final IndicatorDefinition INDICATOR = IndicatorDefinition.builder()
      .id(IndicatorId.of("shmi")).name("SHMI").domain(QualityDomain.SAFE).unit("ratio")
      .polarity(Polarity.LOWER_IS_BETTER).frequency(Frequency.MONTHLY).build();

  @Property(tries = 300)
  void theChartStepsAtTheRecordedRecalculationsAsTheScoringChartDoes(
      @ForAll @Size(min = 2, max = 40) List<@DoubleRange(min = 0, max = 100) Double> values,
      @ForAll @Size(max = 3) List<@IntRange(min = 1, max = 39) Integer> steps,
      @ForAll @IntRange(min = 0, max = 45) int noteMonth) {
    Period first = Period.month(2022, 7);
    List<Observation> series = new ArrayList<>();
    List<Period> periods = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      series.add(Observation.of(PROVIDER, INDICATOR.id(), first.plus(i), values.get(i)));
      periods.add(first.plus(i));
    }
    List<LimitsRecalculation> recorded = steps.stream().distinct()
        .map(k -> new LimitsRecalculation(PROVIDER, INDICATOR.id(), first.plus(k),
            "change " + k, Optional.empty())).toList();
    IndicatorAnnotation note = IndicatorAnnotation.onPeriod(PROVIDER, INDICATOR.id(),
        first.plus(noteMonth), "note", "analyst");

    XmrChartData data = Charts.of(SpcPolicy.nhsDefaults(), PROVIDER, INDICATOR, series, recorded,
        List.of(note))
        .orElseThrow();

    double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
    XmrChart chart = XmrChart.of(periods, v, INDICATOR.polarity(), ScoringPolicy.nhsDefaults()
        .spc().optionsFor(PROVIDER, INDICATOR.id(), recorded.stream()
            .map(LimitsRecalculation::from).toList()));
    List<Integer> starts = chart.recalculationPoints();
    if (starts.size() < 2) {
      assertEquals(List.of(), data.steps(), "no step where the scoring chart has none");
    } else {
      assertEquals(starts, data.steps().stream().map(XmrChartData.Step::from).toList());
      for (XmrChartData.Step step : data.steps()) {
        Optional<ProcessLimits> limits = chart.limits(step.from());
        limits.ifPresent(l -> assertEquals(l.mean(), step.mean(), 1e-9));
        if (step.from() > 0) {
          Period at = periods.get(step.from());
          assertTrue(step.reason().startsWith("change "), step.reason());
          int k = Integer.parseInt(step.reason().substring("change ".length()));
          assertTrue(first.plus(k).compareTo(at) <= 0, "the reason of a recalculation at or"
              + " before the step");
        }
      }
    }
    int expected = Math.min(noteMonth, values.size() - 1);
    assertEquals(List.of(expected), data.notes().stream().map(XmrChartData.Note::at).toList());
  }
}
