package org.qsurv.escalation.event;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import org.qsurv.escalation.procedure.RiskResponse;
import org.immutables.value.Value;
import org.qsurv.model.Checks;
import org.qsurv.model.QsurvStyle;

/**
 * The provider acknowledged or challenged a key risk, with evidence (003 §5.2.3 d). A later
 * response to the same risk replaces the earlier.
 */
@Value.Immutable
@QsurvStyle
@JsonSerialize(as = ImmutableProviderResponded.class)
@JsonDeserialize(as = ImmutableProviderResponded.class)
public abstract class ProviderResponded implements CaseFact {
  public abstract String riskId();

  public abstract RiskResponse response();

  public abstract ImmutableList<String> evidence();

  @JsonIgnore
  @Override
  public final FactType type() {
    return FactType.PROVIDER_RESPONDED;
  }

  public static ProviderResponded of(String riskId, RiskResponse response, Iterable<String> evidence) {
    return ImmutableProviderResponded.builder().riskId(riskId).response(response).addAllEvidence(evidence).build();
  }

  @Value.Check
  protected void check() {
    Checks.notBlank("risk id", riskId());
    evidence().forEach(e -> Checks.notBlank("evidence", e));
    Checks.check(response() != RiskResponse.CHALLENGED || !evidence().isEmpty(),
        "a challenge to risk " + riskId() + " must carry evidence but had none");
  }
}
