package org.qsurv.escalation.event;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;
import org.qsurv.escalation.levers.NhsEnglandMeeting;
import org.qsurv.model.Checks;

/**
 * An NHS England meeting held on the case: an intelligence-sharing call, a single-item QSG or a
 * risk summit (003 §5.2.3 a), with its chair, attendees and agreed actions (003 Appendix 1). A
 * risk summit names its chair and at least one attendee.
 */
@Value.Immutable
@PublicImplementationStyle
@JsonSerialize(as = ImmutableMeetingHeld.class)
@JsonDeserialize(as = ImmutableMeetingHeld.class)
public abstract class MeetingHeld implements CaseFact {
  /** Which NHS England meeting was held. */
  public abstract NhsEnglandMeeting meeting();

  /** Who chaired it, where recorded; always present for a risk summit. */
  public abstract Optional<String> chair();

  /** Who attended, in the order given; at least one for a risk summit. */
  public abstract ImmutableList<String> attendees();

  /** The actions agreed at the meeting, in the order given; may be empty. */
  public abstract ImmutableList<String> agreedActions();

  @JsonIgnore
  @Override
  public final FactType type() {
    return FactType.MEETING_HELD;
  }

  /**
   * A builder for the fact: {@code meeting} is required; a risk summit also needs a chair and at
   * least one attendee.
   */
  public static ImmutableMeetingHeld.Builder builder() {
    return ImmutableMeetingHeld.builder();
  }

  /**
   * Rejects a blank chair, attendee or agreed action, and a risk summit with no chair or no
   * attendees (003 Appendix 1), with an {@link IllegalArgumentException}.
   */
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
