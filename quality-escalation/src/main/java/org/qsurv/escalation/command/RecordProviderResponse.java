package org.qsurv.escalation.command;

import com.google.common.collect.ImmutableList;
import org.qsurv.escalation.procedure.RiskResponse;
import org.immutables.value.Value;
import org.qsurv.escalation.authority.CaseAction;
import org.qsurv.model.Checks;
import org.qsurv.model.QsurvStyle;

/**
 * Records the provider's acknowledgement or challenge of a key risk, with evidence (003 §5.2.3 d).
 * A challenge without evidence is rejected.
 */
@Value.Immutable
@QsurvStyle
public abstract class RecordProviderResponse implements CaseCommand {
  public abstract String riskId();

  public abstract RiskResponse response();

  public abstract ImmutableList<String> evidence();

  @Override
  public final CaseAction action() {
    return CaseAction.RECORD_PROVIDER_RESPONSE;
  }

  public static ImmutableRecordProviderResponse.Builder builder() {
    return ImmutableRecordProviderResponse.builder();
  }

  @Value.Check
  protected void check() {
    Checks.notBlank("risk id", riskId());
    evidence().forEach(e -> Checks.notBlank("evidence", e));
  }
}
