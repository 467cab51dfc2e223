package org.qsurv.app.cases;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import org.qsurv.escalation.event.CaseEvent;
import org.qsurv.escalation.surveillancecase.SurveillanceCase;
import org.qsurv.model.organisation.OrganisationCode;

/**
 * A provider's escalation case as stored: its current state (the fold of its log) and the log
 * itself, oldest first, for the timeline, the audit view and "as of" time travel.
 *
 * @param state the case after every event of {@code log}
 * @param log the case's events, oldest first
 */
public record CaseFile(SurveillanceCase state, ImmutableList<CaseEvent> log) {
  public CaseFile {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(log, "log");
  }

  /** The case of a provider nothing was ever recorded for: routine, with an empty log. */
  public static CaseFile unrecorded(OrganisationCode provider) {
    return new CaseFile(SurveillanceCase.replay(provider, ImmutableList.of()), ImmutableList.of());
  }
}
