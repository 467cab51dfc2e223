package org.qsurv.escalation.levers;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.qsurv.model.Checks;
import org.qsurv.model.QsurvStyle;

/**
 * The record of an NHS England meeting held on the case: which, when, the chair, who attended and
 * the agreed actions (003 Appendix 1: the chair will "provide a record of discussion and agreed
 * actions"). A risk summit always has a chair and attendees.
 *
 * @since 0.1.0
 */
@Value.Immutable
@QsurvStyle
@JsonSerialize(as = ImmutableMeetingRecord.class)
@JsonDeserialize(as = ImmutableMeetingRecord.class)
public abstract class MeetingRecord {
  /** Which NHS England meeting was held. */
  public abstract NhsEnglandMeeting meeting();

  /** The date it was recorded as held: the date of its event. */
  public abstract LocalDate at();

  /** Who chaired it, where recorded; always present for a risk summit. */
  public abstract Optional<String> chair();

  /** Who attended, in the order given; at least one for a risk summit. */
  public abstract ImmutableList<String> attendees();

  /** The actions agreed at the meeting, in the order given; may be empty. */
  public abstract ImmutableList<String> agreedActions();

  /**
   * A builder for the record: {@code meeting} and {@code at} are required; chair, attendees and
   * agreed actions are optional.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link MeetingRecord}: every setter returns this builder, and {@code build()}
   * returns the checked value.
   *
   * @since 1.0.0
   */
  public static final class Builder extends ImmutableMeetingRecord.Builder {}

  /**
   * Rejects a blank chair, attendee or agreed action with an {@link IllegalArgumentException} that
   * names the field and the value. Unlike {@link org.qsurv.escalation.event.MeetingHeld}, it does
   * not itself require a chair and attendees for a risk summit.
   */
  @Value.Check
  protected void check() {
    chair().ifPresent(c -> Checks.notBlank("meeting chair", c));
    attendees().forEach(a -> Checks.notBlank("meeting attendee", a));
    agreedActions().forEach(a -> Checks.notBlank("agreed action", a));
  }
}
