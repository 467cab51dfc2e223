package org.qsurv.app.demo;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalDouble;
import org.qsurv.model.framework.QualityDomain;
import org.qsurv.model.indicator.Frequency;
import org.qsurv.model.indicator.IndicatorDefinition;
import org.qsurv.model.indicator.IndicatorId;
import org.qsurv.model.indicator.Polarity;
import org.qsurv.model.indicator.Thresholds;
import org.qsurv.model.organisation.ProviderKind;

/**
 * An indicator of the demo data set: its definition, which kinds of provider return it, and how
 * its values are made up (a typical level per kind, how providers differ from one another, the
 * month-to-month noise, a winter effect, and the range and precision values are reported in).
 */
record IndicatorSpec(
    IndicatorDefinition definition,
    ImmutableSet<ProviderKind> kinds,
    ImmutableMap<ProviderKind, Double> baseline,
    double spread,
    double noise,
    Noise distribution,
    double winter,
    int decimals,
    double min,
    double max) {

  IndicatorId id() {
    return definition.id();
  }

  double baselineFor(ProviderKind kind) {
    return baseline.get(kind);
  }

  static Builder define(String id, String name, QualityDomain domain, String unit,
      Polarity polarity, Frequency frequency) {
    return new Builder(IndicatorDefinition.builder().id(IndicatorId.of(id)).name(name)
        .domain(domain).unit(unit).polarity(polarity).frequency(frequency));
  }

  /** Builds a spec: the definition first, then the kinds and the noise. */
  static final class Builder {
    private final org.qsurv.model.indicator.IndicatorDefinition.Builder definition;
    private final Map<ProviderKind, Double> baseline = new EnumMap<>(ProviderKind.class);
    private double spread;
    private double noise;
    private Noise distribution = Noise.NORMAL;
    private double winter;
    private int decimals = 1;
    private double min = 0;
    private double max = Double.MAX_VALUE;
    private OptionalDouble defaultBaseline = OptionalDouble.empty();

    private Builder(org.qsurv.model.indicator.IndicatorDefinition.Builder definition) {
      this.definition = definition;
    }

    /** Red / amber / green thresholds (amber first). */
    Builder rag(double amber, double red) {
      definition.thresholds(Thresholds.of(amber, red));
      return this;
    }

    Builder target(double target) {
      definition.target(target);
      return this;
    }

    /** Normally distributed values around {@code mean}, reported to {@code decimals} places. */
    Builder normal(double mean, double sd, int decimals) {
      this.defaultBaseline = OptionalDouble.of(mean);
      this.noise = sd;
      this.decimals = decimals;
      this.distribution = Noise.NORMAL;
      return this;
    }

    /** Poisson counts with mean {@code rate}. */
    Builder poisson(double rate) {
      this.defaultBaseline = OptionalDouble.of(rate);
      this.distribution = Noise.POISSON;
      this.decimals = 0;
      return this;
    }

    /** A percentage: reported between 0 and 100. */
    Builder percent() {
      this.max = 100;
      return this;
    }

    /** How much one provider's usual level differs from another's (a standard deviation). */
    Builder spread(double sd) {
      this.spread = sd;
      return this;
    }

    /** How much worse (or higher) the level is in midwinter than in midsummer. */
    Builder winter(double amplitude) {
      this.winter = amplitude;
      return this;
    }

    Builder range(double min, double max) {
      this.min = min;
      this.max = max;
      return this;
    }

    /** The kinds that return it, at the default level. */
    Builder kinds(ProviderKind... kinds) {
      for (ProviderKind kind : kinds) {
        baseline.put(kind, defaultBaseline.orElseThrow());
      }
      return this;
    }

    /** A kind that returns it at its own level. */
    Builder kind(ProviderKind kind, double level) {
      baseline.put(kind, level);
      return this;
    }

    IndicatorSpec build() {
      return new IndicatorSpec(definition.build(), ImmutableSet.copyOf(baseline.keySet()),
          ImmutableMap.copyOf(baseline), spread, noise, distribution, winter, decimals, min, max);
    }
  }
}
