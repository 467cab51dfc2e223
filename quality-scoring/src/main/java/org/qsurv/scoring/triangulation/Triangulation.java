package org.qsurv.scoring.triangulation;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qsurv.model.framework.QualityDomain;
import org.qsurv.model.intelligence.IntelligenceItem;
import org.qsurv.model.intelligence.Nature;
import org.qsurv.model.organisation.ProviderKind;
import org.qsurv.scoring.trigger.IndicatorSignal;
import org.qsurv.scoring.trigger.Triggers;

/**
 * Triangulates hard and soft intelligence about a provider by quality domain (000 §6.9; 002
 * footnote 14: cross-checking a concern across independent sources; 000 §6.9: hard and soft
 * intelligence in one system). Indicators of concern (red, or special-cause concern) are one more
 * independent, hard source.
 *
 * <p>Each item weighs its nature's weight, halved every {@link TriangulationPolicy#halfLifeDays()}
 * since it was received; soft intelligence weighs more for providers that send no routine data
 * (003 §5.3). Items are grouped by independent source ({@link TriangulationPolicy#groupOf}); a
 * group of weight {@code w} adds {@code w / (1 + w)} to the domain's score. So three complaints
 * from one channel add at most 0.75, while a complaint, a whistleblower and a coroner add 1.5.
 *
 * <pre>{@code
 * ImmutableList<DomainConcern> byDomain = Triangulation.of(asOf, ProviderKind.CARE_HOME,
 *     intelligence, indicatorSignals, TriangulationPolicy.nhsDefaults());
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Triangulation {
  /** The source group of indicators of concern. */
  public static final String INDICATORS = Triggers.INDICATORS;

  private Triangulation() {}

  /**
   * The concern in each of the six domains, in {@link QualityDomain} order.
   *
   * @param intelligence the provider's intelligence; items received after {@code asOf} or before
   *     the look-back are left out
   * @param indicators the latest reading of the provider's indicators
   */
  public static ImmutableList<DomainConcern> of(LocalDate asOf, ProviderKind kind,
      List<IntelligenceItem> intelligence, List<IndicatorSignal> indicators,
      TriangulationPolicy policy) {
    int domains = QualityDomain.values().length;
    List<Map<String, double[]>> groups = new ArrayList<>(domains);
    List<List<String>> evidence = new ArrayList<>(domains);
    for (int d = 0; d < domains; d++) {
      groups.add(new LinkedHashMap<>());
      evidence.add(new ArrayList<>());
    }
    LocalDate from = asOf.minusMonths(policy.lookBackMonths());
    double soft = policy.softWeight()
        * (kind.sendsRoutineData() ? 1.0 : policy.softWeightWithoutRoutineData());
    for (IntelligenceItem item : intelligence) {
      // Praise, neutral news and items triaged away are not concern (see IntelligenceItem.countsOn).
      if (item.received().isAfter(asOf) || item.received().isBefore(from)
          || !item.countsOn(asOf)) {
        continue;
      }
      double age = ChronoUnit.DAYS.between(item.received(), asOf);
      double weight = (item.nature() == Nature.HARD ? policy.hardWeight() : soft)
          * Math.pow(0.5, age / policy.halfLifeDays());
      int d = item.domain().ordinal();
      groups.get(d).computeIfAbsent(policy.groupOf(item.source()), g -> new double[1])[0] +=
          weight;
      evidence.get(d).add(item.id().value());
    }
    for (IndicatorSignal s : indicators) {
      if (s.ofConcern()) {
        int d = s.domain().ordinal();
        groups.get(d).computeIfAbsent(INDICATORS, g -> new double[1])[0] +=
            policy.indicatorWeight();
        evidence.get(d).add(s.indicator().value());
      }
    }
    ImmutableList.Builder<DomainConcern> concerns = ImmutableList.builder();
    for (QualityDomain domain : QualityDomain.values()) {
      Map<String, double[]> g = groups.get(domain.ordinal());
      double score = 0;
      for (double[] w : g.values()) {
        score += w[0] / (1 + w[0]);
      }
      List<String> sources = new ArrayList<>(g.keySet());
      sources.sort((a, b) -> Double.compare(g.get(b)[0], g.get(a)[0]));
      concerns.add(DomainConcern.builder().domain(domain).score(score)
          .level(level(score, policy)).sources(sources).evidence(evidence.get(domain.ordinal()))
          .build());
    }
    return concerns.build();
  }

  static ConcernLevel level(double score, TriangulationPolicy policy) {
    if (score <= 0) {
      return ConcernLevel.NONE;
    }
    if (score >= policy.highFrom()) {
      return ConcernLevel.HIGH;
    }
    return score >= policy.mediumFrom() ? ConcernLevel.MEDIUM : ConcernLevel.LOW;
  }
}
