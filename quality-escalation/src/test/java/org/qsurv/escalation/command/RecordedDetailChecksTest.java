package org.qsurv.escalation.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.qsurv.escalation.authority.AuthorityTable;
import org.qsurv.escalation.authority.CaseAction;
import org.qsurv.escalation.authority.Grant;
import org.qsurv.escalation.levers.MeetingRecord;
import org.qsurv.escalation.levers.NhsEnglandMeeting;
import org.qsurv.escalation.procedure.ProviderResponse;
import org.qsurv.escalation.procedure.RiskResponse;
import org.qsurv.escalation.surveillancecase.SustainedAssurance;
import org.qsurv.model.surveillance.Actor;
import org.qsurv.model.surveillance.Level;
import org.qsurv.model.surveillance.Role;

/**
 * The details the enhanced procedure and the NHS England steps record are refused when empty or
 * impossible, with a message naming the field and the value (003 §5.2.3 a-e: each step recorded
 * with what was agreed; 003 Appendix 1: a risk summit records who chaired, who attended and the
 * actions agreed; records "securely stored", so a blank one is never kept).
 */
class RecordedDetailChecksTest {
  private static final LocalDate DAY = LocalDate.of(2025, 3, 1);
  private static final Actor LEAD = Actor.of("Quality lead", Role.ICB_QUALITY_LEAD);
  private static final Actor REGION = Actor.of("Regional Chief Nurse", Role.NHSE_REGION);

  private static void refused(String message, Supplier<?> make) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, make::get);
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }

  /** 003 §5.2.3 c: key risks are agreed; an agreement of none is no agreement. */
  @Test
  void keyRisksAgreedNameAtLeastOneRisk() {
    refused("key risks to agree must name at least one risk but named none",
        () -> new AgreeKeyRisks(DAY, LEAD, "Agreed at the governance group", List.of()));
    refused("AgreeKeyRisks: risks is required but was absent",
        () -> new AgreeKeyRisks(DAY, LEAD, "Agreed", null));
  }

  /** A correction points at an earlier event, version 1 or later. */
  @Test
  void aCorrectionNamesTheVersionOfAnEarlierEvent() {
    refused("corrects must be the version of an earlier event (1 or more) but was 0",
        () -> new RecordCorrection(DAY, LEAD, "Wrong date", 0, "The meeting was a day later"));
    assertEquals(1, new RecordCorrection(DAY, LEAD, "Wrong date", 1, "A day later").corrects());
  }

  /**
   * A meeting's chair, attendees and agreed actions are never blank, whether recorded as a
   * command or kept as the meeting record (003 Appendix 1).
   */
  @Test
  void aMeetingsChairAttendeesAndActionsAreNeverBlank() {
    refused("meeting chair", () -> RecordMeeting.builder().at(DAY).by(REGION).rationale("Held")
        .meeting(NhsEnglandMeeting.RISK_SUMMIT).chair(" ").build());
    refused("meeting attendee", () -> RecordMeeting.builder().at(DAY).by(REGION)
        .rationale("Held").meeting(NhsEnglandMeeting.RISK_SUMMIT).addAttendees("CQC", " ").build());
    refused("agreed action", () -> RecordMeeting.builder().at(DAY).by(REGION).rationale("Held")
        .meeting(NhsEnglandMeeting.RISK_SUMMIT).addAgreedActions(" ").build());
    refused("meeting chair", () -> MeetingRecord.builder().at(DAY)
        .meeting(NhsEnglandMeeting.RISK_SUMMIT).chair("").build());
    refused("meeting attendee", () -> MeetingRecord.builder().at(DAY)
        .meeting(NhsEnglandMeeting.RISK_SUMMIT).addAttendees(" ").build());
    refused("agreed action", () -> MeetingRecord.builder().at(DAY)
        .meeting(NhsEnglandMeeting.RISK_SUMMIT).addAgreedActions("\t").build());
  }

  /** 003 §5.2.3 d: the provider's response to a key risk; a challenge carries its evidence. */
  @Test
  void aProvidersResponseHasNoBlankEvidenceAndAChallengeHasSome() {
    refused("evidence", () -> ProviderResponse.builder().riskId("KR-1")
        .response(RiskResponse.ACKNOWLEDGED).addEvidence(" ").at(DAY).build());
    refused("a challenge to risk KR-1 must carry evidence but had none",
        () -> ProviderResponse.builder().riskId("KR-1").response(RiskResponse.CHALLENGED)
            .at(DAY).build());
  }

  /** 003 Appendix 1: assurance is sustained for a period after it is gained, never before. */
  @Test
  void sustainedAssuranceEndsAfterItIsGained() {
    refused("sustained assurance must end after it is gained (2025-03-01) but ends 2025-03-01",
        () -> SustainedAssurance.of(DAY, DAY));
    assertTrue(SustainedAssurance.of(DAY, DAY.plusMonths(3)).isSustainedOn(DAY.plusMonths(3)));
  }

  /** An authority row for a level at which its action can never be taken is refused. */
  @Test
  void anAuthorityRowNamesOnlyALevelItsActionCanBeTakenAt() {
    refused("authority for CONFIRM_ENHANCED names level ROUTINE, at which it can never be taken",
        () -> Grant.at(CaseAction.CONFIRM_ENHANCED, Level.ROUTINE, Role.ICB_DIRECTOR));
    assertEquals(Level.ENHANCED, Grant.at(CaseAction.CONFIRM_ENHANCED, Level.ENHANCED,
        Role.ICB_DIRECTOR).level().orElseThrow());
  }

  /** Refusals name who may act in words (the authority table's reasons). */
  @Test
  void everyRoleIsDescribedInWords() {
    assertEquals(List.of("an ICB quality lead", "an ICB director", "NHS England (region)",
        "the provider", "a viewer"), List.of(Role.ICB_QUALITY_LEAD, Role.ICB_DIRECTOR,
        Role.NHSE_REGION, Role.PROVIDER, Role.VIEWER).stream().map(AuthorityTable::describe)
        .toList());
  }
}
