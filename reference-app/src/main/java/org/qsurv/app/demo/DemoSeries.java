package org.qsurv.app.demo;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.qsurv.model.indicator.Frequency;
import org.qsurv.model.indicator.IndicatorId;
import org.qsurv.model.indicator.Observation;
import org.qsurv.model.indicator.Period;
import org.qsurv.model.organisation.Provider;

/**
 * The 36 months of indicator returns of the demo system. Each provider's series of each indicator
 * has its own random stream (derived from the seed, the provider and the indicator), so a series
 * does not change when another is added. Values scatter around the provider's usual level, higher
 * or lower in winter, except where a story bends them ({@link Shape}); small providers send
 * returns irregularly or not at all (003 §5.3: monitoring "proportionate to the size of the
 * organisation").
 */
final class DemoSeries {
  static final Period FIRST_MONTH = Period.month(2022, 7);
  static final int MONTHS = 36;

  private final long seed;
  private final Cast cast;
  private final ImmutableList<IndicatorSpec> specs;
  private final Map<String, Shape> shapes = new HashMap<>();
  private final Map<String, Double> fixed = new HashMap<>();
  private final Set<String> absent = new HashSet<>();

  DemoSeries(long seed, Cast cast, ImmutableList<IndicatorSpec> specs) {
    this.seed = seed;
    this.cast = cast;
    this.specs = specs;
    tellStories();
  }

  /** Month {@code index} of the data set: 0 is July 2022, 35 June 2025. */
  static Period month(int index) {
    return FIRST_MONTH.plus(index);
  }

  private void shape(Provider p, String indicator, Shape shape) {
    shapes.put(p.code() + "|" + indicator, shape);
  }

  private void fix(Provider p, String indicator, int month, double value) {
    fixed.put(p.code() + "|" + indicator + "|" + month, value);
  }

  private void tellStories() {
    // The acute trust's mortality rises from mid-2024: SHMI crosses amber late in 2024 and keeps
    // climbing, with two never events in a quarter and night nurse staffing falling (003 §5.2.1
    // triggers: "high mortality", "multiple never events").
    Provider acute = cast.acute;
    shape(acute, "shmi", new Shape().at(0, 0.99).at(23, 0.992).at(35, 1.135));
    shape(acute, "hsmr", new Shape().at(0, 98).at(23, 99).at(35, 114));
    shape(acute, "rn-vacancy", new Shape().at(0, 7.2).at(20, 7.4).at(35, 11.6));
    shape(acute, "falls-harm", new Shape().at(0, 0.14).at(24, 0.15).at(35, 0.2));
    shape(acute, "sickness-absence", new Shape().at(0, 4.6).at(24, 4.7).at(35, 5.4));
    for (int m = 0; m < MONTHS; m++) {
      fix(acute, "never-events", m, m == 27 || m == 29 ? 1 : 0);
    }

    // The community and mental health trust improves under enhanced surveillance from September
    // 2023 and stays good after stepping down in November 2024.
    Provider mh = cast.mentalHealth;
    shape(mh, "oap-bed-days", new Shape().at(0, 430, 45).at(14, 440, 45).at(22, 40, 12)
        .at(35, 20, 8));
    shape(mh, "followup-72h", new Shape().at(0, 73, 2.5).at(14, 73, 2.5).at(22, 87, 1.5)
        .at(35, 88, 1.5));
    shape(mh, "restrictive-practice", new Shape().at(0, 25, 2.5).at(14, 25, 2.5)
        .at(24, 14, 1.5).at(35, 13, 1.5));
    shape(mh, "prone-restraint", new Shape().at(0, 1.6).at(14, 1.6).at(22, 0.2).at(35, 0.1));
    shape(mh, "fft-community", new Shape().at(0, 93.5).at(14, 92.5).at(26, 95).at(35, 95.5));
    shape(mh, "mh-bed-occupancy", new Shape().at(0, 94).at(14, 94.5).at(24, 88).at(35, 87));

    // The ambulance trust: Category 2 waits and handover delays grow until NHS England escalates
    // it to intensive support in February 2025.
    Provider ambulance = cast.ambulance;
    shape(ambulance, "cat2-mean", new Shape().at(0, 36).at(18, 41).at(31, 50).at(35, 44));
    shape(ambulance, "handovers-60m", new Shape().at(0, 120, 25).at(31, 200, 30)
        .at(35, 170, 30));
    shape(ambulance, "cat1-mean", new Shape().at(0, 8.5).at(31, 9.0).at(35, 8.8));
    absent.add(ambulance.code() + "|stroke-bundle|" + 34);

    // The care home: safeguarding concerns cluster in autumn 2024 as staffing collapses.
    Provider home = cast.troubledHome;
    shape(home, "ch-falls", new Shape().at(0, 6).at(24, 6.2).at(28, 11).at(32, 7.5).at(35, 6.5));
    shape(home, "ch-staff-turnover", new Shape().at(0, 28).at(22, 30).at(28, 44).at(35, 36));
    shape(home, "ch-agency", new Shape().at(0, 9).at(22, 12).at(28, 27).at(35, 18));
    shape(home, "ch-training", new Shape().at(0, 89).at(22, 86).at(28, 72).at(35, 84));
    shape(home, "safeguarding-concerns", new Shape().at(0, 0.2).at(25, 0.3).at(31, 0.6)
        .at(35, 0.3));
    double[] concerns = {2, 4, 5, 3, 2};
    for (int i = 0; i < concerns.length; i++) {
      fix(home, "safeguarding-concerns", 26 + i, concerns[i]);
    }

    // The practice whose access collapses over the winter of 2024/25.
    Provider gp = cast.strugglingPractice;
    shape(gp, "gp-appt-2w", new Shape().at(0, 86).at(26, 85).at(30, 68).at(32, 70).at(35, 79));
    shape(gp, "gp-fft", new Shape().at(0, 90).at(26, 89).at(31, 74).at(35, 83));
    shape(gp, "gp-complaints", new Shape().at(0, 1).at(26, 1).at(30, 6).at(32, 4).at(35, 2));
    shape(gp, "gp-same-day", new Shape().at(0, 42).at(26, 40).at(30, 28).at(35, 36));
  }

