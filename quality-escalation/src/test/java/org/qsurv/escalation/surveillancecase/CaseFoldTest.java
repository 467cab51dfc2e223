package org.qsurv.escalation.surveillancecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.qsurv.escalation.audit.HashChain;
import org.qsurv.escalation.event.ActionSignedOff;
import org.qsurv.escalation.event.CaseEvent;
import org.qsurv.escalation.event.CaseFact;
import org.qsurv.escalation.event.DecisionTaken;
import org.qsurv.escalation.event.FeedbackGiven;
import org.qsurv.escalation.event.LeadAppointed;
import org.qsurv.escalation.event.ProviderResponded;
import org.qsurv.escalation.event.RapidResponseReviewCalled;
import org.qsurv.escalation.event.TriggerAccepted;
import org.qsurv.escalation.procedure.RiskResponse;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.surveillance.Actor;
import org.qsurv.model.surveillance.DecisionType;
import org.qsurv.model.surveillance.Level;
import org.qsurv.model.surveillance.Role;

/**
 * The case as a fold over its log (003 §3: the audit trail is the record): each event changes only
 * what it records, and a log whose next event cannot follow the state (another provider's, out of
 * order, dated backwards, or not fitting the level) is refused as corrupt, naming the event.
 */
class CaseFoldTest {
  private static final OrganisationCode RH5 = OrganisationCode.of("RH5");
  private static final Actor DIRECTOR = Actor.of("A. Director", Role.ICB_DIRECTOR);
  private static final LocalDate JAN_6 = LocalDate.of(2025, 1, 6);

  private final List<CaseEvent> log = new ArrayList<>();

  @Test
  void theNextEventMustBeTheNextVersionOfThisProviderOnOrAfterTheLatestDate() {
    SurveillanceCase placed = record(JAN_6, DecisionTaken.of(DecisionType.PLACE_ON_ENHANCED, Level.ROUTINE,
        Level.ENHANCED));
    CaseEvent first = log.get(0);
    assertRefused("event version 1 cannot follow version 1 of the case of RH5", () -> placed.apply(first));
    assertRefused("event 1 is for RH5, not RA7", () -> SurveillanceCase.open(OrganisationCode.of("RA7")).apply(first));
    CaseEvent backwards = event(2, JAN_6.minusDays(1), LeadAppointed.of("B. Lead"), placed.lastHash());
    assertRefused("event 2 of RH5 is dated 2025-01-05, before the latest event (2025-01-06)",
        () -> placed.apply(backwards));
    SurveillanceCase sameDay = placed.apply(event(2, JAN_6, LeadAppointed.of("B. Lead"), placed.lastHash()));
    assertEquals(2, sameDay.version());
    assertEquals(Optional.of(JAN_6), sameDay.lastEventDate());
  }

  @Test
  void aDecisionTakenAtAnotherLevelOrAProcedureStepInRoutineDoesNotFit() {
    SurveillanceCase routine = SurveillanceCase.open(RH5);
    assertRefused("CONFIRM_ENHANCED taken at ENHANCED cannot apply to the case of RH5 at ROUTINE",
        () -> routine.apply(event(1, JAN_6, DecisionTaken.of(DecisionType.CONFIRM_ENHANCED, Level.ENHANCED,
            Level.ENHANCED), HashChain.GENESIS)));
    assertRefused("event 1 (LEAD_APPOINTED) is a step of the enhanced procedure, but RH5 is in routine surveillance",
        () -> routine.apply(event(1, JAN_6, LeadAppointed.of("B. Lead"), HashChain.GENESIS)));
    SurveillanceCase enhanced = record(JAN_6, DecisionTaken.of(DecisionType.PLACE_ON_ENHANCED, Level.ROUTINE,
        Level.ENHANCED));
    assertRefused("event 2 (ACTION_SIGNED_OFF) refers to plan action A-9, which the case of RH5 does not have",
        () -> enhanced.apply(event(2, JAN_6, ActionSignedOff.of("A-9"), enhanced.lastHash())));
    SurveillanceCase returned = record(JAN_6.plusDays(14), DecisionTaken.of(DecisionType.RETURN_TO_ROUTINE,
        Level.ENHANCED, Level.ROUTINE));
    assertTrue(returned.procedure().isPresent(), "the last episode's procedure is kept");
    assertEquals(Optional.empty(), returned.activeProcedure(), "but it is not active in routine");
    assertRefused("event 3 (LEAD_APPOINTED) is a step of the enhanced procedure, but RH5 is in routine surveillance",
        () -> returned.apply(event(3, JAN_6.plusDays(15), LeadAppointed.of("B. Lead"), returned.lastHash())));
  }

