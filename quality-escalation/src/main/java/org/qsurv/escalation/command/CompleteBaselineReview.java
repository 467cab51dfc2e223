package org.qsurv.escalation.command;

import org.immutables.value.Value;
import org.qsurv.escalation.authority.CaseAction;
import org.qsurv.model.Checks;

/**
 * Records the comprehensive baseline review as done (003 §5.2.3 b). Needs the provider to have
 * been formally notified.
 */
@Value.Immutable
@PublicImplementationStyle
public abstract class CompleteBaselineReview implements CaseCommand {
  /** What the review found, in brief. */
  public abstract String summary();

  @Override
  public final CaseAction action() {
    return CaseAction.COMPLETE_BASELINE_REVIEW;
  }

  /**
   * A builder for the command: {@code at}, {@code by}, {@code rationale} and {@code summary} are
   * required.
   */
  public static ImmutableCompleteBaselineReview.Builder builder() {
    return ImmutableCompleteBaselineReview.builder();
  }

  /** Rejects a blank summary with an {@link IllegalArgumentException} that names the field. */
  @Value.Check
  protected void check() {
    Checks.notBlank("baseline review summary", summary());
  }
}
