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
 */
@Value.Immutable
@QsurvStyle
@JsonSerialize(as = ImmutableMeetingRecord.class)
@JsonDeserialize(as = ImmutableMeetingRecord.class)
public abstract class MeetingRecord {
  public abstract NhsEnglandMeeting meeting();

  public abstract LocalDate at();

  public abstract Optional<String> chair();

  public abstract ImmutableList<String> attendees();

  public abstract ImmutableList<String> agreedActions();

  public static ImmutableMeetingRecord.Builder builder() {
    return ImmutableMeetingRecord.builder();
  }

  @Value.Check
  protected void check() {
    chair().ifPresent(c -> Checks.notBlank("meeting chair", c));
    attendees().forEach(a -> Checks.notBlank("meeting attendee", a));
    agreedActions().forEach(a -> Checks.notBlank("agreed action", a));
  }
}
