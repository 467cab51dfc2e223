package org.qsurv.escalation.command;

import java.util.Optional;
import org.immutables.value.Value;
import org.qsurv.escalation.authority.CaseAction;
import org.qsurv.model.Checks;
import org.qsurv.model.QsurvStyle;

/**
 * Records the requested Quality Risk Profile as completed (003 Appendix 1).
 */
@Value.Immutable
@QsurvStyle
public abstract class CompleteQualityRiskProfile implements CaseCommand {
  public abstract Optional<String> summary();

  @Override
  public final CaseAction action() {
    return CaseAction.COMPLETE_QUALITY_RISK_PROFILE;
  }

  public static ImmutableCompleteQualityRiskProfile.Builder builder() {
    return ImmutableCompleteQualityRiskProfile.builder();
  }

  @Value.Check
  protected void check() {
    summary().ifPresent(s -> Checks.notBlank("quality risk profile summary", s));
  }
}
