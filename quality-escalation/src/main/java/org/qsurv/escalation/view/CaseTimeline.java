package org.qsurv.escalation.view;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.qsurv.escalation.event.ActionEvidenceAdded;
import org.qsurv.escalation.event.ActionSignedOff;
import org.qsurv.escalation.event.BaselineReviewCompleted;
import org.qsurv.escalation.event.CaseEvent;
import org.qsurv.escalation.event.CaseFact;
import org.qsurv.escalation.event.ContractualLeverApplied;
import org.qsurv.escalation.event.CorrectionRecorded;
import org.qsurv.escalation.event.DecisionTaken;
import org.qsurv.escalation.event.FeedbackGiven;
import org.qsurv.escalation.event.GovernanceGroupSetUp;
import org.qsurv.escalation.event.KeyRisksAgreed;
import org.qsurv.escalation.event.LeadAppointed;
import org.qsurv.escalation.event.MeetingHeld;
import org.qsurv.escalation.event.PlanActionAdded;
import org.qsurv.escalation.event.ProviderNotified;
import org.qsurv.escalation.event.ProviderResponded;
import org.qsurv.escalation.event.QualityRiskProfileCompleted;
import org.qsurv.escalation.event.RemainingActionsClosed;
import org.qsurv.escalation.event.TriggerAccepted;
import org.qsurv.model.surveillance.Level;

