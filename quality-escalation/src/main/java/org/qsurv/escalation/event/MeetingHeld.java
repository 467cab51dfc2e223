package org.qsurv.escalation.event;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.qsurv.escalation.levers.NhsEnglandMeeting;
import org.immutables.value.Value;
import org.qsurv.model.Checks;
import org.qsurv.model.QsurvStyle;

/**
 * An NHS England meeting held on the case: an intelligence-sharing call, a single-item QSG or a
 * risk summit (003 §5.2.3 a), with its chair, attendees and agreed actions (003 Appendix 1). A
 * risk summit names its chair and at least one attendee.
 */
@Value.Immutable
@QsurvStyle
@JsonSerialize(as = ImmutableMeetingHeld.class)
@JsonDeserialize(as = ImmutableMeetingHeld.class)
public abstract class MeetingHeld implements CaseFact {
  public abstract NhsEnglandMeeting meeting();

  public abstract Optional<String> chair();

  public abstract ImmutableList<String> attendees();

  public abstract ImmutableList<String> agreedActions();

  @JsonIgnore
  @Override
  public final FactType type() {
    return FactType.MEETING_HELD;
  }

  public static ImmutableMeetingHeld.Builder builder() {
    return ImmutableMeetingHeld.builder();
  }

  @Value.Check
  protected void check() {
    chair().ifPresent(c -> Checks.notBlank("meeting chair", c));
    attendees().forEach(a -> Checks.notBlank("meeting attendee", a));
    agreedActions().forEach(a -> Checks.notBlank("agreed action", a));
    if (meeting() == NhsEnglandMeeting.RISK_SUMMIT) {
      Checks.check(chair().isPresent(), "a risk summit must name its chair (003 Appendix 1)");
      Checks.check(!attendees().isEmpty(), "a risk summit must name its attendees (003 Appendix 1)");
    }
  }
}
