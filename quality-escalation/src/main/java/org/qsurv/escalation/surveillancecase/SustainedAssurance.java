package org.qsurv.escalation.surveillancecase;

import java.time.LocalDate;
import org.immutables.value.Value;
import org.qsurv.model.Checks;
import org.qsurv.model.QsurvStyle;

/**
 * Assurance gained at the case's current level and the period over which it must be sustained
 * before a step down (003 Appendix 1: "maintained on enhanced surveillance for three months to
 * ensure that the assurance is sustained"). A step down is allowed on or after {@link #until()}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@QsurvStyle
public abstract class SustainedAssurance {
  /** The date of the ASSURANCE_GAINED decision that started the period. */
  public abstract LocalDate gained();

  /** The first day a step down is allowed: {@code gained} plus the policy's period. */
  public abstract LocalDate until();

  /** Whether the period has passed on {@code date}: {@code date} is on or after {@link #until()}. */
  public boolean isSustainedOn(LocalDate date) {
    return !date.isBefore(until());
  }

  /** Assurance gained on {@code gained}, to be sustained until {@code until}. */
  public static SustainedAssurance of(LocalDate gained, LocalDate until) {
    return ImmutableSustainedAssurance.builder().gained(gained).until(until).build();
  }

  /**
   * Rejects an {@code until} that is not after {@code gained} with an
   * {@link IllegalArgumentException} that names both dates.
   */
  @Value.Check
  protected void check() {
    Checks.check(until().isAfter(gained()),
        () -> "sustained assurance must end after it is gained (" + gained() + ") but ends "
            + until());
  }
}