/**
 * A case's timeline: every event in order, in words, with who, when and why, and each event's
 * later corrections (003 §3: "an audit trail of actions and rationale for decisions made").
 *
 * <pre>{@code
 * for (TimelineEntry e : CaseTimeline.of(log)) {
 *   print(e.at() + "  " + e.by().name() + "  " + e.what() + "  because " + e.why());
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CaseTimeline {
  private CaseTimeline() {}

  /** The timeline of a case's log, oldest first. */
  public static ImmutableList<TimelineEntry> of(List<CaseEvent> log) {
    ImmutableListMultimap.Builder<Long, Long> corrections = ImmutableListMultimap.builder();
    for (CaseEvent event : log) {
      if (event.fact() instanceof CorrectionRecorded) {
        corrections.put(((CorrectionRecorded) event.fact()).corrects(), event.version());
      }
    }
    ImmutableListMultimap<Long, Long> correctedBy = corrections.build();
    ImmutableList.Builder<TimelineEntry> entries = ImmutableList.builder();
    for (CaseEvent event : log) {
      CaseFact fact = event.fact();
      entries.add(ImmutableTimelineEntry.builder()
          .version(event.version())
          .at(event.at())
          .by(event.by())
          .type(fact.type())
          .what(describe(fact))
          .why(event.rationale())
          .corrects(fact instanceof CorrectionRecorded
              ? OptionalLong.of(((CorrectionRecorded) fact).corrects()) : OptionalLong.empty())
          .correctedBy(correctedBy.get(event.version()))
          .build());
    }
    return entries.build();
  }

  /** A fact in words. */
  public static String describe(CaseFact fact) {
    switch (fact.type()) {
      case DECISION_TAKEN:
        DecisionTaken taken = (DecisionTaken) fact;
        return decision(taken) + taken.meeting().map(m -> " (at " + words(m.name()).replace("qsg", "QSG") + ")").orElse("");
      case TRIGGER_ACCEPTED:
        TriggerAccepted t = (TriggerAccepted) fact;
        return "Trigger accepted: " + t.code() + (t.evidence().isEmpty() ? "" : " (evidence " + String.join(", ", t.evidence()) + ")");
      case LEAD_APPOINTED:
        return "ICB quality lead named: " + ((LeadAppointed) fact).lead();
      case PROVIDER_NOTIFIED:
        return "Provider formally notified by " + words(((ProviderNotified) fact).method().name());
      case GOVERNANCE_GROUP_SET_UP:
        return "Governance group set up: " + ((GovernanceGroupSetUp) fact).name();
      case BASELINE_REVIEW_COMPLETED:
        return "Baseline review completed: " + ((BaselineReviewCompleted) fact).summary();
      case KEY_RISKS_AGREED:
        return "Key risks agreed: " + String.join("; ", ((KeyRisksAgreed) fact).risks().stream()
            .map(r -> r.id() + " " + r.description()).collect(ImmutableList.toImmutableList()));
      case FEEDBACK_GIVEN:
        return "Feedback given to the provider: " + ((FeedbackGiven) fact).summary();
      case PROVIDER_RESPONDED:
        ProviderResponded r = (ProviderResponded) fact;
        return "Provider " + words(r.response().name()) + " key risk " + r.riskId()
            + (r.evidence().isEmpty() ? "" : " (evidence " + String.join(", ", r.evidence()) + ")");
      case PLAN_ACTION_ADDED:
        PlanActionAdded a = (PlanActionAdded) fact;
        return "Improvement plan action " + a.actionId() + " added: " + a.description() + " (lead " + a.lead()
            + ", due " + a.due() + ", metric " + a.metric() + ")";
      case ACTION_EVIDENCE_ADDED:
        ActionEvidenceAdded e = (ActionEvidenceAdded) fact;
        return "Evidence for action " + e.actionId() + ": " + e.evidence();
      case ACTION_SIGNED_OFF:
        return "Action " + ((ActionSignedOff) fact).actionId() + " signed off";
      case REMAINING_ACTIONS_CLOSED:
        return "Remaining actions closed by director's decision: "
            + String.join(", ", ((RemainingActionsClosed) fact).actionIds());
      case MEETING_HELD:
        MeetingHeld m = (MeetingHeld) fact;
        return capitalised(m.meeting().description()) + " held"
            + m.chair().map(c -> ", chaired by " + c).orElse("")
            + (m.attendees().isEmpty() ? "" : "; attendees " + String.join(", ", m.attendees()))
            + (m.agreedActions().isEmpty() ? "" : "; agreed actions: " + String.join("; ", m.agreedActions()));
      case QUALITY_RISK_PROFILE_REQUESTED:
        return "Quality Risk Profile requested";
      case QUALITY_RISK_PROFILE_COMPLETED:
        return "Quality Risk Profile completed"
            + ((QualityRiskProfileCompleted) fact).summary().map(s -> ": " + s).orElse("");
      case RAPID_RESPONSE_REVIEW_CALLED:
        return "Rapid response review called";
      case CONTRACTUAL_LEVER_APPLIED:
        ContractualLeverApplied l = (ContractualLeverApplied) fact;
        return capitalised(l.lever().description()) + l.detail().map(d -> ": " + d).orElse("")
            + l.alternativeProvision().map(p -> " (alternative provision: " + p + ")").orElse("");
      case CORRECTION_RECORDED:
        CorrectionRecorded c = (CorrectionRecorded) fact;
        return "Correction of entry " + c.corrects() + ": " + c.note();
      default:
        throw new AssertionError(fact.type());
    }
  }

  private static String decision(DecisionTaken d) {
    switch (d.decision()) {
      case PLACE_ON_ENHANCED:
        return "Placed on enhanced surveillance, pending a quality review meeting";
      case CONFIRM_ENHANCED:
        return "Quality review meeting confirmed enhanced surveillance";
      case RETURN_TO_ROUTINE:
        return "Quality review meeting returned the provider to routine surveillance";
      case ESCALATE_TO_INTENSIVE:
        return "Escalated from " + level(d.from()) + " to intensive surveillance";
      case CALL_RISK_SUMMIT:
        return "Risk summit called";
      case ASSURANCE_GAINED:
        return "Assurance gained; to be sustained until " + d.sustainedAssuranceUntil().get();
      case STEP_DOWN:
        return "Stepped down from " + level(d.from()) + " to " + level(d.to()) + " surveillance";
      default:
        throw new AssertionError(d.decision());
    }
  }

  private static String level(Level level) {
    return level.name().toLowerCase(Locale.ROOT);
  }

  private static String words(String enumName) {
    return enumName.toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static String capitalised(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
