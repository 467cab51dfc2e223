package org.qsurv.escalation.surveillancecase;

import static org.qsurv.escalation.surveillancecase.CaseRules.authorise;
import static org.qsurv.escalation.surveillancecase.CaseRules.reject;
import static org.qsurv.escalation.surveillancecase.CaseRules.requireActive;
import static org.qsurv.escalation.surveillancecase.CaseRules.unless;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.qsurv.escalation.command.AddActionEvidence;
import org.qsurv.escalation.command.AddPlanAction;
import org.qsurv.escalation.command.AgreeKeyRisks;
import org.qsurv.escalation.command.AppointLead;
import org.qsurv.escalation.command.CaseCommand;
import org.qsurv.escalation.command.CloseRemainingActions;
import org.qsurv.escalation.command.CompleteBaselineReview;
import org.qsurv.escalation.command.GiveFeedback;
import org.qsurv.escalation.command.NotifyProvider;
import org.qsurv.escalation.command.RecordProviderResponse;
import org.qsurv.escalation.command.SetUpGovernanceGroup;
import org.qsurv.escalation.command.SignOffAction;
import org.qsurv.escalation.event.ActionEvidenceAdded;
import org.qsurv.escalation.event.ActionSignedOff;
import org.qsurv.escalation.event.BaselineReviewCompleted;
import org.qsurv.escalation.event.CaseFact;
import org.qsurv.escalation.event.FeedbackGiven;
import org.qsurv.escalation.event.GovernanceGroupSetUp;
import org.qsurv.escalation.event.KeyRisksAgreed;
import org.qsurv.escalation.event.LeadAppointed;
import org.qsurv.escalation.event.PlanActionAdded;
import org.qsurv.escalation.event.ProviderNotified;
import org.qsurv.escalation.event.ProviderResponded;
import org.qsurv.escalation.event.RemainingActionsClosed;
import org.qsurv.escalation.policy.EscalationPolicy;
import org.qsurv.escalation.procedure.EnhancedProcedure;
import org.qsurv.escalation.procedure.KeyRisk;
import org.qsurv.escalation.procedure.PlanAction;
import org.qsurv.escalation.procedure.RiskResponse;

/**
 * The rules of the enhanced procedure, 003 §5.2.3 a-e, step by step: each needs the case in
 * enhanced or intensive surveillance, the person authorised, the lead named (a), and the step
 * before it done.
 */
final class ProcedureRules {
  private ProcedureRules() {}

  /** 003 §5.2.3 a: "identify a CCG quality lead to coordinate activity at the enhanced monitoring level". */
  static Outcome appointLead(SurveillanceCase c, AppointLead command, EscalationPolicy policy) {
    return unless(requireActive(c, command).or(() -> authorise(c, command, policy))
            .or(() -> c.procedure().flatMap(EnhancedProcedure::lead).filter(command.lead()::equals).isPresent()
                ? Optional.of(reject(c, BrokenRule.ALREADY_RECORDED, command.lead()
                    + " is already the named ICB quality lead."))
                : Optional.empty()),
        c, command, () -> LeadAppointed.of(command.lead()));
  }

  /** 003 §5.2.3 a: concerns "expressed to the provider formally in writing as an initial step". */
  static Outcome notifyProvider(SurveillanceCase c, NotifyProvider command, EscalationPolicy policy) {
    return step(c, command, policy, p -> Optional.empty(), () -> ProviderNotified.of(command.method()));
  }

  /** 003 §5.2.3 a: the governance group that reports through to the quality governance structure. */
  static Outcome setUpGovernanceGroup(SurveillanceCase c, SetUpGovernanceGroup command, EscalationPolicy policy) {
    return step(c, command, policy, p -> Optional.empty(), () -> GovernanceGroupSetUp.of(command.name()));
  }

