package org.qsurv.escalation.event;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Optional;
import org.qsurv.escalation.levers.ContractualLever;
import org.qsurv.model.Checks;

/**
 * A contractual lever applied (001 §7.3). A suspension names the alternative provision put in
 * place ("ensuring that an alternative provision is put in place").
 *
 * @param lever the lever applied (001 §7.3)
 * @param detail what it concerns, e.g. the service or the notice's reference
 * @param alternativeProvision for a suspension: the alternative provision
 * @since 0.1.0
 */
public record ContractualLeverApplied(ContractualLever lever, Optional<String> detail, Optional<String> alternativeProvision) implements CaseFact {
  /**
   * Rejects a missing or blank field, and the combinations the rule does not allow, with an
   * {@link IllegalArgumentException} that names the field.
   */
  public ContractualLeverApplied {
    Checks.check(lever != null, "ContractualLeverApplied: lever is required but was absent");
    detail = detail == null ? Optional.empty() : detail; // absent from stored JSON
    alternativeProvision = alternativeProvision == null ? Optional.empty() : alternativeProvision; // absent from stored JSON
    detail.ifPresent(d -> Checks.notBlank("lever detail", d));
    alternativeProvision.ifPresent(a -> Checks.notBlank("alternative provision", a));
    Checks.check(lever != ContractualLever.SUSPENSION || alternativeProvision.isPresent(),
        "a service suspension must name the alternative provision put in place (001 §7.3)");
  }

  @JsonIgnore
  @Override
  public FactType type() {
    return FactType.CONTRACTUAL_LEVER_APPLIED;
  }
}
