package org.qsurv.escalation.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple.Tuple3;
import net.jqwik.api.Tuple;
import org.qsurv.escalation.event.CaseEvent;
import org.qsurv.escalation.event.CorrectionRecorded;
import org.qsurv.model.surveillance.Actor;
import org.qsurv.model.surveillance.Role;
import org.qsurv.testing.escalation.EscalationArbitraries;

/**
 * 003 §3 and §5.2.3 a (an audit trail, records securely stored): the log is tamper-evident. Every generated log verifies; altering any past
 * event, in any recorded field, breaks the chain exactly at that event; removing or swapping
 * events breaks it at the first event out of place.
 */
class HashChainProperties {

  /** How a past event is altered after it was recorded. */
  enum Alteration { RATIONALE, DATE, WHO_NAME, WHO_ROLE, WHAT, PREVIOUS_HASH }

  @Provide
  Arbitrary<Tuple3<ImmutableList<CaseEvent>, Integer, Alteration>> tamperedLogs() {
    return EscalationArbitraries.logs().filter(log -> !log.isEmpty())
        .flatMap(log -> Combinators.combine(Arbitraries.just(log), Arbitraries.integers().between(0, log.size() - 1),
            Arbitraries.of(Alteration.class)).as(Tuple::of));
  }

  /** Every generated log verifies; the lifecycle action chain checks this after every command too. */
  @Property
  void everyGeneratedLogVerifies(@ForAll("logs") ImmutableList<CaseEvent> log) {
    assertTrue(ChainVerifier.verify(log).isIntact(), () -> ChainVerifier.verify(log).toString());
  }

  @Provide
  Arbitrary<ImmutableList<CaseEvent>> logs() {
    return EscalationArbitraries.logs();
  }

  @Property
  void alteringAnyPastEventBreaksTheChainAtThatEvent(
      @ForAll("tamperedLogs") Tuple3<ImmutableList<CaseEvent>, Integer, Alteration> t) {
    List<CaseEvent> log = new ArrayList<>(t.get1());
    int i = t.get2();
    log.set(i, alter(log.get(i), t.get3()));
    ChainVerification result = ChainVerifier.verify(log);
    assertFalse(result.isIntact());
    assertEquals(OptionalLong.of(i + 1L), result.firstBrokenVersion(), result.toString());
  }

  @Property
  void removingOrSwappingAnEventBreaksTheChainWhereTheOrderFirstDiffers(
      @ForAll("tamperedLogs") Tuple3<ImmutableList<CaseEvent>, Integer, Alteration> t) {
    List<CaseEvent> log = new ArrayList<>(t.get1());
    int i = t.get2();
    if (i == log.size() - 1) {
      // The tail of a log can be cut without breaking a link: the store's version per case (the
      // expected length) is what shows a truncation; swapping the last two is detected instead.
      if (i == 0) {
        return;
      }
      CaseEvent last = log.remove(i);
      log.add(i - 1, last);
      assertEquals(OptionalLong.of(i), ChainVerifier.verify(log).firstBrokenVersion());
      return;
    }
    log.remove(i);
    assertEquals(OptionalLong.of(i + 1L), ChainVerifier.verify(log).firstBrokenVersion());
  }

  /**
   * An event with one recorded field changed, and its stored hashes left as they were (a forger
   * who also recomputes this event's hash is caught at the next event's link instead).
   */
  private static CaseEvent alter(CaseEvent e, Alteration how) {
    CaseEvent.Builder event = CaseEvent.builder().from(e);
    return switch (how) {
      case RATIONALE -> event.rationale(e.rationale() + ".").build();
      case DATE -> event.at(e.at().minusDays(1)).build();
      case WHO_NAME -> event.by(Actor.builder().from(e.by()).name(e.by().name() + " Jr").build())
          .build();
      case WHO_ROLE -> event.by(Actor.builder().from(e.by())
          .role(e.by().role() == Role.NHSE_REGION ? Role.ICB_DIRECTOR : Role.NHSE_REGION).build())
          .build();
      case WHAT -> event.fact(CorrectionRecorded.of(1, "Replaced after the fact")).build();
      case PREVIOUS_HASH -> event.previousHash(
          e.previousHash().equals(HashChain.GENESIS) ? "f".repeat(64) : HashChain.GENESIS).build();
    };
  }
}
