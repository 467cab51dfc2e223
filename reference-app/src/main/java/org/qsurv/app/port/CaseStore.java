package org.qsurv.app.port;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Escalation cases, each stored as its event log (the state of a case is the fold of
 * its events). The log is append-only; its length is the case's <em>version</em>. An append names
 * the version its author read ({@code expectedVersion}), and succeeds only if no one has appended
 * since: optimistic concurrency, so that of two conflicting decisions on one case exactly one is
 * recorded and the other gets a {@link CaseConflictException}.
 *
 * <pre>{@code
 * long version = cases.version(id);                 // 0 for a new case
 * ImmutableList<StoredEvent> log = cases.events(id); // replay to rebuild the case
 * // ... decide, producing events whose first previousHash is the last event's hash ...
 * cases.append(id, version, newEvents);              // or CaseConflictException
 * }</pre>
 */
public interface CaseStore {
  /** The ids of every case with at least one event, in id order. */
  ImmutableList<CaseId> cases();

  /** The number of events of the case: 0 if it has none. */
  long version(CaseId id);

  /** The case's events, oldest first; event {@code i} (from 0) has sequence number {@code i + 1}. */
  ImmutableList<StoredEvent> events(CaseId id);

  /**
   * Appends {@code events} to the case in one transaction, provided the case is still at
   * {@code expectedVersion}: all of them are recorded, or none.
   *
   * @return the case's new version, {@code expectedVersion + events.size()}
   * @throws CaseConflictException if the case is no longer at {@code expectedVersion}
   * @throws IllegalArgumentException if {@code events} is empty, or breaks the audit chain: an
   *     event's {@code previousHash} is not the hash of the event before it (for the first, the
   *     case's last recorded event)
   */
  long append(CaseId id, long expectedVersion, List<StoredEvent> events);
}
