package org.qsurv.app.audit;

import org.qsurv.app.port.CaseId;
import org.qsurv.app.port.StoredEvent;

/**
 * How an event's hash is computed from its content and the hash before it: the escalation module's
 * audit rule, plugged in here so that {@link AuditVerification} can recompute every hash and catch
 * an event whose content was changed after it was recorded. Without it, verification checks only
 * the links between events.
 */
@FunctionalInterface
public interface EventHashes {
  /** The hash {@code event} should carry, given its content and its {@code previousHash}. */
  String expectedHash(CaseId caseId, long sequence, StoredEvent event);
}