  /**
   * 003 §5.2.3 d: feedback is dated by its first giving; the provider's latest response to a risk
   * replaces its earlier one, and responses to other risks stay.
   */
  @Test
  void feedbackKeepsItsFirstDateAndTheLatestResponseToARiskReplacesTheEarlierOne() {
    record(JAN_6, DecisionTaken.of(DecisionType.PLACE_ON_ENHANCED, Level.ROUTINE, Level.ENHANCED));
    record(JAN_6.plusDays(1), FeedbackGiven.of("First"));
    SurveillanceCase again = record(JAN_6.plusDays(9), FeedbackGiven.of("Second"));
    assertEquals(Optional.of(JAN_6.plusDays(1)), again.procedure().get().feedbackGiven());
    record(JAN_6.plusDays(10), ProviderResponded.of("KR-1", RiskResponse.ACKNOWLEDGED, List.of()));
    record(JAN_6.plusDays(11), ProviderResponded.of("KR-2", RiskResponse.ACKNOWLEDGED, List.of()));
    SurveillanceCase answered = record(JAN_6.plusDays(12),
        ProviderResponded.of("KR-1", RiskResponse.CHALLENGED, List.of("Audit")));
    assertEquals(List.of("KR-2", "KR-1"),
        answered.procedure().get().responses().stream().map(r -> r.riskId()).toList());
    assertEquals(RiskResponse.CHALLENGED, answered.procedure().get().response("KR-1").get().response());
    assertEquals(JAN_6.plusDays(12), answered.procedure().get().response("KR-1").get().at());
  }

  /**
   * 003 Appendix 1: escalation from routine begins a new episode of the procedure; from enhanced
   * it carries on with the one under way.
   */
  @Test
  void escalationFromRoutineBeginsAProcedureAndFromEnhancedKeepsTheOneUnderWay() {
    SurveillanceCase intensive = record(JAN_6, DecisionTaken.of(DecisionType.ESCALATE_TO_INTENSIVE, Level.ROUTINE,
        Level.INTENSIVE));
    assertEquals(JAN_6, intensive.procedure().get().began());
    log.clear();
    record(JAN_6, DecisionTaken.of(DecisionType.PLACE_ON_ENHANCED, Level.ROUTINE, Level.ENHANCED));
    record(JAN_6.plusDays(1), LeadAppointed.of("B. Lead"));
    SurveillanceCase escalated = record(JAN_6.plusDays(30), DecisionTaken.of(DecisionType.ESCALATE_TO_INTENSIVE,
        Level.ENHANCED, Level.INTENSIVE));
    assertEquals(JAN_6, escalated.procedure().get().began());
    assertEquals(Optional.of("B. Lead"), escalated.procedure().get().lead());
    assertEquals(Optional.of(JAN_6.plusDays(30)), escalated.levelSince());
  }

