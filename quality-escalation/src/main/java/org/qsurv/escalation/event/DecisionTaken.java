package org.qsurv.escalation.event;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.util.Optional;
import org.qsurv.model.Checks;
import org.qsurv.model.surveillance.DecisionType;
import org.qsurv.model.surveillance.Level;
import org.qsurv.model.surveillance.Meeting;

/**
 * An accepted lifecycle decision of SNAPSHOT.md: which, the level it was taken at and the level it
 * led to, and for ASSURANCE_GAINED the date the sustained-assurance period ends (fixed when the
 * decision is taken, so that a later change of policy never rewrites history).
 *
 * <p>Only the moves of the lifecycle can be represented: PLACE_ON_ENHANCED from routine to
 * enhanced; CONFIRM_ENHANCED within enhanced; RETURN_TO_ROUTINE from enhanced to routine;
 * ESCALATE_TO_INTENSIVE from routine or enhanced to intensive; CALL_RISK_SUMMIT at any level,
 * which it keeps; ASSURANCE_GAINED in enhanced or intensive, which it keeps; STEP_DOWN from
 * intensive to enhanced or from enhanced to routine (never intensive to routine).
 *
 * @param decision which lifecycle decision was taken (SNAPSHOT.md {@code decision})
 * @param from the level the decision was taken at
 * @param to the level it led to
 * @param sustainedAssuranceUntil for ASSURANCE_GAINED: the first day a step down is allowed
 * @param meeting the meeting the decision was taken at, where the command named one (see
 *     {@code TakeDecision#meeting()}); absent in every event stored before it existed, and left
 *     out of the JSON when absent, so the hash of such an event is unchanged
 * @since 0.1.0
 */
public record DecisionTaken(DecisionType decision, Level from, Level to,
    Optional<LocalDate> sustainedAssuranceUntil,
    Optional<Meeting> meeting) implements CaseFact {
  /**
   * Rejects a move the lifecycle does not have (see the class description), and a
   * {@code sustainedAssuranceUntil} that is absent on ASSURANCE_GAINED or present on any other
   * decision, with an {@link IllegalArgumentException} that names the decision.
   */
  public DecisionTaken {
    Checks.check(decision != null, "DecisionTaken: decision is required but was absent");
    Checks.check(from != null, "DecisionTaken: from is required but was absent");
    Checks.check(to != null, "DecisionTaken: to is required but was absent");
    sustainedAssuranceUntil = sustainedAssuranceUntil == null ? Optional.empty() : sustainedAssuranceUntil;
    meeting = meeting == null ? Optional.empty() : meeting; // absent from events stored before it existed
    Checks.check(isLifecycleMove(decision, from, to),
        () -> decision + " cannot lead from " + from + " to " + to);
    Checks.check(sustainedAssuranceUntil.isPresent() == (decision == DecisionType.ASSURANCE_GAINED),
        () -> "sustainedAssuranceUntil is " + (decision == DecisionType.ASSURANCE_GAINED
            ? "required for ASSURANCE_GAINED" : "only for ASSURANCE_GAINED, not " + decision));
  }

  /** A decision that leads from {@code from} to {@code to}. */
  public static DecisionTaken of(DecisionType decision, Level from, Level to) {
    return of(decision, from, to, Optional.empty());
  }

  /** {@code decision} from {@code from} to {@code to}, taken at {@code meeting} where present. */
  public static DecisionTaken of(DecisionType decision, Level from, Level to, Optional<Meeting> meeting) {
    return new DecisionTaken(decision, from, to, Optional.empty(), meeting);
  }

  /** ASSURANCE_GAINED at {@code level}, with its period ending on {@code until}. */
  public static DecisionTaken assuranceGained(Level level, LocalDate until) {
    return assuranceGained(level, until, Optional.empty());
  }

  /** ASSURANCE_GAINED at {@code level} and {@code meeting} where present, its period ending on {@code until}. */
  public static DecisionTaken assuranceGained(Level level, LocalDate until, Optional<Meeting> meeting) {
    return new DecisionTaken(DecisionType.ASSURANCE_GAINED, level, level, Optional.of(until), meeting);
  }

  @JsonIgnore
  @Override
  public FactType type() {
    return FactType.DECISION_TAKEN;
  }

  /** Whether the decision changed the level. */
  @JsonIgnore
  public boolean changesLevel() {
    return from != to;
  }

  private static boolean isLifecycleMove(DecisionType decision, Level from, Level to) {
    return switch (decision) {
      case PLACE_ON_ENHANCED -> from == Level.ROUTINE && to == Level.ENHANCED;
      case CONFIRM_ENHANCED -> from == Level.ENHANCED && to == Level.ENHANCED;
      case RETURN_TO_ROUTINE -> from == Level.ENHANCED && to == Level.ROUTINE;
      case ESCALATE_TO_INTENSIVE -> from != Level.INTENSIVE && to == Level.INTENSIVE;
      case CALL_RISK_SUMMIT -> from == to;
      case ASSURANCE_GAINED -> from != Level.ROUTINE && from == to;
      case STEP_DOWN -> (from == Level.INTENSIVE && to == Level.ENHANCED)
          || (from == Level.ENHANCED && to == Level.ROUTINE);
    };
  }
}
