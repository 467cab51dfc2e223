package org.qsurv.escalation.command;

import org.qsurv.escalation.procedure.NoticeMethod;
import org.immutables.value.Value;
import org.qsurv.escalation.authority.CaseAction;
import org.qsurv.model.QsurvStyle;

/**
 * Records the formal notice to the provider: written notice, or a contract performance notice
 * where a contract breach is suspected (003 §5.2.3 a).
 */
@Value.Immutable
@QsurvStyle
public abstract class NotifyProvider implements CaseCommand {
  public abstract NoticeMethod method();

  @Override
  public final CaseAction action() {
    return CaseAction.NOTIFY_PROVIDER;
  }

  public static ImmutableNotifyProvider.Builder builder() {
    return ImmutableNotifyProvider.builder();
  }
}
