package org.qsurv.escalation.procedure;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.qsurv.model.Checks;
import org.qsurv.model.QsurvStyle;

/**
 * The provider's latest response to one key risk (003 §5.2.3 d: "acknowledge or challenge risks
 * presented ... or provide further evidence"). A challenge always carries evidence.
 */
@Value.Immutable
@QsurvStyle
@JsonSerialize(as = ImmutableProviderResponse.class)
@JsonDeserialize(as = ImmutableProviderResponse.class)
public abstract class ProviderResponse {
  public abstract String riskId();

  public abstract RiskResponse response();

  /** The evidence the provider added, e.g. document references. */
  public abstract ImmutableList<String> evidence();

  public abstract LocalDate at();

  public static ImmutableProviderResponse.Builder builder() {
    return ImmutableProviderResponse.builder();
  }

  @Value.Check
  protected void check() {
    Checks.notBlank("risk id", riskId());
    evidence().forEach(e -> Checks.notBlank("evidence", e));
    Checks.check(response() != RiskResponse.CHALLENGED || !evidence().isEmpty(),
        "a challenge to risk " + riskId() + " must carry evidence but had none");
  }
}
