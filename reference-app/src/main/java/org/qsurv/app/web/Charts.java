package org.qsurv.app.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.qsurv.app.web.chart.Direction;
import org.qsurv.app.web.chart.PointClass;
import org.qsurv.app.web.chart.XmrChartData;
import org.qsurv.model.indicator.IndicatorAnnotation;
import org.qsurv.model.indicator.IndicatorDefinition;
import org.qsurv.model.indicator.LimitsRecalculation;
import org.qsurv.model.indicator.Observation;
import org.qsurv.model.indicator.Period;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.scoring.spc.SpcPolicy;
import org.qsurv.scoring.spc.ProcessLimits;
import org.qsurv.scoring.spc.Recalculation;
import org.qsurv.scoring.spc.Variation;
import org.qsurv.scoring.spc.XmrChart;

/**
 * The SPC chart of one provider's indicator, computed by the scoring module's {@link XmrChart}
 * (MDC: limits, each point's variation) and turned into what the SVG chart draws.
 */
final class Charts {

  private Charts() {}

  /**
   * The chart, or empty when the series has no values: its limits step at each recalculation of
   * this series recorded (and at the policy's, as the assessment does: H34), each period of limits
   * with the reason it started; each annotation of the series is drawn at the point of its day or
   * period (the latest point on or before it, the first point if it is earlier than them all).
   */
  static Optional<XmrChartData> of(SpcPolicy policy, OrganisationCode provider,
      IndicatorDefinition indicator, List<Observation> series,
      List<LimitsRecalculation> recalculations, List<IndicatorAnnotation> annotations) {
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
    List<LimitsRecalculation> recorded = recalculations.stream()
        .filter(r -> r.provider().equals(provider) && r.indicator().equals(indicator.id()))
        .toList();
    XmrChart chart = XmrChart.of(periods, v, indicator.polarity(),
        policy.optionsFor(provider, indicator.id(),
            recorded.stream().map(LimitsRecalculation::from).toList()));
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
    List<Integer> starts = chart.recalculationPoints();
    if (starts.size() > 1) {
      for (int start : starts) {
        Period from = periods.get(start);
        String reason = start == 0 ? "" : reason(policy, provider, indicator, recorded, from);
        ProcessLimits l = chart.limits(start).orElse(null);
        if (l == null) {
          b.step(new XmrChartData.Step(start, v[start], v[start], v[start], reason));
        } else {
          b.step(new XmrChartData.Step(start, l.mean(), Math.min(l.lowerProcessLimit(), l.mean()),
              Math.max(l.upperProcessLimit(), l.mean()), reason));
        }
      }
    }
    annotations.stream()
        .filter(a -> a.provider().equals(provider) && a.indicator().equals(indicator.id()))
        .sorted(Comparator.comparing(IndicatorAnnotation::on))
        .forEach(a -> b.note(new XmrChartData.Note(pointOf(periods, a.on()),
            a.period().map(Period::toString).orElseGet(() -> a.date().orElseThrow().toString()),
            a.text() + " (" + a.author() + ")")));
    return Optional.of(b.build());
  }

  /**
   * Why the limits start again at the point of period {@code at}: the latest recalculation from a
   * period on or before it (a recalculation from a period with no value starts at the next point),
   * the recorded one where it and the policy's name the same period, as the assessment applies
   * them.
   */
  private static String reason(SpcPolicy spc, OrganisationCode provider, IndicatorDefinition indicator,
      List<LimitsRecalculation> recorded, Period at) {
    Optional<LimitsRecalculation> mine = recorded.stream()
        .filter(r -> r.from().compareTo(at) <= 0).max(Comparator.comparing(
            LimitsRecalculation::from));
    Optional<Recalculation> policy = spc.recalculationsFor(provider, indicator.id())
        .stream().filter(r -> r.from().compareTo(at) <= 0)
        .max(Comparator.comparing(Recalculation::from));
    if (mine.isPresent() && (policy.isEmpty()
        || mine.get().from().compareTo(policy.get().from()) >= 0)) {
      return mine.get().reason() + mine.get().recordedBy().map(by -> " (recorded by " + by + ")")
          .orElse("");
    }
    return policy.map(r -> r.reason() + " (scoring policy)")
        .orElse("recalculated by the scoring policy");
  }

  /** The index of the latest period that starts on or before {@code day}; 0 if none does. */
  private static int pointOf(List<Period> periods, LocalDate day) {
    int at = 0;
    for (int i = 0; i < periods.size(); i++) {
      if (!periods.get(i).start().isAfter(day)) {
        at = i;
      }
    }
    return at;
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
