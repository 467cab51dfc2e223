package org.qsurv.escalation.event;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.google.common.collect.ImmutableList;
import org.qsurv.escalation.procedure.RiskResponse;
import org.qsurv.model.Checks;

/**
 * The provider acknowledged or challenged a key risk, with evidence (003 §5.2.3 d). A later
 * response to the same risk replaces the earlier.
 *
 * @param riskId the id of the key risk answered, e.g. {@code KR-1}
 * @param response whether the provider acknowledged or challenged the risk
 * @param evidence the evidence the provider added, e.g. document references; at least one for a challenge
 * @since 0.1.0
 */
public record ProviderResponded(String riskId, RiskResponse response,
    ImmutableList<String> evidence) implements CaseFact {
  /**
   * Rejects a missing or blank field, and the combinations the rule does not allow, with an
   * {@link IllegalArgumentException} that names the field.
   */
  public ProviderResponded {
    Checks.check(response != null, "ProviderResponded: response is required but was absent");
    evidence = evidence == null ? ImmutableList.of() : evidence; // absent from stored JSON
    Checks.notBlank("risk id", riskId);
    evidence.forEach(e -> Checks.notBlank("evidence", e));
    Checks.check(response != RiskResponse.CHALLENGED || !evidence.isEmpty(),
        () -> "a challenge to risk " + riskId + " must carry evidence but had none");
  }

  /** The provider's {@code response} to key risk {@code riskId}, with its evidence. */
  public static ProviderResponded of(String riskId, RiskResponse response, Iterable<String> evidence) {
    return new ProviderResponded(riskId, response, ImmutableList.copyOf(evidence));
  }

  @JsonIgnore
  @Override
  public FactType type() {
    return FactType.PROVIDER_RESPONDED;
  }
}
