package org.qsurv.escalation.command;

import org.immutables.value.Value;
import org.qsurv.escalation.authority.CaseAction;

/**
 * Calls a rapid response review, the urgent route at any level (003 Appendix 2). Clears any
 * sustained assurance, as a risk summit does.
 */
@Value.Immutable
@PublicImplementationStyle
public abstract class CallRapidResponseReview implements CaseCommand {
  @Override
  public final CaseAction action() {
    return CaseAction.CALL_RAPID_RESPONSE_REVIEW;
  }

  /**
   * A builder for the command: {@code at}, {@code by} and {@code rationale} are required; it has
   * nothing else.
   */
  public static ImmutableCallRapidResponseReview.Builder builder() {
    return ImmutableCallRapidResponseReview.builder();
  }
}
