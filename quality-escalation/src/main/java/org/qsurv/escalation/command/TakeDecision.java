package org.qsurv.escalation.command;

import java.time.LocalDate;
import java.util.Optional;
import org.qsurv.escalation.authority.CaseAction;
import org.qsurv.model.Checks;
import org.qsurv.model.surveillance.Actor;
import org.qsurv.model.surveillance.Meeting;
import org.qsurv.model.surveillance.Decision;
import org.qsurv.model.surveillance.DecisionType;

/**
 * Takes one of the lifecycle decisions of SNAPSHOT.md: place on enhanced, confirm it, return to
 * routine, escalate to intensive, call a risk summit, record assurance gained, step down.
 *
 * <pre>{@code
 * CaseCommand place = TakeDecision.of(DecisionType.PLACE_ON_ENHANCED, LocalDate.of(2025, 3, 3),
 *     Actor.of("A. Director", Role.ICB_DIRECTOR), "Rising mortality and two never events in a quarter");
 * }</pre>
 *
 * @param at the date it is done; it may not be before the case's latest event
 * @param by who does it
 * @param rationale why; a blank one can be written, and the case rejects it
 * @param decision which lifecycle decision is taken (SNAPSHOT.md {@code decision}); it decides the
 *     {@link #action()} that the authority table checks
 * @param meeting the meeting the decision was taken at, where recorded. It matters to one rule: a
 *     STEP_DOWN from enhanced taken by an ICB director on assurance gained at one of NHS England's
 *     meetings ({@link Meeting#nhsEnglandLed()}) is accepted at once (003 §5.2.3 a),
 *     without the sustained-assurance period that assurance through the Quality Risk Profile needs
 *     (003 Appendix 1)
 * @since 0.1.0
 */
public record TakeDecision(LocalDate at, Actor by, String rationale,
    DecisionType decision, Optional<Meeting> meeting) implements CaseCommand {
  /**
   * Rejects a missing field and a blank detail (not a blank rationale: see {@link CaseCommand})
   * with an {@link IllegalArgumentException} that names the field.
   */
  public TakeDecision {
    Checks.check(at != null, "TakeDecision: at is required but was absent");
    Checks.check(by != null, "TakeDecision: by is required but was absent");
    Checks.check(rationale != null, "TakeDecision: rationale is required but was absent (it may be blank)");
    Checks.check(decision != null, "TakeDecision: decision is required but was absent");
    Checks.check(meeting != null, "TakeDecision: meeting must be an Optional, not null");
  }

  /** The decision {@code decision}, taken on {@code at} by {@code by} for {@code rationale}. */
  public static TakeDecision of(DecisionType decision, LocalDate at, Actor by, String rationale) {
    return new TakeDecision(at, by, rationale, decision, Optional.empty());
  }

  /**
   * The decision {@code decision}, taken at {@code meeting} on {@code at} by {@code by} for
   * {@code rationale}.
   */
  public static TakeDecision at(Meeting meeting, DecisionType decision, LocalDate at, Actor by,
      String rationale) {
    return new TakeDecision(at, by, rationale, decision, Optional.of(meeting));
  }

  /** The command for a recorded decision of a snapshot (its provider names the case). */
  public static TakeDecision from(Decision decision) {
    return of(decision.decision(), decision.at(), decision.by(), decision.rationale());
  }

  @Override
  public CaseAction action() {
    return CaseAction.of(decision);
  }
}
