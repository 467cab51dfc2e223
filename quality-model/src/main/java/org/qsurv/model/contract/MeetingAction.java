package org.qsurv.model.contract;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.qsurv.model.Checks;
import org.qsurv.model.improvement.ActionId;

/**
 * One action in a meeting's action log (003 §5.1.2: "formal minutes or action logs"): what, who
 * owns it, when it is due and when it was completed. An overdue one counts as an overdue plan
 * action does.
 *
 * @param id the action's id, unique among the actions of the snapshot's meetings
 * @param description what is to be done
 * @param owner who owns it (a role or named lead)
 * @param due the date by which it is to be done
 * @param completed the date it was completed, if it has been
 * @since 1.0.0
 */
public record MeetingAction(ActionId id, String description, String owner, LocalDate due,
    Optional<LocalDate> completed) {
  /**
   * Checks that every part is present and the description and owner not blank.
   *
   * @throws IllegalArgumentException naming the field if the description or owner is blank
   */
  public MeetingAction {
    Objects.requireNonNull(id, "meeting action id");
    Checks.notBlank("meeting action description", description);
    Checks.notBlank("meeting action owner", owner);
    Objects.requireNonNull(due, "meeting action due");
    Objects.requireNonNull(completed, "meeting action completed");
  }

  /**
   * Whether it is overdue as of {@code asOf}: due before that date and not completed on or before
   * it.
   */
  public boolean overdueOn(LocalDate asOf) {
    return due.isBefore(asOf) && completed.map(c -> c.isAfter(asOf)).orElse(true);
  }
}
