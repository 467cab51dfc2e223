package org.qsurv.escalation.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.qsurv.escalation.policy.EscalationPolicy;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.surveillance.Actor;
import org.qsurv.model.surveillance.Decision;
import org.qsurv.model.surveillance.DecisionType;
import org.qsurv.model.surveillance.Level;
import org.qsurv.model.surveillance.Meeting;
import org.qsurv.model.surveillance.Role;

/** The snapshot seam: SNAPSHOT.md's decisions, replayed per provider. */
class DecisionReplayTest {
  private static final OrganisationCode RH5 = OrganisationCode.of("RH5");
  private static final EscalationPolicy NHS = EscalationPolicy.nhsDefaults();

  /** The example of SNAPSHOT.md. */
  @Test
  void theSnapshotExamplePlacesRh5OnEnhancedPendingReview() {
    ReplayResult r = DecisionReplay.replay(RH5, List.of(decision("2025-03-03", DecisionType.PLACE_ON_ENHANCED,
        "A. Director", Role.ICB_DIRECTOR, "Rising mortality and two never events in a quarter")), NHS);
    assertEquals(Level.ENHANCED, r.level());
    assertTrue(r.pendingReview());
    assertEquals(Optional.of(LocalDate.of(2025, 3, 3)), r.levelSince());
    assertEquals(Optional.empty(), r.sustainedAssuranceUntil());
    assertEquals(1, r.decisions().size());
    assertTrue(r.decisions().get(0).accepted());
    assertEquals(0, r.decisions().get(0).index());
  }

  @Test
  void aRejectedDecisionIsReportedWithItsReasonAndLaterDecisionsStillApply() {
    ReplayResult r = DecisionReplay.replay(RH5, List.of(
        decision("2025-03-01", DecisionType.PLACE_ON_ENHANCED, "B. Lead", Role.ICB_QUALITY_LEAD, "Concerns"),
        decision("2025-03-03", DecisionType.PLACE_ON_ENHANCED, "A. Director", Role.ICB_DIRECTOR, ""),
        decision("2025-03-03", DecisionType.PLACE_ON_ENHANCED, "A. Director", Role.ICB_DIRECTOR, "Concerns"),
        decision("2025-03-17", DecisionType.CONFIRM_ENHANCED, "A. Director", Role.ICB_DIRECTOR, "Meeting"),
        decision("2025-06-02", DecisionType.ASSURANCE_GAINED, "A. Director", Role.ICB_DIRECTOR, "QSG assured")), NHS);
    assertEquals(List.of(false, false, true, true, true),
        r.decisions().stream().map(DecisionOutcome::accepted).collect(java.util.stream.Collectors.toList()));
    assertEquals(Optional.of("Only an ICB director may place a provider on enhanced surveillance; B. Lead acts as "
        + "an ICB quality lead."), r.decisions().get(0).reason());
    assertTrue(r.decisions().get(1).reason().get().startsWith("A rationale is needed"));
    assertEquals(Level.ENHANCED, r.level());
    assertFalse(r.pendingReview());
    assertEquals(Optional.of(LocalDate.of(2025, 3, 3)), r.levelSince());
    assertEquals(Optional.of(LocalDate.of(2025, 9, 2)), r.sustainedAssuranceUntil());
    assertEquals(3, r.events().size());
  }

  /**
   * 003 §5.2.3 a through the snapshot seam: a snapshot's STEP_DOWN from enhanced by an ICB director
   * with {@code "meeting": "RISK_SUMMIT"} is accepted at once; the same decision without the
   * meeting waits for sustained assurance (003 Appendix 1).
   */
  @Test
  void aSnapshotStepDownAtAnNhsEnglandMeetingIsAcceptedAtOnceAndWithoutOneIsNot() {
    List<Decision> enhanced = List.of(
        decision("2025-03-03", DecisionType.PLACE_ON_ENHANCED, "A. Director", Role.ICB_DIRECTOR, "Concerns"),
        decision("2025-03-17", DecisionType.CONFIRM_ENHANCED, "A. Director", Role.ICB_DIRECTOR, "Meeting"));
    Decision stepDown = decision("2025-04-01", DecisionType.STEP_DOWN, "A. Director", Role.ICB_DIRECTOR,
        "Assured at the risk summit");
    Decision atSummit = Decision.builder().from(stepDown).meeting(Meeting.RISK_SUMMIT).build();

    ReplayResult assured = DecisionReplay.replay(RH5, append(enhanced, atSummit), NHS);
    assertEquals(Level.ROUTINE, assured.level());
    assertTrue(assured.decisions().get(2).accepted());

    ReplayResult waiting = DecisionReplay.replay(RH5, append(enhanced, stepDown), NHS);
    assertEquals(Level.ENHANCED, waiting.level());
    assertFalse(waiting.decisions().get(2).accepted());
  }

  private static List<Decision> append(List<Decision> decisions, Decision last) {
    return java.util.stream.Stream.concat(decisions.stream(), java.util.stream.Stream.of(last))
        .collect(java.util.stream.Collectors.toList());
  }

  @Test
  void aProviderNeverMovedFromRoutineHasNoLevelSince() {
    ReplayResult r = DecisionReplay.replay(RH5, List.of(
        decision("2025-02-01", DecisionType.CALL_RISK_SUMMIT, "C. Regional", Role.NHSE_REGION, "Whistleblowing")), NHS);
    assertEquals(Level.ROUTINE, r.level());
    assertEquals(Optional.empty(), r.levelSince());
    assertEquals(Level.ROUTINE, DecisionReplay.replay(RH5, List.of(), NHS).level());
  }

  @Test
  void anotherProvidersDecisionIsAProgrammingError() {
    assertThrows(IllegalArgumentException.class, () -> DecisionReplay.replay(OrganisationCode.of("RA7"), List.of(
        decision("2025-02-01", DecisionType.CALL_RISK_SUMMIT, "C. Regional", Role.NHSE_REGION, "x")), NHS));
  }

  private static Decision decision(String at, DecisionType type, String name, Role role, String why) {
    return Decision.builder().provider(RH5).at(LocalDate.parse(at)).decision(type).by(Actor.of(name, role))
        .rationale(why).build();
  }
}
