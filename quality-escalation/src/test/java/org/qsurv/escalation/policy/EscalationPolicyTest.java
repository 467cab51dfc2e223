package org.qsurv.escalation.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Period;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.qsurv.escalation.authority.AuthorityTable;
import org.qsurv.escalation.authority.CaseAction;
import org.qsurv.escalation.authority.Grant;
import org.qsurv.model.json.QsurvJson;
import org.qsurv.model.surveillance.Level;
import org.qsurv.model.surveillance.Role;

/** Policy as data: national defaults (003 Appendix 1, 004 §4.4), JSON-loadable, validated. */
class EscalationPolicyTest {
  private final ObjectMapper json = QsurvJson.mapper();

  /** SNAPSHOT.md's table, row by row. */
  @Test
  void theNationalAuthorityTableIsSnapshotMds() {
    AuthorityTable t = EscalationPolicy.nhsDefaults().authority();
    assertEquals(Set.of(Role.ICB_DIRECTOR), t.rolesFor(CaseAction.PLACE_ON_ENHANCED, Level.ROUTINE));
    assertEquals(Set.of(Role.ICB_DIRECTOR), t.rolesFor(CaseAction.CONFIRM_ENHANCED, Level.ENHANCED));
    assertEquals(Set.of(Role.ICB_DIRECTOR), t.rolesFor(CaseAction.RETURN_TO_ROUTINE, Level.ENHANCED));
    for (Level level : Level.values()) {
      assertEquals(Set.of(Role.NHSE_REGION), t.rolesFor(CaseAction.CALL_RISK_SUMMIT, level));
    }
    assertEquals(Set.of(Role.NHSE_REGION), t.rolesFor(CaseAction.ESCALATE_TO_INTENSIVE, Level.ROUTINE));
    assertEquals(Set.of(Role.NHSE_REGION), t.rolesFor(CaseAction.ESCALATE_TO_INTENSIVE, Level.ENHANCED));
    assertEquals(Set.of(Role.ICB_DIRECTOR), t.rolesFor(CaseAction.ASSURANCE_GAINED, Level.ENHANCED));
    assertEquals(Set.of(Role.NHSE_REGION), t.rolesFor(CaseAction.ASSURANCE_GAINED, Level.INTENSIVE));
    assertEquals(Set.of(Role.ICB_DIRECTOR), t.rolesFor(CaseAction.STEP_DOWN, Level.ENHANCED));
    assertEquals(Set.of(Role.NHSE_REGION), t.rolesFor(CaseAction.STEP_DOWN, Level.INTENSIVE));
    assertEquals(Set.of(), t.rolesFor(CaseAction.STEP_DOWN, Level.ROUTINE), "never possible from routine");
  }

  @Test
  void theSustainedAssurancePeriodIsThreeMonthsByDefault() {
    assertEquals(Period.ofMonths(3), EscalationPolicy.nhsDefaults().sustainedAssurancePeriod());
  }

  @Test
  void aPolicyFileNeedOnlySayWhatDiffersFromTheNationalDefaults() throws Exception {
    assertEquals(EscalationPolicy.nhsDefaults(), json.readValue("{}", EscalationPolicy.class));
    EscalationPolicy local = json.readValue("{\"sustainedAssurancePeriod\":\"P6M\"}", EscalationPolicy.class);
    assertEquals(Period.ofMonths(6), local.sustainedAssurancePeriod());
    assertEquals(AuthorityTable.nhsDefaults(), local.authority());
  }

  @Test
  void aPolicyWrittenAsJsonReadsBackEqual() throws Exception {
    EscalationPolicy local = EscalationPolicy.builder()
        .authority(AuthorityTable.nhsDefaults().with(Grant.of(CaseAction.GIVE_FEEDBACK, Role.ICB_QUALITY_LEAD)))
        .sustainedAssurancePeriod(Period.ofMonths(4)).build();
    String text = json.writeValueAsString(local);
    assertTrue(text.contains("{\"action\":\"GIVE_FEEDBACK\",\"roles\":[\"ICB_QUALITY_LEAD\"]}"), text);
    assertEquals(local, json.readValue(text, EscalationPolicy.class));
  }

  @Test
  void aPeriodThatIsNotPositiveIsRefusedNamingTheField() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> EscalationPolicy.builder().sustainedAssurancePeriod(Period.ZERO).build());
    assertEquals("sustainedAssurancePeriod must be a positive period such as P3M but was P0D", e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> EscalationPolicy.builder().sustainedAssurancePeriod(Period.of(0, 3, -1)).build());
  }

  @Test
  void anUnknownFieldIsAnError() {
    assertThrows(Exception.class, () -> json.readValue("{\"sustainedAssurancePeriods\":\"P6M\"}", EscalationPolicy.class));
  }

  /** 004 §4.4: "the move into intensive assurance [is authorised] by NHSE"; no local policy may let the ICB enter it. */
  @Test
  void noLocalPolicyMayLetTheIcbEscalateToIntensive() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AuthorityTable.nhsDefaults()
        .with(Grant.of(CaseAction.ESCALATE_TO_INTENSIVE, Role.ICB_DIRECTOR, Role.NHSE_REGION)));
    assertEquals("authority for ESCALATE_TO_INTENSIVE at ROUTINE names ICB_DIRECTOR, but only NHS England leads "
        + "intensive surveillance", e.getMessage());
  }

  @Test
  void noLocalPolicyMayLetAViewerOrTheProviderDecide() {
    assertThrows(IllegalArgumentException.class, () -> AuthorityTable.nhsDefaults()
        .with(Grant.of(CaseAction.APPLY_INFORMAL_QUERY, Role.VIEWER)));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AuthorityTable.nhsDefaults()
        .with(Grant.of(CaseAction.SIGN_OFF_ACTION, Role.PROVIDER)));
    assertTrue(e.getMessage().contains("PROVIDER"), e.getMessage());
  }

  @Test
  void everyActionMustHaveSomeoneWhoMayTakeIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AuthorityTable.of(
        AuthorityTable.nhsDefaults().grants().subList(1, AuthorityTable.nhsDefaults().grants().size())));
    assertEquals("authority must say who may place a provider on enhanced surveillance (PLACE_ON_ENHANCED) at "
        + "ROUTINE but has no row for it", e.getMessage());
  }

  @Test
  void aJsonPolicyThatBreaksANationalRuleIsRefusedWithTheReason() {
    Exception e = assertThrows(Exception.class, () -> json.readValue(
        "{\"authority\":[{\"action\":\"STEP_DOWN\",\"level\":\"ROUTINE\",\"roles\":[\"ICB_DIRECTOR\"]}]}",
        EscalationPolicy.class));
    assertTrue(e.getMessage().contains("STEP_DOWN names level ROUTINE, at which it can never be taken"),
        e.getMessage());
  }
}
