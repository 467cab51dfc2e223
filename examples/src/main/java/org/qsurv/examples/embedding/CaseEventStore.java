package org.qsurv.examples.embedding;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.qsurv.escalation.event.CaseEvent;
import org.qsurv.model.organisation.OrganisationCode;

/**
 * The port your service implements to keep escalation cases: an append-only log of
 * {@link CaseEvent}s per provider (003: "an audit trail of actions and rationale for decisions
 * made"; nothing recorded is ever changed, a correction is a new event).
 */
public interface CaseEventStore {
  /** The provider's events, oldest first; empty if nothing has been recorded. */
  ImmutableList<CaseEvent> events(OrganisationCode provider);

  /**
   * Appends {@code events} if the provider's log still has {@code expectedVersion} events, all or
   * none; otherwise throws {@link ConcurrentDecisionException} and writes nothing.
   */
  void append(OrganisationCode provider, long expectedVersion, List<CaseEvent> events);

  /** Two people decided on the same version of a case: the second must re-read and retry. */
  final class ConcurrentDecisionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConcurrentDecisionException(OrganisationCode provider, long expected, long actual) {
      super("case " + provider + " is at version " + actual + ", not " + expected);
    }
  }
}
