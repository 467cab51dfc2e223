package org.qsurv.escalation.command;

import org.immutables.value.Value;
import org.qsurv.escalation.authority.CaseAction;
import org.qsurv.model.QsurvStyle;

/**
 * NHS England asks for a Quality Risk Profile (003 §5.2.3 a).
 */
@Value.Immutable
@QsurvStyle
public abstract class RequestQualityRiskProfile implements CaseCommand {
  @Override
  public final CaseAction action() {
    return CaseAction.REQUEST_QUALITY_RISK_PROFILE;
  }

  public static ImmutableRequestQualityRiskProfile.Builder builder() {
    return ImmutableRequestQualityRiskProfile.builder();
  }
}
