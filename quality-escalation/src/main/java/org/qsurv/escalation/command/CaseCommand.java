package org.qsurv.escalation.command;

import java.time.LocalDate;
import org.qsurv.escalation.authority.CaseAction;
import org.qsurv.model.surveillance.Actor;

/**
 * A request to do something to a surveillance case: who asks, on what date, why, and what. A
 * command is checked against the case's current state and the policy by
 * {@code SurveillanceCase.decide}, which either records events or rejects it with a reason; a
 * rejected command changes nothing. A blank rationale can be written, because a
 * command is a request: it is rejected, not lost ("every decision needs a non-blank rationale",
 * SNAPSHOT.md).
 *
 * @since 0.1.0
 */
public interface CaseCommand {
  /** The date it is done; it may not be before the case's latest event. */
  LocalDate at();

  /** Who does it. */
  Actor by();

  /** Why. */
  String rationale();

  /** What it is, for the authority table. */
  CaseAction action();
}
