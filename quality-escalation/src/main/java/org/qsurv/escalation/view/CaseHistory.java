package org.qsurv.escalation.view;

import java.time.LocalDate;
import java.util.List;
import org.qsurv.escalation.event.CaseEvent;
import org.qsurv.escalation.surveillancecase.SurveillanceCase;
import org.qsurv.model.organisation.OrganisationCode;

/**
 * A case as it stood on a past date: the fold of the events dated on or before that date ("what
 * did the commissioner know, and when": 003 §3, an audit trail of actions and rationale for
 * decisions made). Because a case's events never go
 * backwards in time, these are a prefix of the log.
 *
 * <pre>{@code
 * SurveillanceCase then = CaseHistory.asOf(OrganisationCode.of("RH5"), log, LocalDate.of(2025, 4, 30));
 * then.level();   // what the ICB had decided by the end of April
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CaseHistory {
  private CaseHistory() {}

  /** The case from the events of {@code log} dated on or before {@code date}. */
  public static SurveillanceCase asOf(OrganisationCode provider, List<CaseEvent> log, LocalDate date) {
    SurveillanceCase state = SurveillanceCase.open(provider);
    for (CaseEvent event : log) {
      if (event.at().isAfter(date)) {
        break;
      }
      state = state.apply(event);
    }
    return state;
  }
}