  /**
   * 003 §5.2.1, Appendix 1 and 2: a trigger accepted or a rapid response review called breaks the
   * sustained assurance; the review is recorded against NHS England's steps.
   */
  @Test
  void aTriggerOrARapidResponseReviewClearsTheAssurance() {
    record(JAN_6, DecisionTaken.of(DecisionType.ESCALATE_TO_INTENSIVE, Level.ROUTINE, Level.INTENSIVE));
    LocalDate gained = JAN_6.plusDays(10);
    SurveillanceCase assured = record(gained, DecisionTaken.assuranceGained(Level.INTENSIVE, gained.plusMonths(3)));
    assertEquals(Optional.of(gained.plusMonths(3)), assured.sustainedAssuranceUntil());
    SurveillanceCase reviewed = record(gained.plusDays(1), RapidResponseReviewCalled.of());
    assertEquals(Optional.empty(), reviewed.assurance());
    assertEquals(List.of(gained.plusDays(1)), reviewed.nhsEngland().rapidResponseReviews());
    record(gained.plusDays(2), DecisionTaken.assuranceGained(Level.INTENSIVE, gained.plusMonths(4)));
    SurveillanceCase triggered = record(gained.plusDays(3), TriggerAccepted.of("NEVER_EVENT", List.of("I-1")));
    assertEquals(Optional.empty(), triggered.sustainedAssuranceUntil());
    assertEquals("NEVER_EVENT", triggered.triggers().get(0).code());
  }

  /**
   * The case is a value: the same log replays to an equal case with the same hash, and a case
   * differing in any part of its state is a different case; it reads as its provider, version,
   * level and assurance.
   */
  @Test
  void aCaseIsAValueOfItsState() {
    record(JAN_6, DecisionTaken.of(DecisionType.PLACE_ON_ENHANCED, Level.ROUTINE, Level.ENHANCED));
    SurveillanceCase pending = SurveillanceCase.replay(RH5, log);
    assertEquals("SurveillanceCase{RH5 v1 ENHANCED (pending review) since 2025-01-06}", pending.toString());
    record(JAN_6.plusDays(14), DecisionTaken.of(DecisionType.CONFIRM_ENHANCED, Level.ENHANCED, Level.ENHANCED));
    SurveillanceCase assured = record(JAN_6.plusDays(20),
        DecisionTaken.assuranceGained(Level.ENHANCED, JAN_6.plusDays(20).plusMonths(3)));
    SurveillanceCase again = SurveillanceCase.replay(RH5, log);
    assertEquals(assured, again);
    assertEquals(assured.hashCode(), again.hashCode());
    assertEquals("SurveillanceCase{RH5 v3 ENHANCED since 2025-01-06, assurance 2025-01-26 until 2025-04-26}",
        assured.toString());
    assertEquals("SurveillanceCase{RH5 v0 ROUTINE}", SurveillanceCase.open(RH5).toString());
    assertNotEquals(pending, assured);
    assertNotEquals(SurveillanceCase.open(RH5), SurveillanceCase.open(OrganisationCode.of("RA7")));
    assertNotEquals(assured, "RH5");
    SurveillanceCase summit = record(JAN_6.plusDays(21), DecisionTaken.of(DecisionType.CALL_RISK_SUMMIT,
        Level.ENHANCED, Level.ENHANCED));
    assertNotEquals(assured, summit);
  }

  private SurveillanceCase record(LocalDate at, CaseFact fact) {
    SurveillanceCase before = SurveillanceCase.replay(RH5, log);
    CaseEvent event = event(log.size() + 1, at, fact, before.lastHash());
    SurveillanceCase after = before.apply(event);
    log.add(event);
    return after;
  }

  private static CaseEvent event(long version, LocalDate at, CaseFact fact, String previousHash) {
    return HashChain.seal(CaseEvent.builder().provider(RH5).version(version).at(at).by(DIRECTOR)
        .rationale("Recorded").fact(fact).previousHash(previousHash).hash(HashChain.GENESIS).build());
  }

  private static void assertRefused(String message, Executable apply) {
    assertEquals(message, assertThrows(IllegalArgumentException.class, apply).getMessage());
  }
}
