package org.qsurv.model.surveillance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qsurv.model.Rejections.assertRejected;

import java.time.LocalDate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.qsurv.model.Checks;
import org.qsurv.model.Rejections;
import org.qsurv.model.organisation.OrganisationCode;

/**
 * Who decided, in what role, when and why (003 §3: "an audit trail of actions and rationale
 * for decisions made", 003 aims), and the three levels of surveillance.
 */
class SurveillanceValuesTest {

  @Property
  void anActorWithABlankNameIsRejectedNamingTheFieldAndTheValue(
      @ForAll("blanks") String blank, @ForAll Role role) {
    assertRejected(() -> Actor.of(blank, role), "actor name", Checks.quote(blank));
  }

  /**
   * A decision is a request: a blank rationale must reach the lifecycle, which rejects it as a
   * value with a reason (SNAPSHOT.md "Every decision needs a non-blank rationale").
   */
  @Property
  void aDecisionWithABlankRationaleCanBeRecorded(@ForAll("blanks") String blank,
      @ForAll DecisionType type) {
    Decision request = Decision.builder().provider(OrganisationCode.of("RH5"))
        .at(LocalDate.of(2025, 3, 3)).decision(type).by(Actor.of("A. Director", Role.ICB_DIRECTOR))
        .rationale(blank).build();
    assertEquals(blank, request.rationale());
  }

  @Example
  void levelsAreOrderedRoutineEnhancedIntensive() {
    // 004 §4.4: intensive is the last resort, above enhanced, above routine.
    assertTrue(Level.INTENSIVE.isAbove(Level.ENHANCED));
    assertTrue(Level.ENHANCED.isAbove(Level.ROUTINE));
    assertFalse(Level.ROUTINE.isAbove(Level.ROUTINE));
    assertFalse(Level.ENHANCED.isAbove(Level.INTENSIVE));
  }

  @Provide
  Arbitrary<String> blanks() {
    return Rejections.blanks();
  }
}
