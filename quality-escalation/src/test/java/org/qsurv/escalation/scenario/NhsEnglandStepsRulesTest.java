package org.qsurv.escalation.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qsurv.escalation.scenario.CaseWalk.DIRECTOR;
import static org.qsurv.escalation.scenario.CaseWalk.REGION;
import static org.qsurv.model.surveillance.DecisionType.CALL_RISK_SUMMIT;
import static org.qsurv.model.surveillance.DecisionType.PLACE_ON_ENHANCED;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.qsurv.escalation.command.ApplyLever;
import org.qsurv.escalation.command.RecordMeeting;
import org.qsurv.escalation.command.RequestQualityRiskProfile;
import org.qsurv.escalation.levers.ContractualLever;
import org.qsurv.escalation.levers.NhsEnglandMeeting;
import org.qsurv.escalation.surveillancecase.BrokenRule;

/**
 * NHS England's steps and the contractual levers, each rule with the reason a person can act on:
 * the meetings of 003 §5.2.3 a on an escalated case, a risk summit's record (003 Appendix 1), one
 * Quality Risk Profile request at a time (003 §5.2.3 a), and the levers that follow a contract
 * performance notice (001 §7.3).
 */
class NhsEnglandStepsRulesTest {

  /** 003 §5.2.3 a: the intelligence-sharing calls and single-item QSGs are steps of enhanced surveillance. */
  @Test
  void callsAndSingleItemQsgsAreHeldOnAnEscalatedCase() {
    CaseWalk walk = new CaseWalk("RH5");
    for (NhsEnglandMeeting meeting : new NhsEnglandMeeting[] {
        NhsEnglandMeeting.INTELLIGENCE_SHARING_CALL, NhsEnglandMeeting.SINGLE_ITEM_QSG}) {
      assertTrue(walk.rejected(meeting(meeting, "2025-01-05"), BrokenRule.NOT_AT_THIS_LEVEL).reason()
          .startsWith("RH5 is in routine surveillance; to record "));
    }
    walk.decided(PLACE_ON_ENHANCED, "2025-01-06", DIRECTOR)
        .accepted(meeting(NhsEnglandMeeting.INTELLIGENCE_SHARING_CALL, "2025-01-07"));
    assertEquals(NhsEnglandMeeting.INTELLIGENCE_SHARING_CALL, walk.state().nhsEngland().meetings().get(0).meeting());
  }

  /** 003 Appendix 1: the record of a risk summit names its attendees as well as its chair. */
  @Test
  void aRiskSummitRecordWithoutAttendeesIsIncomplete() {
    CaseWalk walk = new CaseWalk("RH5").decided(CALL_RISK_SUMMIT, "2025-02-01", REGION);
    assertEquals("The record of a risk summit names its chair and attendees (003 Appendix 1: the chair provides "
        + "\"a record of discussion and agreed actions\").", walk.rejected(RecordMeeting.builder()
        .at(day("2025-02-05")).by(REGION).rationale("Summit held").meeting(NhsEnglandMeeting.RISK_SUMMIT)
        .chair("Regional Chief Nurse").build(), BrokenRule.INCOMPLETE).reason());
    assertEquals(1, walk.state().nhsEngland().riskSummitsAwaitingRecord());
  }

  /** 003 §5.2.3 a: one Quality Risk Profile request stands at a time. */
  @Test
  void aSecondRequestWaitsForTheFirstProfile() {
    CaseWalk walk = new CaseWalk("RH5").decided(PLACE_ON_ENHANCED, "2025-01-06", DIRECTOR)
        .accepted(new RequestQualityRiskProfile(day("2025-01-10"), REGION, "People continue to be at risk"));
    assertEquals("A Quality Risk Profile was requested on 2025-01-10 and is not yet completed.",
        walk.rejected(new RequestQualityRiskProfile(day("2025-01-11"), REGION, "Again"), BrokenRule.ALREADY_RECORDED)
            .reason());
  }

  /**
   * 001 §7.3: the performance notice requests the remedial action plan, and payments are withheld
   * for "continued failure" after it: both follow a notice; the other levers need none.
   */
  @Test
  void withheldPaymentsFollowAContractPerformanceNotice() {
    CaseWalk walk = new CaseWalk("A81001");
    assertEquals("A withheld payment follows a contract performance notice (001 §7.3), and none has been issued "
        + "to A81001.", walk.rejected(lever(ContractualLever.WITHHELD_PAYMENT, "2025-01-10"),
        BrokenRule.PROCEDURE_OUT_OF_ORDER).reason());
    walk.accepted(lever(ContractualLever.EXCEPTION_REPORT, "2025-01-10"))
        .accepted(lever(ContractualLever.CONTRACT_PERFORMANCE_NOTICE, "2025-01-11"))
        .accepted(lever(ContractualLever.WITHHELD_PAYMENT, "2025-01-12"));
    for (ContractualLever lever : ContractualLever.values()) {
      assertEquals(lever == ContractualLever.REMEDIAL_ACTION_PLAN || lever == ContractualLever.WITHHELD_PAYMENT,
          lever.needsPerformanceNotice(), lever.name());
    }
  }

  private static RecordMeeting meeting(NhsEnglandMeeting meeting, String date) {
    return RecordMeeting.builder().at(day(date)).by(REGION).rationale("Concerns shared").meeting(meeting).build();
  }

  private static ApplyLever lever(ContractualLever lever, String date) {
    return ApplyLever.builder().at(day(date)).by(DIRECTOR).rationale("Contract management").lever(lever)
        .detail(Optional.of("Maternity")).build();
  }

  private static LocalDate day(String date) {
    return LocalDate.parse(date);
  }
}
