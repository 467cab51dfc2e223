package org.qsurv.app.audit;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.qsurv.app.cases.SurveillanceCases;
import org.qsurv.app.port.CaseId;
import org.qsurv.app.port.CaseStore;
import org.qsurv.app.port.StoredEvent;
import org.qsurv.escalation.audit.ChainVerification;
import org.qsurv.escalation.audit.ChainVerifier;
import org.qsurv.escalation.audit.HashChain;
import org.qsurv.escalation.event.CaseEvent;

/**
 * Checks every escalation case's hash chain, recomputing every hash, and reports each case's
 * status with its first broken link ({@code verify-audit}; 003 §3: "an audit
 * trail of actions and rationale for decisions made", and 003 §5.2.3 a: records "securely stored").
 * For each stored event, oldest first, it checks that the store's links hold (its previous hash is
 * the hash of the event before it, {@link HashChain#GENESIS} for the first), that its payload is a
 * case event of this case, and that the hashes the store keeps beside the payload are the event's
 * own; then escalation's {@link ChainVerifier} recomputes each hash from the event's content. A
 * payload changed in the database after it was recorded no longer matches its hash, and is reported
 * at its sequence number.
 *
 * <pre>{@code
 * AuditVerification.Result result = AuditVerification.of(ports.cases()).run();
 * result.cases().forEach(c -> System.out.println(c));
 * }</pre>
 */
public final class AuditVerification {
  private final CaseStore cases;

  private AuditVerification(CaseStore cases) {
    this.cases = Objects.requireNonNull(cases, "cases");
  }

  /** A verification of every case of {@code cases}. */
  public static AuditVerification of(CaseStore cases) {
    return new AuditVerification(cases);
  }

  /** Checks every case, in id order. */
  public Result run() {
    ImmutableList.Builder<CaseStatus> all = ImmutableList.builder();
    long events = 0;
    for (CaseId id : cases.cases()) {
      List<StoredEvent> log = cases.events(id);
      events += log.size();
      all.add(new CaseStatus(id, log.size(), check(id, log)));
    }
    return new Result(all.build(), events);
  }

  /** The first broken link of one case's log, if any. */
  public static Optional<BrokenLink> check(CaseId id, List<StoredEvent> log) {
    List<CaseEvent> decoded = new ArrayList<>(log.size());
    Optional<BrokenLink> stored = Optional.empty();
    for (int i = 0; i < log.size() && stored.isEmpty(); i++) {
      StoredEvent event = log.get(i);
      long sequence = i + 1L;
      String previous = i == 0 ? HashChain.GENESIS : log.get(i - 1).hash();
      if (!event.previousHash().equals(previous)) {
        stored = Optional.of(new BrokenLink(id, sequence, "its previous hash "
            + event.previousHash() + " is not the hash of " + (i == 0 ? "the start of the chain"
            : "event " + i + " (" + previous + ")")));
        break;
      }
      CaseEvent caseEvent;
      try {
        caseEvent = SurveillanceCases.fromStored(event);
      } catch (RuntimeException e) {
        stored = Optional.of(new BrokenLink(id, sequence, "its payload is not a case event ("
            + e.getMessage() + "): it was changed after it was recorded"));
        break;
      }
      if (!caseEvent.provider().value().equals(id.value())) {
        stored = Optional.of(new BrokenLink(id, sequence, "its payload is an event of case "
            + caseEvent.provider() + ", not of " + id));
      } else if (!caseEvent.hash().equals(event.hash())
          || !caseEvent.previousHash().equals(event.previousHash())) {
        stored = Optional.of(new BrokenLink(id, sequence, "the hashes stored beside its payload "
            + "are not the payload's own: one of them was changed after it was recorded"));
      } else {
        decoded.add(caseEvent);
      }
    }
    ChainVerification content = ChainVerifier.verify(decoded);
    if (!content.isIntact()) {
      return Optional.of(new BrokenLink(id, content.firstBrokenVersion().getAsLong(),
          content.reason().orElseThrow()));
    }
    return stored;
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
   * One case's verification.
   *
   * @param caseId the case
   * @param events the number of events checked
   * @param firstBreak its first broken link, if any
   */
  public record CaseStatus(CaseId caseId, long events, Optional<BrokenLink> firstBreak) {
    /** Whether every link of the case holds. */
    public boolean intact() {
      return firstBreak.isEmpty();
    }

    @Override
    public String toString() {
      return firstBreak.map(b -> "BROKEN  " + caseId + " (" + events + " events): event "
          + b.sequence() + ": " + b.reason())
          .orElse("intact  " + caseId + " (" + events + " events)");
    }
  }

  /**
   * What verification found.
   *
   * @param cases every case checked, in id order, with its status
   * @param events the number of events checked
   */
  public record Result(ImmutableList<CaseStatus> cases, long events) {
    /** Whether every chain is intact. */
    public boolean intact() {
      return cases.stream().allMatch(CaseStatus::intact);
    }

    /** The first broken link of the first broken case, in case id order, if any. */
    public Optional<BrokenLink> firstBreak() {
      return cases.stream().flatMap(c -> c.firstBreak().stream()).findFirst();
    }

    /** The number of cases whose chain is broken. */
    public long broken() {
      return cases.stream().filter(c -> !c.intact()).count();
    }
  }
}
