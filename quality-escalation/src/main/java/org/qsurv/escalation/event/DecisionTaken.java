package org.qsurv.escalation.event;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.qsurv.model.Checks;
import org.qsurv.model.surveillance.DecisionType;
import org.qsurv.model.surveillance.Level;

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
 */
@Value.Immutable
@PublicImplementationStyle
@JsonSerialize(as = ImmutableDecisionTaken.class)
@JsonDeserialize(as = ImmutableDecisionTaken.class)
public abstract class DecisionTaken implements CaseFact {
  /** Which lifecycle decision was taken (SNAPSHOT.md {@code decision}). */
  public abstract DecisionType decision();

  /** The level the decision was taken at. */
  // The builder's from(...) sets this attribute; Immutables then leaves out its copy-from method.
  @SuppressWarnings("immutables:from")
  public abstract Level from();

  /** The level it led to. */
  public abstract Level to();

  /** For ASSURANCE_GAINED: the first day a step down is allowed. */
  public abstract Optional<LocalDate> sustainedAssuranceUntil();

  @JsonIgnore
  @Override
  public final FactType type() {
    return FactType.DECISION_TAKEN;
  }

  /** Whether the decision changed the level. */
  @JsonIgnore
  public boolean changesLevel() {
    return from() != to();
  }

  /** A decision that leads from {@code from} to {@code to}. */
  public static DecisionTaken of(DecisionType decision, Level from, Level to) {
    return ImmutableDecisionTaken.builder().decision(decision).from(from).to(to).build();
  }

  /** ASSURANCE_GAINED at {@code level}, with its period ending on {@code until}. */
  public static DecisionTaken assuranceGained(Level level, LocalDate until) {
    return ImmutableDecisionTaken.builder().decision(DecisionType.ASSURANCE_GAINED)
        .from(level).to(level).sustainedAssuranceUntil(until).build();
  }

  /**
   * Rejects a move the lifecycle does not have (see the class description), and a
   * {@code sustainedAssuranceUntil} that is absent on ASSURANCE_GAINED or present on any other
   * decision, with an {@link IllegalArgumentException} that names the decision.
   */
  @Value.Check
  protected void check() {
    Checks.check(isLifecycleMove(decision(), from(), to()),
        decision() + " cannot lead from " + from() + " to " + to());
    Checks.check(sustainedAssuranceUntil().isPresent() == (decision() == DecisionType.ASSURANCE_GAINED),
        "sustainedAssuranceUntil is " + (decision() == DecisionType.ASSURANCE_GAINED
            ? "required for ASSURANCE_GAINED" : "only for ASSURANCE_GAINED, not " + decision()));
  }

  private static boolean isLifecycleMove(DecisionType decision, Level from, Level to) {
    switch (decision) {
      case PLACE_ON_ENHANCED:
        return from == Level.ROUTINE && to == Level.ENHANCED;
      case CONFIRM_ENHANCED:
        return from == Level.ENHANCED && to == Level.ENHANCED;
      case RETURN_TO_ROUTINE:
        return from == Level.ENHANCED && to == Level.ROUTINE;
      case ESCALATE_TO_INTENSIVE:
        return from != Level.INTENSIVE && to == Level.INTENSIVE;
      case CALL_RISK_SUMMIT:
        return from == to;
      case ASSURANCE_GAINED:
        return from != Level.ROUTINE && from == to;
      case STEP_DOWN:
        return (from == Level.INTENSIVE && to == Level.ENHANCED)
            || (from == Level.ENHANCED && to == Level.ROUTINE);
      default:
        throw new AssertionError(decision);
    }
  }
}