  /** 003 §5.2.3 b follows the formal notice of a. */
  static Outcome completeBaselineReview(SurveillanceCase c, CompleteBaselineReview command,
      EscalationPolicy policy) {
    return step(c, command, policy, p -> p.notice().isPresent() ? Optional.empty() : Optional.of(reject(c,
            BrokenRule.PROCEDURE_OUT_OF_ORDER, "Notify the provider formally first (003 §5.2.3 a: written notice, "
                + "or a contract performance notice); the baseline review follows.")),
        () -> BaselineReviewCompleted.of(command.summary()));
  }

  /** 003 §5.2.3 c: key risks follow the baseline review; each agreed risk has an id of its own. */
  static Outcome agreeKeyRisks(SurveillanceCase c, AgreeKeyRisks command, EscalationPolicy policy) {
    return step(c, command, policy, p -> {
      if (p.baselineReviewed().isEmpty()) {
        return Optional.of(reject(c, BrokenRule.PROCEDURE_OUT_OF_ORDER, "Key risks are agreed once the "
            + "comprehensive baseline review is completed (003 §5.2.3 c), and it is not yet recorded."));
      }
      Set<String> ids = new HashSet<>();
      for (KeyRisk risk : command.risks()) {
        if (!ids.add(risk.id()) || p.keyRisk(risk.id()).isPresent()) {
          return Optional.of(reject(c, BrokenRule.ALREADY_RECORDED, "Key risk " + risk.id() + " is already "
              + "agreed; give a new or emerging risk an id of its own."));
        }
      }
      return Optional.empty();
    }, () -> KeyRisksAgreed.of(command.risks()));
  }

  /** 003 §5.2.3 d: feedback is on the agreed key risks. */
  static Outcome giveFeedback(SurveillanceCase c, GiveFeedback command, EscalationPolicy policy) {
    return step(c, command, policy, p -> !p.keyRisks().isEmpty() ? Optional.empty() : Optional.of(reject(c,
            BrokenRule.PROCEDURE_OUT_OF_ORDER, "Feedback to the provider is on the agreed key risks "
                + "(003 §5.2.3 d), and none are agreed yet.")),
        () -> FeedbackGiven.of(command.summary()));
  }

  /**
   * 003 §5.2.3 d: the provider may "acknowledge or challenge risks presented and ... provide further
   * evidence": a response follows feedback, names an agreed key risk, and a challenge has evidence.
   */
  static Outcome providerResponse(SurveillanceCase c, RecordProviderResponse command, EscalationPolicy policy) {
    return step(c, command, policy, p -> {
      if (p.feedbackGiven().isEmpty()) {
        return Optional.of(reject(c, BrokenRule.PROCEDURE_OUT_OF_ORDER, "The provider responds to feedback on "
            + "the key risks (003 §5.2.3 d), and no feedback has been given yet."));
      } else if (p.keyRisk(command.riskId()).isEmpty()) {
        return Optional.of(reject(c, BrokenRule.UNKNOWN_REFERENCE, "There is no key risk " + command.riskId()
            + " in this case; the agreed key risks are "
            + p.keyRisks().stream().map(KeyRisk::id).collect(Collectors.joining(", ")) + "."));
      } else if (command.response() == RiskResponse.CHALLENGED && command.evidence().isEmpty()) {
        return Optional.of(reject(c, BrokenRule.INCOMPLETE, "A challenge to key risk " + command.riskId()
            + " needs the provider's evidence (003 §5.2.3 d)."));
      }
      return Optional.empty();
    }, () -> ProviderResponded.of(command.riskId(), command.response(), command.evidence()));
  }

  /** 003 §5.2.3 d, e: the provider's plan follows feedback; each action has an id of its own. */
  static Outcome addPlanAction(SurveillanceCase c, AddPlanAction command, EscalationPolicy policy) {
    return step(c, command, policy, p -> {
      if (p.feedbackGiven().isEmpty()) {
        return Optional.of(reject(c, BrokenRule.PROCEDURE_OUT_OF_ORDER, "The improvement plan follows feedback "
            + "to the provider (003 §5.2.3 d, e), and no feedback has been given yet."));
      } else if (p.action(command.actionId()).isPresent()) {
        return Optional.of(reject(c, BrokenRule.ALREADY_RECORDED, "The improvement plan already has an action "
            + command.actionId() + "; give a new action an id of its own."));
      }
      return Optional.empty();
    }, () -> new PlanActionAdded(command.actionId(), command.description(), command.lead(), command.due(),
        command.metric()));
  }

