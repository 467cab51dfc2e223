package org.qsurv.app.port;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.qsurv.model.contract.ContractMeeting;
import org.qsurv.model.contract.ContractMeetingId;
import org.qsurv.model.contract.MeetingAction;
import org.qsurv.model.improvement.ActionId;
import org.qsurv.model.organisation.OrganisationCode;

/**
 * Contract quality meetings with providers (003 §5.1.2; 000 §8.7; 001 §6.4): held, or not held
 * with the reason documented, and their action logs. A meeting is recorded once; later, actions
 * are added to its log and completed, each completion once.
 *
 * <pre>{@code
 * meetings.record(new ContractMeeting(ContractMeetingId.of("M-1"), OrganisationCode.of("RH5"),
 *     ContractMeetingKind.CQPG, LocalDate.of(2025, 6, 12), true, Optional.empty(), List.of()));
 * }</pre>
 *
 * @since 1.0.0
 */
public interface ContractMeetings {
  /** Every meeting with its actions, in the order recorded. */
  ImmutableList<ContractMeeting> meetings();

  /** The meetings about one provider, in the order recorded. */
  ImmutableList<ContractMeeting> meetings(OrganisationCode provider);

  /** The meeting with this id, if recorded. */
  Optional<ContractMeeting> meeting(ContractMeetingId id);

  /**
   * Records one new meeting with its actions (one transaction).
   *
   * @throws IllegalArgumentException if a meeting with its id, or an action with the id of one
   *     of its actions, is already recorded, or its provider is not in the directory
   */
  void record(ContractMeeting meeting);

  /**
   * Adds an action to a recorded meeting's log (one transaction).
   *
   * @return the meeting as it now stands
   * @throws IllegalArgumentException if there is no such meeting or an action with the id is
   *     already recorded
   */
  ContractMeeting addAction(ContractMeetingId meeting, MeetingAction action);

  /**
   * Records that a meeting's action was completed on {@code completed} (one transaction).
   *
   * @return the meeting as it now stands
   * @throws IllegalArgumentException if there is no such action or it is already completed
   */
  ContractMeeting completeAction(ActionId action, LocalDate completed);
}
