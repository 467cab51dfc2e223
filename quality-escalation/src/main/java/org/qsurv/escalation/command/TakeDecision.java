package org.qsurv.escalation.command;

import java.time.LocalDate;
import org.immutables.value.Value;
import org.qsurv.escalation.authority.CaseAction;
import org.qsurv.model.surveillance.Actor;
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
 */
@Value.Immutable
@PublicImplementationStyle
public abstract class TakeDecision implements CaseCommand {
  /**
   * Which lifecycle decision is taken (SNAPSHOT.md {@code decision}); it decides the
   * {@link #action()} that the authority table checks.
   */
  public abstract DecisionType decision();

  @Override
  public final CaseAction action() {
    return CaseAction.of(decision());
  }

  /** The decision {@code decision}, taken on {@code at} by {@code by} for {@code rationale}. */
  public static TakeDecision of(DecisionType decision, LocalDate at, Actor by, String rationale) {
    return ImmutableTakeDecision.builder().decision(decision).at(at).by(by).rationale(rationale).build();
  }

  /** The command for a recorded decision of a snapshot (its provider names the case). */
  public static TakeDecision from(Decision decision) {
    return of(decision.decision(), decision.at(), decision.by(), decision.rationale());
  }

  /**
   * A builder for the command: {@code at}, {@code by}, {@code rationale} and {@code decision} are
   * required.
   */
  public static ImmutableTakeDecision.Builder builder() {
    return ImmutableTakeDecision.builder();
  }
}
