package org.qsurv.app.cases;

import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.qsurv.app.port.DecisionLog;
import org.qsurv.escalation.command.TakeDecision;
import org.qsurv.escalation.event.CaseEvent;
import org.qsurv.escalation.event.DecisionTaken;
import org.qsurv.escalation.surveillancecase.Outcome;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.surveillance.Decision;

/**
 * The {@link DecisionLog} read from the escalation cases: every decision the lifecycle accepted, as
 * the {@code DecisionTaken} events of the case logs (SNAPSHOT.md {@code decisions}). There is no
 * separate table of decisions: a decision exists once its case records it, so the decisions the
 * app shows, exports and re-imports are exactly the ones in the hash-chained logs. Recording a
 * decision submits it to its case.
 *
 * <pre>{@code
 * DecisionLog decisions = new CaseDecisions(new SurveillanceCases(store, policy));
 * decisions.latest(OrganisationCode.of("RH5")).ifPresent(d -> show(d.decision()));
 * }</pre>
 */
public final class CaseDecisions implements DecisionLog {
  private final SurveillanceCases cases;

  public CaseDecisions(SurveillanceCases cases) {
    this.cases = Objects.requireNonNull(cases, "cases");
  }

  /** Every accepted decision, by date (within a day, by case id, then in the case's order). */
  @Override
  public ImmutableList<Decision> decisions() {
    return cases.all().stream()
        .flatMap(file -> decisions(file.log()))
        .sorted(Comparator.comparing(Decision::at))
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public ImmutableList<Decision> decisions(OrganisationCode provider) {
    return decisions(cases.load(provider).log()).collect(ImmutableList.toImmutableList());
  }

  @Override
  public Optional<Decision> latest(OrganisationCode provider) {
    ImmutableList<Decision> all = decisions(provider);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  /**
   * Submits the decision to its provider's case.
   *
   * @throws IllegalArgumentException if the escalation lifecycle rejects it (with its reason)
   */
  @Override
  public void record(Decision decision) {
    Outcome outcome = cases.submit(decision.provider(), TakeDecision.from(decision));
    if (outcome.rejection().isPresent()) {
      throw new IllegalArgumentException("the decision " + decision.decision() + " about "
          + decision.provider() + " on " + decision.at() + " was rejected: "
          + outcome.rejection().get().reason());
    }
  }

  /** The decisions of one case log, in its order. */
  public static Stream<Decision> decisions(ImmutableList<CaseEvent> log) {
    return log.stream()
        .filter(e -> e.fact() instanceof DecisionTaken)
        .map(CaseDecisions::decision);
  }

  /** The decision a {@code DecisionTaken} event records, with the meeting it was taken at. */
  static Decision decision(CaseEvent event) {
    if (!(event.fact() instanceof DecisionTaken taken)) {
      throw new IllegalArgumentException("event " + event.version() + " of " + event.provider()
          + " is " + event.fact().type() + ", not a decision");
    }
    return Decision.builder().provider(event.provider()).at(event.at()).decision(taken.decision())
        .by(event.by()).rationale(event.rationale()).meeting(taken.meeting()).build();
  }
}