  ImmutableList<Observation> generate() {
    ImmutableList.Builder<Observation> all = ImmutableList.builder();
    for (Provider provider : cast.all()) {
      Returns returns = returnsOf(provider);
      for (IndicatorSpec spec : specs) {
        if (spec.kinds().contains(provider.kind()) && returns.indicators.contains(spec.id())) {
          series(provider, spec, returns, all);
        }
      }
    }
    return all.build();
  }

  /** Which indicators a provider returns, and how reliably. */
  private static final class Returns {
    final double rate;
    final Set<IndicatorId> indicators;
    final int lastMonth;

    Returns(double rate, Set<IndicatorId> indicators, int lastMonth) {
      this.rate = rate;
      this.indicators = indicators;
      this.lastMonth = lastMonth;
    }
  }

  private Returns returnsOf(Provider provider) {
    Set<IndicatorId> every = new HashSet<>();
    specs.stream().filter(s -> s.kinds().contains(provider.kind())).forEach(s -> every.add(s.id()));
    if (provider.equals(cast.silentPractice)) {
      return new Returns(0.98, every, 32);
    }
    switch (provider.kind()) {
      case GP_PRACTICE:
        return new Returns(0.985, every, MONTHS - 1);
      case HOSPICE:
        return new Returns(0.96, every, MONTHS - 1);
      case CARE_HOME:
        return provider.equals(cast.troubledHome) ? new Returns(0.97, every, MONTHS - 1)
            : careHomeReturns(provider, every);
      default:
        return new Returns(1.0, every, MONTHS - 1);
    }
  }

