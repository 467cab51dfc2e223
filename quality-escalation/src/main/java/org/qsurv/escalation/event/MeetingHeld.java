package org.qsurv.escalation.event;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.qsurv.escalation.levers.NhsEnglandMeeting;
import org.qsurv.model.Checks;

/**
 * An NHS England meeting held on the case: an intelligence-sharing call, a single-item QSG or a
 * risk summit (003 §5.2.3 a), with its chair, attendees and agreed actions (003 Appendix 1). A
 * risk summit names its chair and at least one attendee.
 *
 * @param meeting which NHS England meeting was held
 * @param chair who chaired it, where recorded; always present for a risk summit
 * @param attendees who attended, in the order given; at least one for a risk summit
 * @param agreedActions the actions agreed at the meeting, in the order given; may be empty
 * @since 0.1.0
 */
public record MeetingHeld(NhsEnglandMeeting meeting, Optional<String> chair, ImmutableList<String> attendees, ImmutableList<String> agreedActions) implements CaseFact {
  /**
   * Rejects a missing or blank field, and the combinations the rule does not allow, with an
   * {@link IllegalArgumentException} that names the field.
   */
  public MeetingHeld {
    Checks.check(meeting != null, "MeetingHeld: meeting is required but was absent");
    chair = chair == null ? Optional.empty() : chair; // absent from stored JSON
    attendees = attendees == null ? ImmutableList.of() : attendees; // absent from stored JSON
    agreedActions = agreedActions == null ? ImmutableList.of() : agreedActions; // absent from stored JSON
    chair.ifPresent(c -> Checks.notBlank("meeting chair", c));
    attendees.forEach(a -> Checks.notBlank("meeting attendee", a));
    agreedActions.forEach(a -> Checks.notBlank("agreed action", a));
    if (meeting == NhsEnglandMeeting.RISK_SUMMIT) {
      Checks.check(chair.isPresent(), "a risk summit must name its chair (003 Appendix 1)");
      Checks.check(!attendees.isEmpty(), "a risk summit must name its attendees (003 Appendix 1)");
    }
  }

  @JsonIgnore
  @Override
  public FactType type() {
    return FactType.MEETING_HELD;
  }
}
