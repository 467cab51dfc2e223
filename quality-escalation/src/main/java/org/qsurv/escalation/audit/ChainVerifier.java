package org.qsurv.escalation.audit;

import java.util.List;
import org.qsurv.escalation.event.CaseEvent;

/**
 * Checks a case's log against its hash chain and reports the first broken link (003 §5.2.3 a: records "securely stored").
 * For each event, oldest first, it checks that the event belongs to the same provider, that its
 * version is its position, that its {@code previousHash} is the hash of the event before it
 * ({@link HashChain#GENESIS} for the first), and that its {@code hash} is what its content calls
 * for. An event altered after it was recorded fails the last check; an event removed, inserted or
 * moved fails the version or link check.
 *
 * <pre>{@code
 * ChainVerification result = ChainVerifier.verify(events);
 * if (!result.isIntact()) {
 *   report("log broken at event " + result.firstBrokenVersion().getAsLong() + ": " + result.reason().get());
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ChainVerifier {
  private ChainVerifier() {}

  /** Verifies a whole log of one case, oldest first. An empty log is intact. */
  public static ChainVerification verify(List<CaseEvent> events) {
    String previous = HashChain.GENESIS;
    for (int i = 0; i < events.size(); i++) {
      CaseEvent event = events.get(i);
      long position = i + 1L;
      if (!event.provider().equals(events.get(0).provider())) {
        return ChainVerification.brokenAt(position, "event " + position + " is for provider " + event.provider()
            + ", not " + events.get(0).provider() + " like the rest of the log");
      }
      if (event.version() != position) {
        return ChainVerification.brokenAt(position, "event " + position + " says it is version " + event.version()
            + ": an event was removed, inserted or moved");
      }
      if (!event.previousHash().equals(previous)) {
        return ChainVerification.brokenAt(position, "event " + position + " does not link to "
            + (i == 0 ? "the start of the chain" : "event " + i)
            + ": the event before it was altered, removed or moved");
      }
      String expected = HashChain.hashOf(event);
      if (!expected.equals(event.hash())) {
        return ChainVerification.brokenAt(position, "event " + position
            + " does not match its hash: it was altered after it was recorded");
      }
      previous = event.hash();
    }
    return ChainVerification.intact();
  }
}
