package org.qsurv.model.indicator;

import java.util.Objects;
import java.util.Optional;
import org.qsurv.model.Checks;
import org.qsurv.model.organisation.OrganisationCode;

/**
 * A recorded recalculation of the SPC limits of one provider's series of an indicator
 * (SNAPSHOT.md {@code recalculations}): from which period new limits start, the known, sustained
 * change in the process that justifies them, and who recorded it. Limits are recalculated only at
 * such a change and the reason is recorded (MDC); nothing recalculates them automatically (PTD
 * declines automatic rebasing), so this record is the only way a snapshot rebases a chart.
 *
 * <pre>{@code
 * LimitsRecalculation r = new LimitsRecalculation(OrganisationCode.of("RH5"),
 *     IndicatorId.of("shmi"), Period.parse("2024-04"), "Merged with Yeovil District Hospital",
 *     Optional.of("Head of Quality Intelligence"));
 * }</pre>
 *
 * @param provider the provider whose series is recalculated
 * @param indicator the indicator whose limits are recalculated
 * @param from the first period of the new limits, of the indicator's frequency
 * @param reason the known change in the process, e.g. "new ward opened"; never blank
 * @param recordedBy who recorded the recalculation, where the source system knows it; a rebase
 *     changes what a board is shown, so the assessment names who asked for it
 * @since 1.0.0
 */
public record LimitsRecalculation(OrganisationCode provider, IndicatorId indicator, Period from,
    String reason, Optional<String> recordedBy) {

  /**
   * Checks that every part is present, the reason is not blank and a recorder, when given, is
   * not blank.
   *
   * @throws IllegalArgumentException naming the field and the value
   */
  public LimitsRecalculation {
    Objects.requireNonNull(provider, "recalculation provider");
    Objects.requireNonNull(indicator, "recalculation indicator");
    Objects.requireNonNull(from, "recalculation from");
    Checks.notBlank("recalculation reason", reason);
    Objects.requireNonNull(recordedBy, "recalculation recordedBy");
    recordedBy.ifPresent(by -> Checks.notBlank("recalculation recordedBy", by));
  }
}
