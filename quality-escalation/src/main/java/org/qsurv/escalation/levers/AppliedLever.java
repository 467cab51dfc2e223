package org.qsurv.escalation.levers;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.qsurv.model.Checks;
import org.qsurv.model.QsurvStyle;
import org.qsurv.model.surveillance.Actor;

/**
 * A contractual lever as applied: which, when, by whom, with its details (001 §7.3).
 *
 * @since 0.1.0
 */
@Value.Immutable
@QsurvStyle
@JsonSerialize(as = ImmutableAppliedLever.class)
@JsonDeserialize(as = ImmutableAppliedLever.class)
public abstract class AppliedLever {
  /** Which lever was applied (001 §7.3). */
  public abstract ContractualLever lever();

  /** The date it was applied: the date of the event that recorded it. */
  public abstract LocalDate at();

  /** Who applied it, in what role. */
  public abstract Actor by();

  /** What it concerns, e.g. the service or the notice's reference. */
  public abstract Optional<String> detail();

  /** For a suspension: the alternative provision put in place. */
  public abstract Optional<String> alternativeProvision();

  /**
   * A builder for an applied lever: {@code lever}, {@code at} and {@code by} are required;
   * {@code detail} and {@code alternativeProvision} are optional.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link AppliedLever}: every setter returns this builder, and {@code build()}
   * returns the checked value.
   *
   * @since 1.0.0
   */
  public static final class Builder extends ImmutableAppliedLever.Builder {}

  /**
   * Rejects a blank detail or alternative provision, where given, with an
   * {@link IllegalArgumentException} that names the field and the value.
   */
  @Value.Check
  protected void check() {
    detail().ifPresent(d -> Checks.notBlank("lever detail", d));
    alternativeProvision().ifPresent(a -> Checks.notBlank("alternative provision", a));
  }
}