  /**
   * Care homes send what they can: a fifth send nothing, the rest a subset of the indicators,
   * some most months and some rarely.
   */
  private Returns careHomeReturns(Provider home, Set<IndicatorId> every) {
    SplittableRandom random = new SplittableRandom(mix(seed, home.code().value(), "returns"));
    double r = random.nextDouble();
    double rate = r < 0.2 ? 0 : r < 0.5 ? 0.35 : r < 0.8 ? 0.7 : 0.95;
    List<IndicatorId> ids = new ArrayList<>();
    specs.stream().filter(s -> every.contains(s.id())).forEach(s -> ids.add(s.id()));
    int keep = 5 + random.nextInt(ids.size() - 4);
    Set<IndicatorId> chosen = new HashSet<>();
    while (chosen.size() < keep) {
      chosen.add(ids.get(random.nextInt(ids.size())));
    }
    return new Returns(rate, chosen, MONTHS - 1);
  }

  private void series(Provider provider, IndicatorSpec spec, Returns returns,
      ImmutableList.Builder<Observation> out) {
    SplittableRandom random = new SplittableRandom(mix(seed, provider.code().value(),
        spec.id().value()));
    String key = provider.code() + "|" + spec.id();
    Shape shape = shapes.get(key);
    double level = spec.baselineFor(provider.kind()) + spec.spread() * random.nextGaussian();
    if (spec.id().value().equals("gp-list-size")) {
      level = Math.max(spec.min(), level);
    }
    boolean quarterly = spec.definition().frequency() == Frequency.QUARTERLY;
    int periods = quarterly ? MONTHS / 3 : MONTHS;
    for (int i = 0; i < periods; i++) {
      int month = quarterly ? 3 * i + 1 : i;
      Period period = quarterly ? Period.containing(month(month).start(), Frequency.QUARTERLY)
          : month(month);
      // Each period has a stream of its own, drawn whether or not the return is sent, so that a
      // gap does not shift the values after it.
      SplittableRandom draw = random.split();
      boolean sent = draw.nextDouble() < returns.rate;
      if (!sent || month > returns.lastMonth || absent.contains(key + "|" + month)) {
        continue;
      }
      Double value = quarterly ? null : fixed.get(key + "|" + month);
      if (value == null) {
        value = sample(spec, shape, level, month, draw);
      }
      out.add(Observation.of(provider.code(), spec.id(), period, value));
    }
  }

  private static double sample(IndicatorSpec spec, Shape shape, double level, int month,
      SplittableRandom random) {
    double mean = shape != null ? shape.mean(month) : level;
    if (spec.id().value().equals("gp-list-size") || spec.id().value().equals("cyp-access")) {
      mean *= 1 + 0.0015 * month; // slow growth in population served
    }
    // Zero in July, the full amplitude in January.
    double season = (Math.cos(2 * Math.PI * (month(month).index() - 1) / 12.0) + 1) / 2;
    mean += spec.winter() * season;
    double value;
    if (spec.distribution() == Noise.POISSON) {
      value = poisson(Math.max(0, mean), random);
    } else {
      double sd = shape != null && !Double.isNaN(shape.sd(month)) ? shape.sd(month) : spec.noise();
      value = mean + sd * random.nextGaussian();
    }
    value = Math.max(spec.min(), Math.min(spec.max(), value));
    double scale = Math.pow(10, spec.decimals());
    return Math.round(value * scale) / scale;
  }

  /**
   * A Poisson count (Knuth's method; a normal approximation for large rates): the demo's monthly
   * incidents here, and its intelligence items in {@link DemoIntelligence}.
   */
  static long poisson(double rate, SplittableRandom random) {
    if (rate > 30) {
      return Math.max(0, Math.round(rate + Math.sqrt(rate) * random.nextGaussian()));
    }
    double limit = Math.exp(-rate);
    double product = random.nextDouble();
    int k = 0;
    while (product > limit) {
      k++;
      product *= random.nextDouble();
    }
    return k;
  }

  /** A seed for one stream, mixed from the data set's seed and names. */
  static long mix(long seed, String... names) {
    long h = seed * 0x9E3779B97F4A7C15L;
    for (String name : names) {
      for (int i = 0; i < name.length(); i++) {
        h = (h ^ name.charAt(i)) * 0x100000001B3L;
      }
      h = Long.rotateLeft(h, 29) ^ 0x5851F42D4C957F2DL;
    }
    return h;
  }
}
