package org.qsurv.escalation.command;

import org.immutables.value.Value;
import org.qsurv.escalation.authority.CaseAction;

/**
 * NHS England asks for a Quality Risk Profile (003 §5.2.3 a).
 */
@Value.Immutable
@PublicImplementationStyle
public abstract class RequestQualityRiskProfile implements CaseCommand {
  @Override
  public final CaseAction action() {
    return CaseAction.REQUEST_QUALITY_RISK_PROFILE;
  }

  /**
   * A builder for the command: {@code at}, {@code by} and {@code rationale} are required; it has
   * nothing else. The case rejects it in routine surveillance and while an earlier request is not
   * yet completed.
   */
  public static ImmutableRequestQualityRiskProfile.Builder builder() {
    return ImmutableRequestQualityRiskProfile.builder();
  }
}
