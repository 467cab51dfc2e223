package org.qsurv.escalation.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.qsurv.escalation.audit.HashChain;
import org.qsurv.escalation.command.TakeDecision;
import org.qsurv.escalation.policy.EscalationPolicy;
import org.qsurv.escalation.surveillancecase.SurveillanceCase;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.surveillance.Actor;
import org.qsurv.model.surveillance.DecisionType;
import org.qsurv.model.surveillance.Role;

/** The stored form of an event, pinned: a change to it would break every stored hash chain. */
class CaseEventJsonTest {

  @Test
  void theFirstEventOfACaseIsStoredInThisCanonicalForm() {
    CaseEvent placed = SurveillanceCase.open(OrganisationCode.of("RH5")).decide(
        TakeDecision.of(DecisionType.PLACE_ON_ENHANCED, LocalDate.of(2025, 3, 3),
            Actor.of("A. Director", Role.ICB_DIRECTOR), "Rising mortality and two never events in a quarter"),
        EscalationPolicy.nhsDefaults()).events().get(0);
    String expected = "{\"at\":\"2025-03-03\",\"by\":{\"name\":\"A. Director\",\"role\":\"ICB_DIRECTOR\"},"
        + "\"fact\":{\"decision\":\"PLACE_ON_ENHANCED\",\"from\":\"ROUTINE\",\"to\":\"ENHANCED\"},"
        + "\"hash\":\"" + placed.hash() + "\",\"previousHash\":\"" + HashChain.GENESIS + "\",\"provider\":\"RH5\","
        + "\"rationale\":\"Rising mortality and two never events in a quarter\",\"type\":\"DECISION_TAKEN\","
        + "\"version\":1}";
    assertEquals(expected, CaseEventJson.toJson(placed));
    assertEquals(expected.replace("\"hash\":\"" + placed.hash() + "\",", ""),
        new String(CaseEventJson.canonicalBytes(placed), java.nio.charset.StandardCharsets.UTF_8));
  }

  @Test
  void aRowWithAnUnknownFieldOrTypeIsRefusedNamingIt() {
    IllegalArgumentException unknownField = assertThrows(IllegalArgumentException.class,
        () -> CaseEventJson.fromJson("{\"colour\":\"red\"}"));
    assertTrue(unknownField.getMessage().contains("colour"), unknownField.getMessage());
    IllegalArgumentException unknownType = assertThrows(IllegalArgumentException.class,
        () -> CaseEventJson.fromJson("{\"type\":\"MOVED_TO_MARS\"}"));
    assertTrue(unknownType.getMessage().contains("MOVED_TO_MARS"), unknownType.getMessage());
  }
}
