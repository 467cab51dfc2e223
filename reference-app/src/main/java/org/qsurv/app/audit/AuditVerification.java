package org.qsurv.app.audit;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.qsurv.app.port.CaseId;
import org.qsurv.app.port.CaseStore;
import org.qsurv.app.port.StoredEvent;

/**
 * Checks every escalation case's hash chain and reports the first broken link (issue 5,
 * {@code verify-audit}). A link is broken when an event's {@code previousHash} is not the hash of
 * the event before it, or, where the audit rule is known ({@link EventHashes}), when an event's
 * hash is not what its content gives.
 *
 * <pre>{@code
 * AuditVerification.Result result = AuditVerification.of(ports.cases(), Optional.of(hashes)).run();
 * result.firstBreak().ifPresent(b -> System.out.println(b));
 * }</pre>
 */
public final class AuditVerification {
  private final CaseStore cases;
  private final Optional<EventHashes> hashes;

  private AuditVerification(CaseStore cases, Optional<EventHashes> hashes) {
    this.cases = Objects.requireNonNull(cases, "cases");
    this.hashes = Objects.requireNonNull(hashes, "hashes");
  }

  /**
   * A verification of {@code cases}; with {@code hashes}, every event's hash is recomputed, without
   * it only the links between events are checked.
   */
  public static AuditVerification of(CaseStore cases, Optional<EventHashes> hashes) {
    return new AuditVerification(cases, hashes);
  }

  /** Checks every case, in id order. */
  public Result run() {
    long events = 0;
    ImmutableList<CaseId> ids = cases.cases();
    for (CaseId id : ids) {
      List<StoredEvent> log = cases.events(id);
      events += log.size();
      Optional<BrokenLink> broken = check(id, log);
      if (broken.isPresent()) {
        return new Result(ids.size(), events, broken, hashes.isPresent());
      }
    }
    return new Result(ids.size(), events, Optional.empty(), hashes.isPresent());
  }

  private Optional<BrokenLink> check(CaseId id, List<StoredEvent> log) {
    for (int i = 0; i < log.size(); i++) {
      StoredEvent event = log.get(i);
      long sequence = i + 1;
      if (i > 0 && !event.previousHash().equals(log.get(i - 1).hash())) {
        return Optional.of(new BrokenLink(id, sequence, "its previous hash " + event.previousHash()
            + " is not the hash of event " + i + " (" + log.get(i - 1).hash() + ")"));
      }
      if (hashes.isPresent()) {
        String expected = hashes.get().expectedHash(id, sequence, event);
        if (!expected.equals(event.hash())) {
          return Optional.of(new BrokenLink(id, sequence, "its hash " + event.hash()
              + " is not the hash of its content (" + expected + "): it was changed after it was "
              + "recorded"));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Where a chain breaks.
   *
   * @param caseId the case
   * @param sequence the event's sequence number (1 for the first)
   * @param reason what does not match
   */
  public record BrokenLink(CaseId caseId, long sequence, String reason) {
    @Override
    public String toString() {
      return "case " + caseId + ", event " + sequence + ": " + reason;
    }
  }

  /**
   * What verification found.
   *
   * @param cases the number of cases checked (all of them when the chain is intact)
   * @param events the number of events checked
   * @param firstBreak the first broken link, if any
   * @param contentChecked whether hashes were recomputed from content, or only links checked
   */
  public record Result(long cases, long events, Optional<BrokenLink> firstBreak,
      boolean contentChecked) {
    /** Whether every chain is intact. */
    public boolean intact() {
      return firstBreak.isEmpty();
    }
  }
}
