package org.qsurv.examples.embedding;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.qsurv.escalation.event.CaseEvent;
import org.qsurv.model.organisation.OrganisationCode;

/**
 * An in-memory {@link CaseEventStore}: what a test or a small service uses; a real one appends
 * to a table with a unique key on (provider, version) in one transaction.
 */
public final class InMemoryCaseEventStore implements CaseEventStore {
  private final Map<OrganisationCode, List<CaseEvent>> logs = new HashMap<>();

  @Override
  public synchronized ImmutableList<CaseEvent> events(OrganisationCode provider) {
    return ImmutableList.copyOf(logs.getOrDefault(provider, List.of()));
  }

  @Override
  public synchronized void append(OrganisationCode provider, long expectedVersion,
      List<CaseEvent> events) {
    List<CaseEvent> log = logs.computeIfAbsent(provider, p -> new ArrayList<>());
    if (log.size() != expectedVersion) {
      throw new ConcurrentDecisionException(provider, expectedVersion, log.size());
    }
    log.addAll(events);
  }
}
