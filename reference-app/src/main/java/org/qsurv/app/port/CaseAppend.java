package org.qsurv.app.port;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import org.qsurv.model.Checks;

/**
 * Events to append to one escalation case at the version they were decided against: what
 * {@link CaseStore#append} takes, carried in an {@link ImportBatch} so that an import's decisions
 * are recorded in the same transaction as the rest of the import (all or nothing).
 *
 * @param caseId the case
 * @param expectedVersion the case's version when the events were decided (0 for a new case)
 * @param events the events, chained, oldest first
 */
public record CaseAppend(CaseId caseId, long expectedVersion, ImmutableList<StoredEvent> events) {
  public CaseAppend {
    Objects.requireNonNull(caseId, "case id");
    Checks.check(expectedVersion >= 0, "case append expectedVersion must be 0 or more but was "
        + expectedVersion);
    Objects.requireNonNull(events, "case append events");
    Checks.check(!events.isEmpty(), "a case append to " + caseId + " needs at least one event");
  }
}
