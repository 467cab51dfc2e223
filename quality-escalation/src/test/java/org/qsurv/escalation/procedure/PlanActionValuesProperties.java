package org.qsurv.escalation.procedure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * An action of the provider's improvement plan (003 §5.2.3 e: "leads, actions, evidence, agreed
 * metrics, sign-off"): every text of it is given, each piece of evidence too, and it has a
 * resolved date exactly when it is no longer open (signed off or closed), never while it is open.
 */
class PlanActionValuesProperties {
  private static final LocalDate DUE = LocalDate.of(2025, 4, 30);

  private static PlanAction.Builder action() {
    return PlanAction.builder().id("A-1").description("Falls audit").lead("Director of Nursing").due(DUE)
        .metric("Monthly audit");
  }

  @Property
  void anActionHasAResolvedDateExactlyWhenItIsNoLongerOpen(@ForAll ActionStatus status, @ForAll boolean resolved) {
    Optional<LocalDate> date = resolved ? Optional.of(DUE) : Optional.empty();
    if ((status == ActionStatus.OPEN) != resolved) {
      PlanAction made = action().status(status).resolved(date).build();
      assertEquals(status, made.status());
      assertEquals(date, made.resolved());
    } else {
      assertEquals("plan action A-1 is " + status + " so its resolved date must be "
              + (status == ActionStatus.OPEN ? "absent" : "present"),
          assertThrows(IllegalArgumentException.class, () -> action().status(status).resolved(date).build())
              .getMessage());
    }
  }

  @Test
  void noPieceOfEvidenceIsBlank() {
    assertEquals("plan action evidence must not be blank but was \" \"", assertThrows(IllegalArgumentException.class,
        () -> action().evidence(List.of("Audit for April", " ")).build()).getMessage());
    assertEquals(List.of("Audit for April"), action().build().withEvidence(List.of("Audit for April")).evidence());
  }
}
