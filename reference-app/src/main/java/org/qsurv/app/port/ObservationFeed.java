package org.qsurv.app.port;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.qsurv.model.indicator.IndicatorDefinition;
import org.qsurv.model.indicator.IndicatorId;
import org.qsurv.model.indicator.Observation;
import org.qsurv.model.organisation.OrganisationCode;

/**
 * The feed of routine monitoring data: what is measured (indicator definitions, 003 §5.1.1) and
 * each provider's returns, month by month or quarter by quarter (003 §5.1.1). Read-only: an ICB
 * that embeds qsurv usually backs this with its own data warehouse; the reference application fills
 * its own tables by import ({@link ImportSink}).
 *
 * <pre>{@code
 * IndicatorDefinition shmi = feed.indicator(IndicatorId.of("shmi")).orElseThrow();
 * ImmutableList<Observation> series = feed.series(OrganisationCode.of("RH5"), shmi.id());
 * }</pre>
 */
public interface ObservationFeed {
  /** Every indicator definition, in the order first recorded. */
  ImmutableList<IndicatorDefinition> indicators();

  /** The indicator with this id, if defined. */
  Optional<IndicatorDefinition> indicator(IndicatorId id);

  /** A provider's observations, by indicator (in {@link #indicators()} order) then period. */
  ImmutableList<Observation> observations(OrganisationCode provider);

  /** A provider's observations of one indicator, oldest period first. */
  ImmutableList<Observation> series(OrganisationCode provider, IndicatorId indicator);

  /**
   * Passes every observation to {@code action}, by provider (in the directory's order), indicator,
   * then period, without holding them all in memory.
   */
  void forEachObservation(Consumer<Observation> action);

  /** How many observations are recorded. */
  long observationCount();

  /** The observations recorded under any of {@code keys}, by key. */
  ImmutableMap<ObservationKey, Observation> recorded(Set<ObservationKey> keys);
}
