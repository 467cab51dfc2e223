package org.qsurv.scoring.spc;

import java.util.Objects;
import java.util.Optional;
import org.qsurv.model.Checks;
import org.qsurv.model.indicator.Period;

/**
 * A recalculation of limits that a provider's chart of an indicator was drawn with: the period
 * new limits start from, the recorded reason, who recorded it, and where it came from (the
 * snapshot's record for this series, or the scoring policy). The assessment lists them beside the
 * judgement so that a reader sees why the limits moved (MDC: the reason for a recalculation is
 * recorded and shown).
 *
 * @param from the first period of the new limits
 * @param reason the known, sustained change in the process that justified it
 * @param recordedBy who recorded it, where known (the policy's recalculations name no one)
 * @param source where it came from
 * @since 1.0.0
 */
public record AppliedRecalculation(Period from, String reason, Optional<String> recordedBy,
    Source source) {

  /**
   * Where a recalculation came from. When both name the same period of one series, the snapshot's
   * is the one applied and reported: it is the record made for this provider's series, while the
   * policy's is a local configuration that may cover every provider.
   *
   * @since 1.0.0
   */
  public enum Source {
    /** The snapshot's {@code recalculations}, recorded for this provider and indicator. */
    SNAPSHOT,
    /** The scoring policy's {@link SpcPolicy#recalculations()}. */
    POLICY
  }

  /**
   * Checks that every part is present and the reason is not blank.
   *
   * @throws IllegalArgumentException naming the field and the value
   */
  public AppliedRecalculation {
    Objects.requireNonNull(from, "recalculation from");
    Checks.notBlank("recalculation reason", reason);
    Objects.requireNonNull(recordedBy, "recalculation recordedBy");
    Objects.requireNonNull(source, "recalculation source");
  }
}
