package org.qsurv.examples.embedding;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Function;
import org.qsurv.escalation.command.CaseCommand;
import org.qsurv.escalation.policy.EscalationPolicy;
import org.qsurv.escalation.surveillancecase.Accepted;
import org.qsurv.escalation.surveillancecase.Outcome;
import org.qsurv.escalation.surveillancecase.SurveillanceCase;
import org.qsurv.model.organisation.OrganisationCode;

/**
 * Your service's application layer: reads the case from your store, takes "today" from your
 * clock, lets the library decide, and appends what it accepted at the version it read. The
 * library itself never reads a clock or a store.
 */
public final class CaseService {
  private final CaseEventStore store;
  private final Clock clock;
  private final EscalationPolicy policy;

  public CaseService(CaseEventStore store, Clock clock, EscalationPolicy policy) {
    this.store = store;
    this.clock = clock;
    this.policy = policy;
  }

  /** The provider's case now: the fold of its stored events. */
  public SurveillanceCase load(OrganisationCode provider) {
    return SurveillanceCase.replay(provider, store.events(provider));
  }

  /**
   * Builds a command dated today (by your clock), decides it on the stored case and stores the
   * accepted events. A rejection is returned as a value and stores nothing.
   */
  public Outcome handle(OrganisationCode provider, Function<LocalDate, CaseCommand> command) {
    SurveillanceCase current = load(provider);
    Outcome outcome = current.decide(command.apply(LocalDate.now(clock)), policy);
    if (outcome instanceof Accepted accepted) {
      store.append(provider, current.version(), accepted.events());
    }
    return outcome;
  }
}
