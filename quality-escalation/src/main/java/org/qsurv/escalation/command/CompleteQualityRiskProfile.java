package org.qsurv.escalation.command;

import java.util.Optional;
import org.immutables.value.Value;
import org.qsurv.escalation.authority.CaseAction;
import org.qsurv.model.Checks;

/**
 * Records the requested Quality Risk Profile as completed (003 Appendix 1).
 */
@Value.Immutable
@PublicImplementationStyle
public abstract class CompleteQualityRiskProfile implements CaseCommand {
  /** What the profile showed, in brief, where recorded; never blank when present. */
  public abstract Optional<String> summary();

  @Override
  public final CaseAction action() {
    return CaseAction.COMPLETE_QUALITY_RISK_PROFILE;
  }

  /**
   * A builder for the command: {@code at}, {@code by} and {@code rationale} are required;
   * {@code summary} is optional. The case rejects it unless a profile has been requested and not
   * yet completed.
   */
  public static ImmutableCompleteQualityRiskProfile.Builder builder() {
    return ImmutableCompleteQualityRiskProfile.builder();
  }

  /**
   * Rejects a blank summary, where given, with an {@link IllegalArgumentException} that names the
   * field.
   */
  @Value.Check
  protected void check() {
    summary().ifPresent(s -> Checks.notBlank("quality risk profile summary", s));
  }
}
