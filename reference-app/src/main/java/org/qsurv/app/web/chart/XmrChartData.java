package org.qsurv.app.web.chart;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
 * @param steps the periods of limits when they were recalculated (MDC), the first from point 0,
 *     each with its own mean and limits; empty when the limits never step ({@code mean},
 *     {@code lowerLimit} and {@code upperLimit} are always those of the latest period of limits)
 * @param notes the annotations of the series, each at a point
 */
public record XmrChartData(String title, String valueLabel, ImmutableList<String> periods,
    ImmutableList<Double> values, ImmutableList<PointClass> classes, double mean,
    double lowerLimit, double upperLimit, OptionalDouble target, ImmutableList<Step> steps,
    ImmutableList<Note> notes) {

  /**
   * A period of limits: from the point {@code from} on, until the next step.
   *
   * @param from the index of its first point
   * @param mean its mean
   * @param lowerLimit its lower process limit
   * @param upperLimit its upper process limit
   * @param reason why the limits were recalculated there, in words ("" for the first)
   */
  public record Step(int from, double mean, double lowerLimit, double upperLimit, String reason) {
    public Step {
      Checks.finite("step mean", mean);
      Checks.finite("step lower limit", lowerLimit);
      Checks.finite("step upper limit", upperLimit);
      Objects.requireNonNull(reason, "step reason");
      Checks.check(lowerLimit <= mean && mean <= upperLimit, "a step must have lower limit <="
          + " mean <= upper limit but had " + lowerLimit + ", " + mean + ", " + upperLimit);
    }
  }

  /**
   * An annotation drawn at a point.
   *
   * @param at the index of the point it is drawn at
   * @param when the day or period it refers to, as written
   * @param text what it says, with its author
   */
  public record Note(int at, String when, String text) {
    public Note {
      Checks.notBlank("note when", when);
      Checks.notBlank("note text", text);
    }
  }

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
    Objects.requireNonNull(steps, "steps");
    Objects.requireNonNull(notes, "notes");
    for (int k = 0; k < steps.size(); k++) {
      int from = steps.get(k).from();
      Checks.check(k == 0 ? from == 0 : from > steps.get(k - 1).from() && from < periods.size(),
          "chart " + title + " must have its periods of limits from point 0 on, in order, but"
              + " period " + k + " started at " + from);
      Checks.check(k == 0 || !steps.get(k).reason().isBlank(), "chart " + title
          + " must give the reason for the recalculation at point " + from);
    }
    for (Note note : notes) {
      Checks.check(note.at() >= 0 && note.at() < periods.size(), "chart " + title
          + " must note a point from 0 to " + (periods.size() - 1) + " but noted " + note.at());
    }
  }

  /** The period of limits of point {@code i}; empty when the limits never step. */
  public Optional<Step> stepAt(int i) {
    Step at = null;
    for (Step step : steps) {
      if (step.from() <= i) {
        at = step;
      }
    }
    return Optional.ofNullable(at);
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
    private final List<Step> steps = new ArrayList<>();
    private final List<Note> notes = new ArrayList<>();

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

    /** Adds a period of limits (the first from point 0). */
    public Builder step(Step step) {
      steps.add(Objects.requireNonNull(step, "step"));
      return this;
    }

    /** Adds an annotation at a point. */
    public Builder note(Note note) {
      notes.add(Objects.requireNonNull(note, "note"));
      return this;
    }

    /**
     * The chart data.
     *
     * @throws IllegalArgumentException if it is not valid (see {@link XmrChartData})
     */
    public XmrChartData build() {
      return new XmrChartData(title, valueLabel, ImmutableList.copyOf(periods),
          ImmutableList.copyOf(values), ImmutableList.copyOf(classes), mean, lower, upper, target,
          ImmutableList.copyOf(steps), ImmutableList.copyOf(notes));
    }
  }
}
