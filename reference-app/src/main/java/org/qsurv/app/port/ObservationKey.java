package org.qsurv.app.port;

import java.util.Objects;
import org.qsurv.model.indicator.IndicatorId;
import org.qsurv.model.indicator.Observation;
import org.qsurv.model.indicator.Period;
import org.qsurv.model.organisation.OrganisationCode;

/**
 * What identifies an observation: a provider, an indicator and a period. There is at most one
 * observation per key (SNAPSHOT.md: "at most one observation per provider, indicator and period").
 *
 * @param provider the provider's code
 * @param indicator the indicator's id
 * @param period the month or quarter
 */
public record ObservationKey(OrganisationCode provider, IndicatorId indicator, Period period) {
  public ObservationKey {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(period, "period");
  }

  /** The key of an observation. */
  public static ObservationKey of(Observation observation) {
    return new ObservationKey(observation.provider(), observation.indicator(), observation.period());
  }

  @Override
  public String toString() {
    return provider + "/" + indicator + "/" + period;
  }
}
