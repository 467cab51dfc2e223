package org.qsurv.escalation.view;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.stream.Collectors;
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
import org.qsurv.escalation.event.QualityRiskProfileRequested;
import org.qsurv.escalation.event.RapidResponseReviewCalled;
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
      if (event.fact() instanceof CorrectionRecorded correction) {
        corrections.put(correction.corrects(), event.version());
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
          .corrects(fact instanceof CorrectionRecorded correction
              ? OptionalLong.of(correction.corrects()) : OptionalLong.empty())
          .correctedBy(correctedBy.get(event.version()))
          .build());
    }
    return entries.build();
  }

  /** A fact in words. */
  public static String describe(CaseFact fact) {
    if (fact instanceof DecisionTaken d) {
      return decision(d) + d.meeting().map(m -> " (at " + words(m.name()).replace("qsg", "QSG") + ")").orElse("");
    } else if (fact instanceof TriggerAccepted t) {
      return "Trigger accepted: " + t.code()
          + (t.evidence().isEmpty() ? "" : " (evidence " + String.join(", ", t.evidence()) + ")");
    } else if (fact instanceof LeadAppointed l) {
      return "ICB quality lead named: " + l.lead();
    } else if (fact instanceof ProviderNotified n) {
      return "Provider formally notified by " + words(n.method().name());
    } else if (fact instanceof GovernanceGroupSetUp g) {
      return "Governance group set up: " + g.name();
    } else if (fact instanceof BaselineReviewCompleted b) {
      return "Baseline review completed: " + b.summary();
    } else if (fact instanceof KeyRisksAgreed k) {
      return "Key risks agreed: " + k.risks().stream().map(r -> r.id() + " " + r.description())
          .collect(Collectors.joining("; "));
    } else if (fact instanceof FeedbackGiven f) {
      return "Feedback given to the provider: " + f.summary();
    } else if (fact instanceof ProviderResponded r) {
      return "Provider " + words(r.response().name()) + " key risk " + r.riskId()
          + (r.evidence().isEmpty() ? "" : " (evidence " + String.join(", ", r.evidence()) + ")");
    } else if (fact instanceof PlanActionAdded a) {
      return "Improvement plan action " + a.actionId() + " added: " + a.description() + " (lead " + a.lead()
          + ", due " + a.due() + ", metric " + a.metric() + ")";
    } else if (fact instanceof ActionEvidenceAdded e) {
      return "Evidence for action " + e.actionId() + ": " + e.evidence();
    } else if (fact instanceof ActionSignedOff s) {
      return "Action " + s.actionId() + " signed off";
    } else if (fact instanceof RemainingActionsClosed c) {
      return "Remaining actions closed by director's decision: " + String.join(", ", c.actionIds());
    } else if (fact instanceof MeetingHeld m) {
      return capitalised(m.meeting().description()) + " held"
          + m.chair().map(c -> ", chaired by " + c).orElse("")
          + (m.attendees().isEmpty() ? "" : "; attendees " + String.join(", ", m.attendees()))
          + (m.agreedActions().isEmpty() ? "" : "; agreed actions: " + String.join("; ", m.agreedActions()));
    } else if (fact instanceof QualityRiskProfileRequested) {
      return "Quality Risk Profile requested";
    } else if (fact instanceof QualityRiskProfileCompleted q) {
      return "Quality Risk Profile completed" + q.summary().map(s -> ": " + s).orElse("");
    } else if (fact instanceof RapidResponseReviewCalled) {
      return "Rapid response review called";
    } else if (fact instanceof ContractualLeverApplied l) {
      return capitalised(l.lever().description()) + l.detail().map(d -> ": " + d).orElse("")
          + l.alternativeProvision().map(p -> " (alternative provision: " + p + ")").orElse("");
    } else if (fact instanceof CorrectionRecorded c) {
      return "Correction of entry " + c.corrects() + ": " + c.note();
    }
    throw new IllegalArgumentException("unknown kind of fact: " + fact);
  }

  private static String decision(DecisionTaken d) {
    return switch (d.decision()) {
      case PLACE_ON_ENHANCED -> "Placed on enhanced surveillance, pending a quality review meeting";
      case CONFIRM_ENHANCED -> "Quality review meeting confirmed enhanced surveillance";
      case RETURN_TO_ROUTINE -> "Quality review meeting returned the provider to routine surveillance";
      case ESCALATE_TO_INTENSIVE -> "Escalated from " + level(d.from()) + " to intensive surveillance";
      case CALL_RISK_SUMMIT -> "Risk summit called";
      case ASSURANCE_GAINED -> "Assurance gained; to be sustained until " + d.sustainedAssuranceUntil().get();
      case STEP_DOWN -> "Stepped down from " + level(d.from()) + " to " + level(d.to()) + " surveillance";
    };
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
