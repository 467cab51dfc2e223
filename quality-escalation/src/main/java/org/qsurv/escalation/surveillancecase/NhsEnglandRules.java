package org.qsurv.escalation.surveillancecase;

import static org.qsurv.escalation.surveillancecase.CaseRules.authorise;
import static org.qsurv.escalation.surveillancecase.CaseRules.authorised;
import static org.qsurv.escalation.surveillancecase.CaseRules.reject;
import static org.qsurv.escalation.surveillancecase.CaseRules.requireActive;
import static org.qsurv.escalation.surveillancecase.CaseRules.unless;

import java.util.Optional;
import org.qsurv.escalation.command.ApplyLever;
import org.qsurv.escalation.command.CallRapidResponseReview;
import org.qsurv.escalation.command.CompleteQualityRiskProfile;
import org.qsurv.escalation.command.RecordMeeting;
import org.qsurv.escalation.command.RequestQualityRiskProfile;
import org.qsurv.escalation.event.ContractualLeverApplied;
import org.qsurv.escalation.event.MeetingHeld;
import org.qsurv.escalation.event.QualityRiskProfileCompleted;
import org.qsurv.escalation.event.QualityRiskProfileRequested;
import org.qsurv.escalation.event.RapidResponseReviewCalled;
import org.qsurv.escalation.levers.AppliedLever;
import org.qsurv.escalation.levers.ContractualLever;
import org.qsurv.escalation.levers.NhsEnglandMeeting;
import org.qsurv.escalation.levers.QualityRiskProfileStatus;
import org.qsurv.escalation.policy.EscalationPolicy;

/**
 * The rules of NHS England's steps (the meetings and the Quality Risk Profile of 003 §5.2.3 a, the
 * risk summit of 003 Appendix 1, the rapid response review of 003 Appendix 2) and of the
 * contractual levers (001 §7.3).
 */
final class NhsEnglandRules {
  private NhsEnglandRules() {}

  /**
   * An intelligence-sharing call or single-item QSG is held on a case in enhanced or intensive
   * surveillance (003 §5.2.3 a); a risk summit, which may be called at any level (003 Appendix 2),
   * is recorded only against one called and not yet recorded, with its chair and attendees (003
   * Appendix 1: the chair ensures "the decision to hold a risk summit is communicated" and provides
   * "a record of discussion and agreed actions").
   */
  static Outcome meeting(SurveillanceCase c, RecordMeeting command, EscalationPolicy policy) {
    if (command.meeting() != NhsEnglandMeeting.RISK_SUMMIT) {
      return unless(requireActive(c, command).or(() -> authorise(c, command, policy)), c, command,
          () -> meetingHeld(command));
    }
    return unless(authorise(c, command, policy).or(() -> {
      if (c.nhsEngland().riskSummitsAwaitingRecord() == 0) {
        return Optional.of(reject(c, BrokenRule.UNKNOWN_REFERENCE, "No risk summit has been called for "
            + c.provider() + " that is not yet recorded; call one first (CALL_RISK_SUMMIT)."));
      } else if (command.chair().isEmpty() || command.attendees().isEmpty()) {
        return Optional.of(reject(c, BrokenRule.INCOMPLETE, "The record of a risk summit names its chair and "
            + "attendees (003 Appendix 1: the chair provides \"a record of discussion and agreed actions\")."));
      }
      return Optional.empty();
    }), c, command, () -> meetingHeld(command));
  }

  /** 003 §5.2.3 a: NHS England asks for a Quality Risk Profile; one request stands at a time. */
  static Outcome requestQualityRiskProfile(SurveillanceCase c, RequestQualityRiskProfile command,
      EscalationPolicy policy) {
    return unless(requireActive(c, command).or(() -> authorise(c, command, policy))
            .or(() -> c.nhsEngland().qualityRiskProfile() == QualityRiskProfileStatus.REQUESTED
                ? Optional.of(reject(c, BrokenRule.ALREADY_RECORDED, "A Quality Risk Profile was requested on "
                    + c.nhsEngland().qualityRiskProfileSince().get() + " and is not yet completed."))
                : Optional.empty()),
        c, command, QualityRiskProfileRequested::of);
  }

  /**
   * 003 §5.2.3 a: "NHSE/I will recommend the completion of a Quality Risk Profile (QRP) and provide
   * a template": a profile is completed only against a request not yet completed.
   */
  static Outcome completeQualityRiskProfile(SurveillanceCase c, CompleteQualityRiskProfile command,
      EscalationPolicy policy) {
    return unless(authorise(c, command, policy)
            .or(() -> c.nhsEngland().qualityRiskProfile() != QualityRiskProfileStatus.REQUESTED
                ? Optional.of(reject(c, BrokenRule.UNKNOWN_REFERENCE, "No Quality Risk Profile has been requested "
                    + "for " + c.provider() + " that is not yet completed; NHS England requests one (003 §5.2.3 a)."))
                : Optional.empty()),
        c, command, () -> QualityRiskProfileCompleted.of(command.summary()));
  }

  /** 003 Appendix 2: the urgent route, at any level. */
  static Outcome rapidResponseReview(SurveillanceCase c, CallRapidResponseReview command, EscalationPolicy policy) {
    return authorised(c, command, policy, RapidResponseReviewCalled::of);
  }

  /**
   * 001 §7.3: the levers after an informal query follow a contract performance notice, and a
   * suspension names the alternative provision put in place.
   */
  static Outcome lever(SurveillanceCase c, ApplyLever command, EscalationPolicy policy) {
    ContractualLever lever = command.lever();
    return unless(authorise(c, command, policy).or(() -> {
      if (lever.needsPerformanceNotice() && c.levers().stream().map(AppliedLever::lever)
          .noneMatch(ContractualLever.CONTRACT_PERFORMANCE_NOTICE::equals)) {
        return Optional.of(reject(c, BrokenRule.PROCEDURE_OUT_OF_ORDER, "A " + lever.description() + " follows a "
            + "contract performance notice (001 §7.3), and none has been issued to " + c.provider() + "."));
      } else if (lever == ContractualLever.SUSPENSION && command.alternativeProvision().isEmpty()) {
        return Optional.of(reject(c, BrokenRule.INCOMPLETE, "A service suspension must name the alternative "
            + "provision put in place (001 §7.3: \"ensuring that an alternative provision is put in place\")."));
      }
      return Optional.empty();
    }), c, command, () -> new ContractualLeverApplied(lever, command.detail(), command.alternativeProvision()));
  }

  private static MeetingHeld meetingHeld(RecordMeeting command) {
    return new MeetingHeld(command.meeting(), command.chair(), command.attendees(), command.agreedActions());
  }
}