  /** 003 §5.2.3 e: the provider provides "evidence of implementations" for an open action. */
  static Outcome addActionEvidence(SurveillanceCase c, AddActionEvidence command, EscalationPolicy policy) {
    return step(c, command, policy, p -> openAction(c, p, command.actionId(), "add evidence to it"),
        () -> ActionEvidenceAdded.of(command.actionId(), command.evidence()));
  }

  /** 003 §5.2.3 e: the plan is monitored "including sign off of actions", on their evidence. */
  static Outcome signOff(SurveillanceCase c, SignOffAction command, EscalationPolicy policy) {
    return step(c, command, policy, p -> openAction(c, p, command.actionId(), "sign it off")
            .or(() -> p.action(command.actionId()).get().evidence().isEmpty()
                ? Optional.of(reject(c, BrokenRule.INCOMPLETE, "Action " + command.actionId() + " has no evidence "
                    + "of implementation; sign-off is for completed actions with evidence (003 §5.2.3 e)."))
                : Optional.empty()),
        () -> ActionSignedOff.of(command.actionId()));
  }

  /** An ICB director's decision to close the actions not signed off (003 §5.2.3 e). */
  static Outcome closeRemaining(SurveillanceCase c, CloseRemainingActions command, EscalationPolicy policy) {
    return step(c, command, policy, p -> !p.openActions().isEmpty() ? Optional.empty() : Optional.of(reject(c,
            BrokenRule.ALREADY_RECORDED, p.plan().isEmpty()
                ? "The case has no improvement plan actions to close."
                : "Every improvement plan action is already signed off or closed; there is nothing to close.")),
        () -> RemainingActionsClosed.of(c.procedure().get().openActions().stream()
            .map(PlanAction::id).collect(ImmutableList.toImmutableList())));
  }

  /**
   * A step of the procedure: the case must be in enhanced or intensive, the person authorised, the
   * lead named (003 §5.2.3 a: the lead coordinates the procedure), then the step's own {@code rule}
   * over the procedure.
   */
  private static Outcome step(SurveillanceCase c, CaseCommand command, EscalationPolicy policy,
      Function<EnhancedProcedure, Optional<Rejected>> rule, Supplier<? extends CaseFact> fact) {
    Optional<Rejected> problem = requireActive(c, command).or(() -> authorise(c, command, policy))
        .or(() -> c.procedure().flatMap(EnhancedProcedure::lead).isPresent() ? Optional.empty()
            : Optional.of(reject(c, BrokenRule.PROCEDURE_OUT_OF_ORDER, "Name the ICB quality lead first: the lead "
                + "coordinates the enhanced procedure (003 §5.2.3 a).")))
        .or(() -> rule.apply(c.procedure().get()));
    return unless(problem, c, command, fact);
  }

  private static Optional<Rejected> openAction(SurveillanceCase c, EnhancedProcedure p, String id, String toDo) {
    Optional<PlanAction> action = p.action(id);
    if (action.isEmpty()) {
      return Optional.of(reject(c, BrokenRule.UNKNOWN_REFERENCE, "The improvement plan has no action " + id + "."));
    } else if (!action.get().isOpen()) {
      return Optional.of(reject(c, BrokenRule.ALREADY_RECORDED, "Action " + id + " is already "
          + action.get().status().name().toLowerCase(Locale.ROOT).replace('_', ' ')
          + " (" + action.get().resolved().get() + "); it is too late to " + toDo + "."));
    }
    return Optional.empty();
  }
}
