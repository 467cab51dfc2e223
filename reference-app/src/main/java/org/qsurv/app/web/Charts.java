package org.qsurv.app.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.qsurv.app.web.chart.Direction;
import org.qsurv.app.web.chart.PointClass;
import org.qsurv.app.web.chart.XmrChartData;
import org.qsurv.model.indicator.IndicatorDefinition;
import org.qsurv.model.indicator.Observation;
import org.qsurv.model.indicator.Period;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.scoring.policy.ScoringPolicy;
import org.qsurv.scoring.spc.ProcessLimits;
import org.qsurv.scoring.spc.Variation;
import org.qsurv.scoring.spc.XmrChart;

/**
 * The SPC chart of one provider's indicator, computed by the scoring module's {@link XmrChart}
 * (MDC: limits, each point's variation) and turned into what the SVG chart draws.
 */
final class Charts {
  private static final ScoringPolicy POLICY = ScoringPolicy.nhsDefaults();

  private Charts() {}

  /** The chart, or empty when the series has no values. */
  static Optional<XmrChartData> of(OrganisationCode provider, IndicatorDefinition indicator,
      List<Observation> series) {
    List<Period> periods = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    for (Observation o : series) {
      if (o.value().isPresent()) {
        periods.add(o.period());
        values.add(o.value().getAsDouble());
      }
    }
    if (values.isEmpty()) {
      return Optional.empty();
    }
    double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
    XmrChart chart = XmrChart.of(periods, v, indicator.polarity(),
        POLICY.spc().optionsFor(provider, indicator.id()));
    XmrChartData.Builder b = XmrChartData.builder(indicator.name(), indicator.unit());
    for (int i = 0; i < v.length; i++) {
      b.point(periods.get(i).toString(), v[i], pointClass(chart.variation(i)));
    }
    Optional<ProcessLimits> limits = chart.limits(v.length - 1);
    if (limits.isPresent()) {
      b.mean(limits.get().mean()).limits(
          Math.min(limits.get().lowerProcessLimit(), limits.get().mean()),
          Math.max(limits.get().upperProcessLimit(), limits.get().mean()));
    } else {
      double mean = values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
      b.mean(mean).limits(mean, mean);
    }
    indicator.target().ifPresent(b::target);
    return Optional.of(b.build());
  }

  static PointClass pointClass(Variation variation) {
    return switch (variation) {
      case SPECIAL_CAUSE_CONCERN -> PointClass.CONCERN;
      case SPECIAL_CAUSE_IMPROVEMENT -> PointClass.IMPROVEMENT;
      case SPECIAL_CAUSE_NEUTRAL -> PointClass.NEUTRAL;
      default -> PointClass.COMMON;
    };
  }

  static org.qsurv.app.web.chart.Variation variation(Variation variation) {
    return org.qsurv.app.web.chart.Variation.valueOf(variation.name());
  }

  static org.qsurv.app.web.chart.Assurance assurance(
      org.qsurv.scoring.spc.Assurance assurance) {
    return org.qsurv.app.web.chart.Assurance.valueOf(assurance.name());
  }

  static Optional<Direction> direction(double latest, Optional<ProcessLimits> limits) {
    return limits.map(l -> latest >= l.mean() ? Direction.HIGHER : Direction.LOWER);
  }
}
