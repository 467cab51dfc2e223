package org.qsurv.escalation.event;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.qsurv.escalation.levers.ContractualLever;
import org.qsurv.model.Checks;

/**
 * A contractual lever applied (001 §7.3). A suspension names the alternative provision put in
 * place ("ensuring that an alternative provision is put in place").
 */
@Value.Immutable
@PublicImplementationStyle
@JsonSerialize(as = ImmutableContractualLeverApplied.class)
@JsonDeserialize(as = ImmutableContractualLeverApplied.class)
public abstract class ContractualLeverApplied implements CaseFact {
  /** The lever applied (001 §7.3). */
  public abstract ContractualLever lever();

  /** What it concerns, e.g. the service or the notice's reference. */
  public abstract Optional<String> detail();

  /** For a suspension: the alternative provision. */
  public abstract Optional<String> alternativeProvision();

  @JsonIgnore
  @Override
  public final FactType type() {
    return FactType.CONTRACTUAL_LEVER_APPLIED;
  }

  /**
   * A builder for the fact: {@code lever} is required; {@code detail} is optional, and
   * {@code alternativeProvision} is required for a suspension.
   */
  public static ImmutableContractualLeverApplied.Builder builder() {
    return ImmutableContractualLeverApplied.builder();
  }

  /**
   * Rejects a blank detail or alternative provision, where given, and a suspension with no
   * alternative provision (001 §7.3), with an {@link IllegalArgumentException}.
   */
  @Value.Check
  protected void check() {
    detail().ifPresent(d -> Checks.notBlank("lever detail", d));
    alternativeProvision().ifPresent(a -> Checks.notBlank("alternative provision", a));
    Checks.check(lever() != ContractualLever.SUSPENSION || alternativeProvision().isPresent(),
        "a service suspension must name the alternative provision put in place (001 §7.3)");
  }
}
