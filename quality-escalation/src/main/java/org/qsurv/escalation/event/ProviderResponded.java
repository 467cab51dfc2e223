package org.qsurv.escalation.event;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;
import org.qsurv.escalation.procedure.RiskResponse;
import org.qsurv.model.Checks;

/**
 * The provider acknowledged or challenged a key risk, with evidence (003 §5.2.3 d). A later
 * response to the same risk replaces the earlier.
 */
@Value.Immutable
@PublicImplementationStyle
@JsonSerialize(as = ImmutableProviderResponded.class)
@JsonDeserialize(as = ImmutableProviderResponded.class)
public abstract class ProviderResponded implements CaseFact {
  /** The id of the key risk answered, e.g. {@code KR-1}. */
  public abstract String riskId();

  /** Whether the provider acknowledged or challenged the risk. */
  public abstract RiskResponse response();

  /** The evidence the provider added, e.g. document references; at least one for a challenge. */
  public abstract ImmutableList<String> evidence();

  @JsonIgnore
  @Override
  public final FactType type() {
    return FactType.PROVIDER_RESPONDED;
  }

  /**
   * The fact that the provider gave {@code response} to key risk {@code riskId}, with
   * {@code evidence}.
   */
  public static ProviderResponded of(String riskId, RiskResponse response, Iterable<String> evidence) {
    return ImmutableProviderResponded.builder().riskId(riskId).response(response).addAllEvidence(evidence).build();
  }

  /**
   * Rejects a blank risk id or piece of evidence, and a challenge without evidence, with an
   * {@link IllegalArgumentException} that names the risk.
   */
  @Value.Check
  protected void check() {
    Checks.notBlank("risk id", riskId());
    evidence().forEach(e -> Checks.notBlank("evidence", e));
    Checks.check(response() != RiskResponse.CHALLENGED || !evidence().isEmpty(),
        "a challenge to risk " + riskId() + " must carry evidence but had none");
  }
}
