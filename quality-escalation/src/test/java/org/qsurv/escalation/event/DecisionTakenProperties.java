package org.qsurv.escalation.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.qsurv.model.surveillance.DecisionType;
import org.qsurv.model.surveillance.Level;

/**
 * A recorded decision can only be a move of the lifecycle (004 §4.4; 003 §5.2, Appendix 1): placed
 * on enhanced from routine; confirmed in, or returned to routine from, enhanced by the quality
 * review meeting; escalated to intensive from routine or enhanced; a risk summit or assurance
 * keeping the level (assurance only above routine); a step down one level at a time. A stored log
 * holding any other move is corrupt, so the event refuses it.
 */
class DecisionTakenProperties {
  private static final LocalDate UNTIL = LocalDate.of(2025, 7, 1);

  /** The moves of the lifecycle, written out as the table of 003 Appendix 1 and 004 §4.4 reads. */
  private static boolean isMove(DecisionType decision, Level from, Level to) {
    return switch (decision) {
      case PLACE_ON_ENHANCED -> from == Level.ROUTINE && to == Level.ENHANCED;
      case CONFIRM_ENHANCED -> from == Level.ENHANCED && to == Level.ENHANCED;
      case RETURN_TO_ROUTINE -> from == Level.ENHANCED && to == Level.ROUTINE;
      case ESCALATE_TO_INTENSIVE -> (from == Level.ROUTINE || from == Level.ENHANCED) && to == Level.INTENSIVE;
      case CALL_RISK_SUMMIT -> from == to;
      case ASSURANCE_GAINED -> (from == Level.ENHANCED || from == Level.INTENSIVE) && from == to;
      case STEP_DOWN -> from == Level.INTENSIVE && to == Level.ENHANCED
          || from == Level.ENHANCED && to == Level.ROUTINE;
    };
  }

  @Property
  void onlyTheMovesOfTheLifecycleCanBeRecorded(@ForAll DecisionType decision, @ForAll Level from, @ForAll Level to) {
    Optional<LocalDate> until = decision == DecisionType.ASSURANCE_GAINED ? Optional.of(UNTIL) : Optional.empty();
    if (isMove(decision, from, to)) {
      DecisionTaken taken = new DecisionTaken(decision, from, to, until, Optional.empty());
      assertEquals(from != to, taken.changesLevel(), "a decision changes the level when it leads elsewhere");
      assertEquals(FactType.DECISION_TAKEN, taken.type());
    } else {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> new DecisionTaken(decision, from, to, until, Optional.empty()));
      assertEquals(decision + " cannot lead from " + from + " to " + to, e.getMessage());
    }
  }

  /**
   * The date a step down is first allowed is fixed when assurance is gained (003 Appendix 1: the
   * sustained-assurance period), so ASSURANCE_GAINED carries it and no other decision does.
   */
  @Property
  void onlyAssuranceGainedCarriesTheEndOfTheSustainedAssurancePeriod(@ForAll DecisionType decision) {
    Level level = decision == DecisionType.PLACE_ON_ENHANCED ? Level.ROUTINE : Level.ENHANCED;
    Level to = switch (decision) {
      case PLACE_ON_ENHANCED, CONFIRM_ENHANCED, CALL_RISK_SUMMIT, ASSURANCE_GAINED -> Level.ENHANCED;
      case ESCALATE_TO_INTENSIVE -> Level.INTENSIVE;
      case RETURN_TO_ROUTINE, STEP_DOWN -> Level.ROUTINE;
    };
    boolean assurance = decision == DecisionType.ASSURANCE_GAINED;
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new DecisionTaken(decision,
        level, to, assurance ? Optional.empty() : Optional.of(UNTIL), Optional.empty()));
    assertEquals(assurance ? "sustainedAssuranceUntil is required for ASSURANCE_GAINED"
        : "sustainedAssuranceUntil is only for ASSURANCE_GAINED, not " + decision, e.getMessage());
  }

  /** An event read from a log written before a field existed has it absent, never null. */
  @Test
  void absentOptionalFieldsAreReadAsEmpty() {
    DecisionTaken taken = new DecisionTaken(DecisionType.CALL_RISK_SUMMIT, Level.ROUTINE, Level.ROUTINE, null, null);
    assertEquals(Optional.empty(), taken.sustainedAssuranceUntil());
    assertEquals(Optional.empty(), taken.meeting());
    DecisionTaken assured = DecisionTaken.assuranceGained(Level.INTENSIVE, UNTIL);
    assertEquals(Optional.of(UNTIL), assured.sustainedAssuranceUntil());
    assertTrue(assured.meeting().isEmpty());
  }
}
