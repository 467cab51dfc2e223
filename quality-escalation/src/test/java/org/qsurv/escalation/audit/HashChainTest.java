package org.qsurv.escalation.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.qsurv.escalation.command.TakeDecision;
import org.qsurv.escalation.event.CaseEvent;
import org.qsurv.escalation.policy.EscalationPolicy;
import org.qsurv.escalation.surveillancecase.Outcome;
import org.qsurv.escalation.surveillancecase.SurveillanceCase;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.surveillance.Actor;
import org.qsurv.model.surveillance.DecisionType;
import org.qsurv.model.surveillance.Role;

/** 003 §5.2.3 a, records "securely stored": the first broken link is reported, with what it means. */
class HashChainTest {
  private static final Actor DIRECTOR = Actor.of("A. Director", Role.ICB_DIRECTOR);

  @Test
  void theFirstEventLinksToGenesisAndEachLaterOneToTheHashBeforeIt() {
    List<CaseEvent> log = twoEvents();
    assertEquals(HashChain.GENESIS, log.get(0).previousHash());
    assertEquals(log.get(0).hash(), log.get(1).previousHash());
    assertEquals(HashChain.hashOf(log.get(1)), log.get(1).hash());
    assertTrue(ChainVerifier.verify(log).isIntact());
    assertTrue(ChainVerifier.verify(List.of()).isIntact());
  }

  @Test
  void anAlteredRationaleIsReportedAsAlteredAfterItWasRecorded() {
    List<CaseEvent> log = twoEvents();
    CaseEvent altered = CaseEvent.builder().from(log.get(0)).rationale("Nothing to see").build();
    ChainVerification result = ChainVerifier.verify(List.of(altered, log.get(1)));
    assertEquals(OptionalLong.of(1), result.firstBrokenVersion());
    assertEquals("event 1 does not match its hash: it was altered after it was recorded", result.reason().get());
  }

  @Test
  void aResealedForgeryIsCaughtAtTheNextLink() {
    List<CaseEvent> log = twoEvents();
    CaseEvent forged = HashChain.seal(CaseEvent.builder().from(log.get(0)).rationale("Nothing to see").build());
    ChainVerification result = ChainVerifier.verify(List.of(forged, log.get(1)));
    assertEquals(OptionalLong.of(2), result.firstBrokenVersion());
    assertEquals("event 2 does not link to event 1: the event before it was altered, removed or moved",
        result.reason().get());
  }

  /** An event of another provider breaks the chain where it stands: one log is one provider's case. */
  @Test
  void anEventOfAnotherProviderIsReportedWhereItStands() {
    List<CaseEvent> log = twoEvents();
    CaseEvent other = HashChain.seal(CaseEvent.builder().from(log.get(1)).provider(OrganisationCode.of("RX1")).build());
    ChainVerification result = ChainVerifier.verify(List.of(log.get(0), other));
    assertEquals(OptionalLong.of(2), result.firstBrokenVersion());
    assertEquals("event 2 is for provider RX1, not RH5 like the rest of the log", result.reason().get());
    assertFalse(result.isIntact());
  }

  /** A removed event shows as a version out of place at the position it left. */
  @Test
  void aRemovedEventIsReportedAsAVersionOutOfPlace() {
    List<CaseEvent> log = twoEvents();
    ChainVerification result = ChainVerifier.verify(List.of(log.get(1)));
    assertEquals(OptionalLong.of(1), result.firstBrokenVersion());
    assertEquals("event 1 says it is version 2: an event was removed, inserted or moved", result.reason().get());
  }

  /** The first event links to the start of the chain, and the report says so when it does not. */
  @Test
  void aFirstEventNotLinkedToTheStartOfTheChainIsReported() {
    List<CaseEvent> log = twoEvents();
    CaseEvent unlinked = CaseEvent.builder().from(log.get(0)).previousHash(log.get(1).hash()).build();
    ChainVerification result = ChainVerifier.verify(List.of(unlinked, log.get(1)));
    assertEquals("event 1 does not link to the start of the chain: the event before it was altered, removed or "
        + "moved", result.reason().get());
  }

  /**
   * A verification is a value: two checks of the same log agree, and the result reads as what it
   * found, so that a report or a log line shows the broken link.
   */
  @Test
  void aVerificationIsAValueThatReadsAsWhatItFound() {
    List<CaseEvent> log = twoEvents();
    ChainVerification broken = ChainVerifier.verify(List.of(log.get(1)));
    ChainVerification again = ChainVerifier.verify(List.of(log.get(1)));
    ChainVerification elsewhere = ChainVerifier.verify(List.of(log.get(0), log.get(0)));
    ChainVerification intact = ChainVerifier.verify(log);
    assertEquals(again, broken);
    assertEquals(again.hashCode(), broken.hashCode());
    assertNotEquals(broken, elsewhere);
    assertNotEquals(broken, intact);
    assertNotEquals(broken.hashCode(), intact.hashCode());
    assertNotEquals(broken, "broken at 1");
    assertEquals(intact, ChainVerifier.verify(List.of()));
    assertEquals("intact", intact.toString());
    assertEquals("broken at 1: event 1 says it is version 2: an event was removed, inserted or moved",
        broken.toString());
  }

  private static List<CaseEvent> twoEvents() {
    SurveillanceCase c = SurveillanceCase.open(OrganisationCode.of("RH5"));
    Outcome placed = c.decide(TakeDecision.of(DecisionType.PLACE_ON_ENHANCED, LocalDate.of(2025, 3, 3), DIRECTOR,
        "Rising mortality"), EscalationPolicy.nhsDefaults());
    Outcome confirmed = placed.after().decide(TakeDecision.of(DecisionType.CONFIRM_ENHANCED,
        LocalDate.of(2025, 3, 17), DIRECTOR, "Quality review meeting"), EscalationPolicy.nhsDefaults());
    return List.of(placed.events().get(0), confirmed.events().get(0));
  }
}
