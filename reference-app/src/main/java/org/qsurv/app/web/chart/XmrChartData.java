package org.qsurv.app.web.chart;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.qsurv.model.Checks;

/**
 * What an XmR chart shows (MDC): a series of periods and values, each
 * point classified, the mean and the upper and lower process limits, and optionally a target. The
 * numbers are computed elsewhere ({@code quality-scoring}); this value only carries them to {@link
 * XmrChart}.
 *
 * <pre>{@code
 * XmrChartData data = XmrChartData.builder("Summary Hospital-level Mortality Indicator", "ratio")
 *     .point("2025-04", 1.01, PointClass.COMMON)
 *     .point("2025-05", 1.18, PointClass.CONCERN)
 *     .mean(1.02).limits(0.91, 1.13).target(1.0)
 *     .build();
 * }</pre>
 *
 * @param title what is measured, the chart's title
 * @param valueLabel the unit or name of the value axis
 * @param periods the periods, in order, as they are to be read ({@code 2025-06}, {@code 2025-Q2})
 * @param values the values, one per period, finite
 * @param classes the classification of each point
 * @param mean the mean line
 * @param lowerLimit the lower process limit, at most the mean
 * @param upperLimit the upper process limit, at least the mean
 * @param target the target, if the indicator has one
 */
public record XmrChartData(String title, String valueLabel, ImmutableList<String> periods,
    ImmutableList<Double> values, ImmutableList<PointClass> classes, double mean,
    double lowerLimit, double upperLimit, OptionalDouble target) {

  /** Validates: one value and class per period, at least one point, finite ordered lines. */
  public XmrChartData {
    Checks.notBlank("chart title", title);
    Checks.notBlank("chart value label", valueLabel);
    Objects.requireNonNull(periods, "periods");
    Objects.requireNonNull(values, "values");
    Objects.requireNonNull(classes, "classes");
    Objects.requireNonNull(target, "target");
    Checks.check(!periods.isEmpty(), "chart " + title + " must have at least one point");
    Checks.check(values.size() == periods.size() && classes.size() == periods.size(),
        "chart " + title + " must have one value and one class per period but had "
            + periods.size() + " periods, " + values.size() + " values and " + classes.size()
            + " classes");
    for (int i = 0; i < periods.size(); i++) {
      Checks.notBlank("chart period " + i, periods.get(i));
      Checks.finite("chart value for " + periods.get(i), values.get(i));
    }
    Checks.finite("chart mean", mean);
    Checks.finite("chart lower limit", lowerLimit);
    Checks.finite("chart upper limit", upperLimit);
    target.ifPresent(t -> Checks.finite("chart target", t));
    Checks.check(lowerLimit <= mean && mean <= upperLimit, "chart " + title
        + " must have lower limit <= mean <= upper limit but had " + lowerLimit + ", " + mean
        + ", " + upperLimit);
  }

  /** Starts a chart of {@code title}, with values in {@code valueLabel}. */
  public static Builder builder(String title, String valueLabel) {
    return new Builder(title, valueLabel);
  }

  /** The number of points. */
  public int size() {
    return periods.size();
  }

  /** Builds {@link XmrChartData} point by point. */
  public static final class Builder {
    private final String title;
    private final String valueLabel;
    private final List<String> periods = new ArrayList<>();
    private final List<Double> values = new ArrayList<>();
    private final List<PointClass> classes = new ArrayList<>();
    private double mean = Double.NaN;
    private double lower = Double.NaN;
    private double upper = Double.NaN;
    private OptionalDouble target = OptionalDouble.empty();

    private Builder(String title, String valueLabel) {
      this.title = title;
      this.valueLabel = valueLabel;
    }

    /** Adds the next point. */
    public Builder point(String period, double value, PointClass pointClass) {
      periods.add(period);
      values.add(value);
      classes.add(Objects.requireNonNull(pointClass, "pointClass"));
      return this;
    }

    /** Sets the mean line. */
    public Builder mean(double value) {
      mean = value;
      return this;
    }

    /** Sets the lower and upper process limits. */
    public Builder limits(double lowerLimit, double upperLimit) {
      lower = lowerLimit;
      upper = upperLimit;
      return this;
    }

    /** Sets the target. */
    public Builder target(double value) {
      target = OptionalDouble.of(value);
      return this;
    }

    /**
     * The chart data.
     *
     * @throws IllegalArgumentException if it is not valid (see {@link XmrChartData})
     */
    public XmrChartData build() {
      return new XmrChartData(title, valueLabel, ImmutableList.copyOf(periods),
          ImmutableList.copyOf(values), ImmutableList.copyOf(classes), mean, lower, upper, target);
    }
  }
}
