package org.qsurv.escalation.command;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.qsurv.escalation.levers.NhsEnglandMeeting;
import org.immutables.value.Value;
import org.qsurv.escalation.authority.CaseAction;
import org.qsurv.model.Checks;
import org.qsurv.model.QsurvStyle;

/**
 * Records an NHS England meeting held on the case: an intelligence-sharing call, a single-item QSG
 * or a risk summit (003 §5.2.3 a), with chair, attendees and agreed actions (003 Appendix 1). A
 * risk summit must have been called (CALL_RISK_SUMMIT) and must name its chair and attendees.
 */
@Value.Immutable
@QsurvStyle
public abstract class RecordMeeting implements CaseCommand {
  public abstract NhsEnglandMeeting meeting();

  public abstract Optional<String> chair();

  public abstract ImmutableList<String> attendees();

  public abstract ImmutableList<String> agreedActions();

  @Override
  public final CaseAction action() {
    return meeting().action();
  }

  public static ImmutableRecordMeeting.Builder builder() {
    return ImmutableRecordMeeting.builder();
  }

  @Value.Check
  protected void check() {
    chair().ifPresent(c -> Checks.notBlank("meeting chair", c));
    attendees().forEach(a -> Checks.notBlank("meeting attendee", a));
    agreedActions().forEach(a -> Checks.notBlank("agreed action", a));
  }
}
