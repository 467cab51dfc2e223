package org.qsurv.escalation.command;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;
import org.qsurv.escalation.authority.CaseAction;
import org.qsurv.escalation.levers.NhsEnglandMeeting;
import org.qsurv.model.Checks;
import org.qsurv.model.QsurvStyle;

/**
 * Records an NHS England meeting held on the case: an intelligence-sharing call, a single-item QSG
 * or a risk summit (003 §5.2.3 a), with chair, attendees and agreed actions (003 Appendix 1). A
 * risk summit must have been called (CALL_RISK_SUMMIT) and must name its chair and attendees.
 *
 * @since 0.1.0
 */
@Value.Immutable
@QsurvStyle
public abstract sealed class RecordMeeting implements CaseCommand permits ImmutableRecordMeeting {
  /**
   * Which NHS England meeting was held; it decides the {@link #action()} that the authority table
   * checks.
   */
  public abstract NhsEnglandMeeting meeting();

  /** Who chaired it, where recorded; required for a risk summit. */
  public abstract Optional<String> chair();

  /** Who attended, in the order given; at least one for a risk summit. */
  public abstract ImmutableList<String> attendees();

  /** The actions agreed at the meeting, in the order given; may be empty. */
  public abstract ImmutableList<String> agreedActions();

  @Override
  public final CaseAction action() {
    return meeting().action();
  }

  /**
   * A builder for the command: {@code at}, {@code by}, {@code rationale} and {@code meeting} are
   * required; chair, attendees and agreed actions are optional here. A risk summit with no chair or
   * no attendees can be built: the case rejects it, as a value (003 Appendix 1).
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link RecordMeeting}: every setter returns this builder, and {@code build()}
   * returns the checked value.
   *
   * @since 1.0.0
   */
  public static final class Builder extends ImmutableRecordMeeting.Builder {}

  /**
   * Rejects a blank chair, attendee or agreed action with an {@link IllegalArgumentException} that
   * names the field and the value.
   */
  @Value.Check
  protected void check() {
    chair().ifPresent(c -> Checks.notBlank("meeting chair", c));
    attendees().forEach(a -> Checks.notBlank("meeting attendee", a));
    agreedActions().forEach(a -> Checks.notBlank("agreed action", a));
  }
}
