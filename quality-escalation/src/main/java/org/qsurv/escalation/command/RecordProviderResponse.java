package org.qsurv.escalation.command;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;
import org.qsurv.escalation.authority.CaseAction;
import org.qsurv.escalation.procedure.RiskResponse;
import org.qsurv.model.Checks;

/**
 * Records the provider's acknowledgement or challenge of a key risk, with evidence (003 §5.2.3 d).
 * A challenge without evidence is rejected.
 */
@Value.Immutable
@PublicImplementationStyle
public abstract class RecordProviderResponse implements CaseCommand {
  /**
   * The id of the key risk the provider answers, e.g. {@code KR-1}; the case rejects an id that is
   * not an agreed key risk.
   */
  public abstract String riskId();

  /** Whether the provider acknowledges or challenges the risk. */
  public abstract RiskResponse response();

  /** The evidence the provider adds, e.g. document references; a challenge needs at least one. */
  public abstract ImmutableList<String> evidence();

  @Override
  public final CaseAction action() {
    return CaseAction.RECORD_PROVIDER_RESPONSE;
  }

  /**
   * A builder for the command: {@code at}, {@code by}, {@code rationale}, {@code riskId} and
   * {@code response} are required; {@code evidence} may be empty. A challenge without evidence can
   * be built: the case rejects it, as a value (003 §5.2.3 d).
   */
  public static ImmutableRecordProviderResponse.Builder builder() {
    return ImmutableRecordProviderResponse.builder();
  }

  /**
   * Rejects a blank risk id or a blank piece of evidence with an {@link IllegalArgumentException}
   * that names the field and the value.
   */
  @Value.Check
  protected void check() {
    Checks.notBlank("risk id", riskId());
    evidence().forEach(e -> Checks.notBlank("evidence", e));
  }
}
