package org.qsurv.escalation.replay;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import org.qsurv.escalation.command.TakeDecision;
import org.qsurv.escalation.event.CaseEvent;
import org.qsurv.escalation.policy.EscalationPolicy;
import org.qsurv.escalation.surveillancecase.Outcome;
import org.qsurv.escalation.surveillancecase.SurveillanceCase;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.surveillance.Decision;

/**
 * Replays one provider's snapshot decisions through the escalation lifecycle (SNAPSHOT.md: "applied
 * in array order per provider ... A decision that breaks a rule is rejected: it is reported with its
 * reason and changes nothing; later decisions still apply"). Each decision goes through
 * {@link SurveillanceCase#decide} and {@link SurveillanceCase#apply}, the same rules as any case.
 * Pure: no I/O, no clock.
 *
 * <pre>{@code
 * List<Decision> rh5 = snapshot.decisions().stream()
 *     .filter(d -> d.provider().equals(code) && !d.at().isAfter(snapshot.asOf()))
 *     .collect(toList());
 * ReplayResult result = DecisionReplay.replay(code, rh5, EscalationPolicy.nhsDefaults());
 * result.level();                     // ENHANCED
 * result.decisions().get(1).reason(); // Optional[Only an ICB director may ...]
 * }</pre>
 *
 * @since 0.1.0
 */
public final class DecisionReplay {
  private DecisionReplay() {}

  /**
   * The state after {@code decisions}, in order, with the outcome of each.
   *
   * @param provider the provider whose decisions these are
   * @param decisions its decisions, in the order they are applied, already limited to those on or
   *     before the snapshot's {@code asOf}
   * @throws IllegalArgumentException if a decision is for another provider
   */
  public static ReplayResult replay(OrganisationCode provider, List<Decision> decisions, EscalationPolicy policy) {
    Objects.requireNonNull(policy, "policy");
    SurveillanceCase state = SurveillanceCase.open(provider);
    ImmutableList.Builder<DecisionOutcome> outcomes = ImmutableList.builder();
    ImmutableList.Builder<CaseEvent> events = ImmutableList.builder();
    for (int i = 0; i < decisions.size(); i++) {
      Decision decision = decisions.get(i);
      if (!decision.provider().equals(provider)) {
        throw new IllegalArgumentException("decision " + i + " is for " + decision.provider() + ", not " + provider);
      }
      Outcome outcome = state.decide(TakeDecision.from(decision), policy);
      outcomes.add(DecisionOutcome.of(i, decision, outcome.rejection()));
      events.addAll(outcome.events());
      state = outcome.after();
    }
    return ImmutableReplayResult.builder()
        .finalCase(state).decisions(outcomes.build()).events(events.build()).build();
  }
}
