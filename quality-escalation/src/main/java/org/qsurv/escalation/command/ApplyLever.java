package org.qsurv.escalation.command;

import java.util.Optional;
import org.immutables.value.Value;
import org.qsurv.escalation.authority.CaseAction;
import org.qsurv.escalation.levers.ContractualLever;
import org.qsurv.model.Checks;
import org.qsurv.model.QsurvStyle;

/**
 * Applies a contractual lever (001 §7.3). A remedial action plan or withheld payment needs a
 * contract performance notice first; a suspension must name the alternative provision.
 *
 * @since 0.1.0
 */
@Value.Immutable
@QsurvStyle
public abstract sealed class ApplyLever implements CaseCommand permits ImmutableApplyLever {
  /**
   * The lever to apply (001 §7.3); it decides the {@link #action()} that the authority table
   * checks.
   */
  public abstract ContractualLever lever();

  /** What it concerns, e.g. the service or the notice's reference. */
  public abstract Optional<String> detail();

  /** For a suspension: the alternative provision put in place. */
  public abstract Optional<String> alternativeProvision();

  @Override
  public final CaseAction action() {
    return lever().action();
  }

  /**
   * A builder for the command: {@code at}, {@code by}, {@code rationale} and {@code lever} are
   * required; {@code detail} and {@code alternativeProvision} are optional.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link ApplyLever}: every setter returns this builder, and {@code build()}
   * returns the checked value.
   *
   * @since 1.0.0
   */
  public static final class Builder extends ImmutableApplyLever.Builder {}

  /**
   * Rejects a blank detail or alternative provision, where given, with an
   * {@link IllegalArgumentException} that names the field and the value. A suspension with no
   * alternative provision can be built: the case rejects it, as a value (001 §7.3).
   */
  @Value.Check
  protected void check() {
    detail().ifPresent(d -> Checks.notBlank("lever detail", d));
    alternativeProvision().ifPresent(a -> Checks.notBlank("alternative provision", a));
  }
}
