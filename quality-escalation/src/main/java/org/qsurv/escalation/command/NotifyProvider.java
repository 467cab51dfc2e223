package org.qsurv.escalation.command;

import org.immutables.value.Value;
import org.qsurv.escalation.authority.CaseAction;
import org.qsurv.escalation.procedure.NoticeMethod;

/**
 * Records the formal notice to the provider: written notice, or a contract performance notice
 * where a contract breach is suspected (003 §5.2.3 a).
 */
@Value.Immutable
@PublicImplementationStyle
public abstract class NotifyProvider implements CaseCommand {
  /**
   * How the provider is told: written notice, or a contract performance notice where a contract
   * breach is suspected.
   */
  public abstract NoticeMethod method();

  @Override
  public final CaseAction action() {
    return CaseAction.NOTIFY_PROVIDER;
  }

  /**
   * A builder for the command: {@code at}, {@code by}, {@code rationale} and {@code method} are
   * required.
   */
  public static ImmutableNotifyProvider.Builder builder() {
    return ImmutableNotifyProvider.builder();
  }
}
