package org.qsurv.scoring.spc;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.Multimaps;
import java.util.Collection;
import java.util.TreeSet;
import org.immutables.value.Value;
import org.qsurv.model.QsurvStyle;
import org.qsurv.model.indicator.IndicatorId;
import org.qsurv.model.indicator.Period;
import org.qsurv.model.organisation.OrganisationCode;

/**
 * The SPC part of the scoring policy: the {@link SpcOptions} every series is charted with (rule
 * set, minimum points, fixed baseline) and the recalculations decided for particular indicators
 * and providers.
 *
 * <pre>{@code
 * SpcPolicy spc = SpcPolicy.builder()
 *     .options(SpcOptions.builder().ruleSet(SpcRuleSet.nhsrPlotTheDots()).build())
 *     .addRecalculations(Recalculation.builder().indicator(IndicatorId.of("shmi"))
 *         .provider(OrganisationCode.of("RH5")).from(Period.parse("2024-04"))
 *         .reason("Merged with Yeovil District Hospital").build())
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@QsurvStyle
@JsonSerialize(as = ImmutableSpcPolicy.class)
@JsonDeserialize(as = ImmutableSpcPolicy.class)
public abstract class SpcPolicy {
  /** The options for every series; by default {@link SpcOptions#defaults()}. */
  @Value.Default
  public SpcOptions options() {
    return SpcOptions.defaults();
  }

  /** Decided recalculations of limits. */
  public abstract ImmutableList<Recalculation> recalculations();

  @JsonIgnore
  @Value.Lazy
  ImmutableListMultimap<IndicatorId, Recalculation> byIndicator() {
    return Multimaps.index(recalculations(), Recalculation::indicator);
  }

  /**
   * The options for {@code provider}'s series of {@code indicator}: {@link #options()} with the
   * recalculations that apply to it added to {@link SpcOptions#recalculateFrom()}.
   */
  public SpcOptions optionsFor(OrganisationCode provider, IndicatorId indicator) {
    return optionsFor(provider, indicator, ImmutableList.of());
  }

  /**
   * The options for {@code provider}'s series of {@code indicator} with {@code recorded}, the
   * periods a snapshot records this series' limits as recalculated from, as well: the chart steps
   * at every period the policy or the record names (a period named by both is one step), as
   * PTD's {@code rebase} does with the union of the dates.
   *
   * @since 1.0.0
   */
  public SpcOptions optionsFor(OrganisationCode provider, IndicatorId indicator,
      Collection<Period> recorded) {
    ImmutableList<Recalculation> candidates = byIndicator().get(indicator);
    if (candidates.isEmpty() && recorded.isEmpty()) {
      return options();
    }
    TreeSet<Period> from = new TreeSet<>(options().recalculateFrom());
    boolean any = false;
    for (Recalculation r : candidates) {
      if (r.provider().isEmpty() || r.provider().get().equals(provider)) {
        any |= from.add(r.from());
      }
    }
    for (Period p : recorded) {
      any |= from.add(p);
    }
    return any ? SpcOptions.builder().from(options()).recalculateFrom(from).build() : options();
  }

  /**
   * The policy's recalculations of {@code provider}'s series of {@code indicator}: those for that
   * provider and those for every provider, in policy order.
   *
   * @since 1.0.0
   */
  public ImmutableList<Recalculation> recalculationsFor(OrganisationCode provider,
      IndicatorId indicator) {
    ImmutableList.Builder<Recalculation> applying = ImmutableList.builder();
    for (Recalculation r : byIndicator().get(indicator)) {
      if (r.provider().isEmpty() || r.provider().get().equals(provider)) {
        applying.add(r);
      }
    }
    return applying.build();
  }

  /** The defaults: {@link SpcOptions#defaults()} and no recalculations. */
  public static SpcPolicy nhsDefaults() {
    return builder().build();
  }

  /**
   * A builder for the SPC policy: every attribute is optional; unset, it is {@link #nhsDefaults()}.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link SpcPolicy}: every setter returns this builder, and {@code build()}
   * returns the checked value.
   *
   * @since 1.0.0
   */
  public static final class Builder extends ImmutableSpcPolicy.Builder {}
}
