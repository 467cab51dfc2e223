package org.qsurv.escalation.surveillancecase;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.qsurv.escalation.audit.HashChain;
import org.qsurv.escalation.authority.AuthorityTable;
import org.qsurv.escalation.authority.CaseAction;
import org.qsurv.escalation.command.AcceptTrigger;
import org.qsurv.escalation.command.AddActionEvidence;
import org.qsurv.escalation.command.AddPlanAction;
import org.qsurv.escalation.command.AgreeKeyRisks;
import org.qsurv.escalation.command.ApplyLever;
import org.qsurv.escalation.command.AppointLead;
import org.qsurv.escalation.command.CallRapidResponseReview;
import org.qsurv.escalation.command.CaseCommand;
import org.qsurv.escalation.command.CloseRemainingActions;
import org.qsurv.escalation.command.CompleteBaselineReview;
import org.qsurv.escalation.command.CompleteQualityRiskProfile;
import org.qsurv.escalation.command.GiveFeedback;
import org.qsurv.escalation.command.NotifyProvider;
import org.qsurv.escalation.command.RecordCorrection;
import org.qsurv.escalation.command.RecordMeeting;
import org.qsurv.escalation.command.RecordProviderResponse;
import org.qsurv.escalation.command.RequestQualityRiskProfile;
import org.qsurv.escalation.command.SetUpGovernanceGroup;
import org.qsurv.escalation.command.SignOffAction;
import org.qsurv.escalation.command.TakeDecision;
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
import org.qsurv.escalation.event.ImmutableDecisionTaken;
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
import org.qsurv.escalation.levers.AppliedLever;
import org.qsurv.escalation.levers.ContractualLever;
import org.qsurv.escalation.levers.NhsEnglandMeeting;
import org.qsurv.escalation.levers.QualityRiskProfileStatus;
import org.qsurv.escalation.policy.EscalationPolicy;
import org.qsurv.escalation.procedure.EnhancedProcedure;
import org.qsurv.escalation.procedure.KeyRisk;
import org.qsurv.escalation.procedure.PlanAction;
import org.qsurv.escalation.procedure.RiskResponse;
import org.qsurv.model.surveillance.AssuranceMeeting;
import org.qsurv.model.surveillance.DecisionType;
import org.qsurv.model.surveillance.Level;
import org.qsurv.model.surveillance.Role;

/**
 * The rules {@link SurveillanceCase#decide} applies: one method per command, each checking, in
 * order, the level, the authority and then the finer rules, and returning the accepted event or
 * the first rule broken.
 *
 * <p>Where the sources are silent, these choices are made (and documented on the public types):
 * <ul>
 *   <li>A STEP_DOWN is allowed on the day the sustained-assurance period ends: on or after the
 *       ASSURANCE_GAINED date plus the policy's period (so three calendar months after 1 April is
 *       1 July; after 30 November it is 28 or 29 February).</li>
 *   <li>A repeated ASSURANCE_GAINED while assurance stands is accepted and recorded (a later QSG
 *       re-affirming the assurance is evidence that it is sustained) but does not restart the
 *       period: it counts from the first assurance since the level was entered or the assurance
 *       was last cleared.</li>
 *   <li>Accepting a trigger, calling a risk summit and calling a rapid response review each clear
 *       the standing assurance, even when its period has already passed: a step down needs
 *       assurance sustained for the period (003 Appendix 1), which a new trigger (003 §5.2.1) breaks, and the urgent routes
 *       mean patient safety needs urgent action (003 Appendix 2).</li>
 *   <li>The steps of the enhanced procedure follow 003 §5.2.3 in order: the lead is named first;
 *       the baseline review follows the formal notice; key risks follow the baseline review;
 *       feedback follows the key risks; responses and plan actions follow feedback.</li>
 *   <li>Every command, not only the lifecycle decisions, needs a rationale and a date not before
 *       the case's latest event.</li>
 * </ul>
 */
final class CaseRules {
  private CaseRules() {}

  static Outcome decide(SurveillanceCase c, CaseCommand command, EscalationPolicy policy) {
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(policy, "policy");
    CaseAction action = command.action();
    if (command.rationale().isBlank()) {
      return reject(c, BrokenRule.RATIONALE_REQUIRED, "A rationale is needed to " + action.description()
          + ": every decision records why (003 §3: \"an audit trail of actions and rationale for decisions made\").");
    }
    Optional<LocalDate> latest = c.lastEventDate();
    if (latest.isPresent() && command.at().isBefore(latest.get())) {
      return reject(c, BrokenRule.DATED_BEFORE_LATEST_EVENT, "This is dated " + command.at()
          + ", before the latest entry in the case of " + c.provider() + " (" + latest.get()
          + "); the record runs forward in time, so record it on or after " + latest.get() + ".");
    }
    if (command instanceof TakeDecision) {
      return decision(c, (TakeDecision) command, policy);
    } else if (command instanceof AcceptTrigger) {
      AcceptTrigger t = (AcceptTrigger) command;
      return authorised(c, command, policy, () -> TriggerAccepted.of(t.code(), t.evidence()));
    } else if (command instanceof AppointLead) {
      return appointLead(c, (AppointLead) command, policy);
    } else if (command instanceof NotifyProvider) {
      return procedureStep(c, command, policy, () -> null,
          () -> ProviderNotified.of(((NotifyProvider) command).method()));
    } else if (command instanceof SetUpGovernanceGroup) {
      return procedureStep(c, command, policy, () -> null,
          () -> GovernanceGroupSetUp.of(((SetUpGovernanceGroup) command).name()));
    } else if (command instanceof CompleteBaselineReview) {
      return procedureStep(c, command, policy, () -> needsNotice(c),
          () -> BaselineReviewCompleted.of(((CompleteBaselineReview) command).summary()));
    } else if (command instanceof AgreeKeyRisks) {
      return agreeKeyRisks(c, (AgreeKeyRisks) command, policy);
    } else if (command instanceof GiveFeedback) {
      return procedureStep(c, command, policy, () -> needsKeyRisks(c),
          () -> FeedbackGiven.of(((GiveFeedback) command).summary()));
    } else if (command instanceof RecordProviderResponse) {
      return providerResponse(c, (RecordProviderResponse) command, policy);
    } else if (command instanceof AddPlanAction) {
      return addPlanAction(c, (AddPlanAction) command, policy);
    } else if (command instanceof AddActionEvidence) {
      AddActionEvidence e = (AddActionEvidence) command;
      return procedureStep(c, command, policy, () -> needsOpenAction(c, e.actionId(), "add evidence to it"),
          () -> ActionEvidenceAdded.of(e.actionId(), e.evidence()));
    } else if (command instanceof SignOffAction) {
      return signOff(c, (SignOffAction) command, policy);
    } else if (command instanceof CloseRemainingActions) {
      return closeRemaining(c, command, policy);
    } else if (command instanceof RecordMeeting) {
      return meeting(c, (RecordMeeting) command, policy);
    } else if (command instanceof RequestQualityRiskProfile) {
      return requestQualityRiskProfile(c, command, policy);
    } else if (command instanceof CompleteQualityRiskProfile) {
      return completeQualityRiskProfile(c, (CompleteQualityRiskProfile) command, policy);
    } else if (command instanceof CallRapidResponseReview) {
      return authorised(c, command, policy, RapidResponseReviewCalled::of);
    } else if (command instanceof ApplyLever) {
      return lever(c, (ApplyLever) command, policy);
    } else if (command instanceof RecordCorrection) {
      return correction(c, (RecordCorrection) command, policy);
    }
    throw new IllegalArgumentException("unknown kind of command: " + command.getClass().getName());
  }

  // --- the lifecycle decisions (SNAPSHOT.md) ---

  private static Outcome decision(SurveillanceCase c, TakeDecision d, EscalationPolicy policy) {
    Level level = c.level();
    switch (d.decision()) {
      case PLACE_ON_ENHANCED:
        if (level != Level.ROUTINE) {
          return reject(c, BrokenRule.NOT_AT_THIS_LEVEL, c.provider() + " is already in " + describe(c)
              + since(c) + "; a provider is placed on enhanced surveillance only from routine.");
        }
        return authorised(c, d, policy, () -> DecisionTaken.of(d.decision(), Level.ROUTINE, Level.ENHANCED, d.meeting()));
      case CONFIRM_ENHANCED:
      case RETURN_TO_ROUTINE:
        if (level == Level.ENHANCED && !c.pendingReview()) {
          return reject(c, BrokenRule.NOT_AT_THIS_LEVEL, c.provider() + "'s enhanced surveillance is already "
              + "confirmed; the quality review meeting decides once, after a provider is placed on enhanced. "
              + "To return to routine now, record assurance gained and step down once it has been sustained.");
        } else if (level != Level.ENHANCED) {
          return reject(c, BrokenRule.NOT_AT_THIS_LEVEL, c.provider() + " is in " + describe(c)
              + "; only a provider placed on enhanced surveillance and awaiting its quality review meeting can be "
              + (d.decision() == DecisionType.CONFIRM_ENHANCED
                  ? "confirmed in enhanced" : "returned to routine") + " by that meeting (003 Appendix 1).");
        }
        Level to = d.decision() == DecisionType.CONFIRM_ENHANCED
            ? Level.ENHANCED : Level.ROUTINE;
        return authorised(c, d, policy, () -> DecisionTaken.of(d.decision(), Level.ENHANCED, to, d.meeting()));
      case ESCALATE_TO_INTENSIVE:
        if (level == Level.INTENSIVE) {
          return reject(c, BrokenRule.NOT_AT_THIS_LEVEL,
              c.provider() + " is already in intensive surveillance" + since(c) + ".");
        }
        return authorised(c, d, policy, () -> DecisionTaken.of(d.decision(), level, Level.INTENSIVE, d.meeting()));
      case CALL_RISK_SUMMIT:
        return authorised(c, d, policy, () -> DecisionTaken.of(d.decision(), level, level, d.meeting()));
      case ASSURANCE_GAINED:
        if (level == Level.ROUTINE) {
          return reject(c, BrokenRule.NOT_AT_THIS_LEVEL, c.provider() + " is in routine surveillance; assurance "
              + "is recorded for a provider in enhanced or intensive surveillance, to start the "
              + "sustained-assurance period before a step down.");
        } else if (c.pendingReview()) {
          return reject(c, BrokenRule.AWAITING_QUALITY_REVIEW, c.provider() + " is awaiting its quality review "
              + "meeting, which decides first whether to confirm enhanced surveillance or return to routine "
              + "(003 Appendix 1).");
        }
        LocalDate until = c.assurance().map(SustainedAssurance::until)
            .orElseGet(() -> d.at().plus(policy.sustainedAssurancePeriod()));
        return authorised(c, d, policy, () -> ImmutableDecisionTaken.copyOf(DecisionTaken.assuranceGained(level, until))
            .withMeeting(d.meeting()));
      case STEP_DOWN:
        return stepDown(c, d, policy);
      default:
        throw new AssertionError(d.decision());
    }
  }

  private static Outcome stepDown(SurveillanceCase c, TakeDecision d, EscalationPolicy policy) {
    Level level = c.level();
    if (level == Level.ROUTINE) {
      return reject(c, BrokenRule.NOT_AT_THIS_LEVEL,
          c.provider() + " is in routine surveillance already; there is no level to step down from.");
    } else if (c.pendingReview()) {
      return reject(c, BrokenRule.AWAITING_QUALITY_REVIEW, c.provider() + " is awaiting its quality review "
          + "meeting: it leaves enhanced pending review only by that meeting's decision (confirm enhanced or "
          + "return to routine) or by escalation to intensive.");
    }
    Outcome unauthorised = authorise(c, d, policy);
    if (unauthorised != null) {
      return unauthorised;
    }
    if (!assuredAtNhsEnglandMeeting(level, d)) {
      Outcome unsustained = sustainedAssurance(c, d, policy);
      if (unsustained != null) {
        return unsustained;
      }
    }
    if (level == Level.ENHANCED) {
      List<String> open = c.procedure().map(EnhancedProcedure::openActions).orElse(ImmutableList.of())
          .stream().map(PlanAction::id).collect(Collectors.toList());
      if (!open.isEmpty()) {
        return reject(c, BrokenRule.PLAN_NOT_RESOLVED, open.size() + " improvement plan action"
            + (open.size() == 1 ? " is" : "s are") + " neither signed off nor closed (" + String.join(", ", open)
            + "); sign " + (open.size() == 1 ? "it" : "them") + " off, or an ICB director must record a decision "
            + "to close the remainder, before stepping down from enhanced (003 §5.2.3 e).");
      }
    }
    Level to = level == Level.INTENSIVE ? Level.ENHANCED : Level.ROUTINE;
    return accept(c, d, DecisionTaken.of(d.decision(), level, to, d.meeting()));
  }

  /**
   * Whether a step down is taken on assurance gained at one of NHS England's meetings, which 003
   * §5.2.3 a lets the ICB act on at once: "If assurance is gained at any of these meetings
   * [intelligence-sharing calls, single-item QSGs, risk summits] then a decision to step down the
   * process to routine levels of surveillance should be made". Only from enhanced (the section is
   * about the enhanced level; intensive is NHS England's own) and only by an ICB director, whose
   * decision a step down from enhanced is.
   *
   * <p>The meeting need not have been recorded in the case first (RecordMeeting): NHS England leads
   * these meetings and keeps their records (003 §5.2.3 a: "will be led by NHSE/I"), the decision
   * event itself records which meeting gave the assurance, with who decided and why, and a
   * snapshot, which carries decisions but no meetings, could otherwise never take this route.
   */
  private static boolean assuredAtNhsEnglandMeeting(Level level, TakeDecision d) {
    return level == Level.ENHANCED && d.by().role() == Role.ICB_DIRECTOR
        && d.meeting().filter(AssuranceMeeting::ledByNhsEngland).isPresent();
  }

  /**
   * The sustained-assurance rule (003 Appendix 1: assurance gained through the Quality Risk Profile
   * is sustained "for three months" before a step down): assurance must stand at this level and its
   * period must have passed; {@code null} when it has.
   */
  private static Outcome sustainedAssurance(SurveillanceCase c, TakeDecision d, EscalationPolicy policy) {
    Level level = c.level();
    String levelName = level.name().toLowerCase(Locale.ROOT);
    Period period = policy.sustainedAssurancePeriod();
    Optional<SustainedAssurance> assurance = c.assurance();
    if (assurance.isEmpty()) {
      return reject(c, BrokenRule.NO_ASSURANCE, "Stepping down from " + levelName + " needs assurance gained at "
          + "this level first, then " + words(period) + " of sustained assurance (003 Appendix 1). No assurance "
          + "stands: none has been recorded since " + c.provider() + " entered " + levelName + " surveillance on "
          + c.levelSince().map(LocalDate::toString).orElse("?") + ", or a trigger, risk summit or rapid response "
          + "review since has cleared it.");
    }
    SustainedAssurance a = assurance.get();
    if (!a.isSustainedOn(d.at())) {
      return reject(c, BrokenRule.ASSURANCE_NOT_YET_SUSTAINED, "Assurance was gained on " + a.gained()
          + " and must be sustained before a step down (003 Appendix 1), so " + c.provider()
          + " can step down on or after " + a.until() + ", not on " + d.at() + ".");
    }
    return null;
  }

  // --- the enhanced procedure (003 §5.2.3 a-e) ---

  private static Outcome appointLead(SurveillanceCase c, AppointLead command, EscalationPolicy policy) {
    Outcome problem = requireActive(c, command);
    if (problem == null) {
      problem = authorise(c, command, policy);
    }
    if (problem != null) {
      return problem;
    }
    if (c.procedure().flatMap(EnhancedProcedure::lead).filter(command.lead()::equals).isPresent()) {
      return reject(c, BrokenRule.ALREADY_RECORDED, command.lead() + " is already the named ICB quality lead.");
    }
    return accept(c, command, LeadAppointed.of(command.lead()));
  }

  private static Outcome agreeKeyRisks(SurveillanceCase c, AgreeKeyRisks command, EscalationPolicy policy) {
    return procedureStep(c, command, policy, () -> {
      Outcome problem = needsBaselineReview(c);
      if (problem != null) {
        return problem;
      }
      EnhancedProcedure p = c.procedure().get();
      Set<String> ids = new HashSet<>();
      for (KeyRisk risk : command.risks()) {
        if (!ids.add(risk.id()) || p.keyRisk(risk.id()).isPresent()) {
          return reject(c, BrokenRule.ALREADY_RECORDED, "Key risk " + risk.id() + " is already agreed; give a new "
              + "or emerging risk an id of its own.");
        }
      }
      return null;
    }, () -> KeyRisksAgreed.of(command.risks()));
  }

  private static Outcome providerResponse(SurveillanceCase c, RecordProviderResponse command,
      EscalationPolicy policy) {
    return procedureStep(c, command, policy, () -> {
      EnhancedProcedure p = c.procedure().get();
      if (p.feedbackGiven().isEmpty()) {
        return reject(c, BrokenRule.PROCEDURE_OUT_OF_ORDER, "The provider responds to feedback on the key risks "
            + "(003 §5.2.3 d), and no feedback has been given yet.");
      } else if (p.keyRisk(command.riskId()).isEmpty()) {
        return reject(c, BrokenRule.UNKNOWN_REFERENCE, "There is no key risk " + command.riskId() + " in this case; "
            + "the agreed key risks are " + p.keyRisks().stream().map(KeyRisk::id).collect(Collectors.joining(", "))
            + ".");
      } else if (command.response() == RiskResponse.CHALLENGED && command.evidence().isEmpty()) {
        return reject(c, BrokenRule.INCOMPLETE, "A challenge to key risk " + command.riskId()
            + " needs the provider's evidence (003 §5.2.3 d).");
      }
      return null;
    }, () -> ProviderResponded.of(command.riskId(), command.response(), command.evidence()));
  }

  private static Outcome addPlanAction(SurveillanceCase c, AddPlanAction command, EscalationPolicy policy) {
    return procedureStep(c, command, policy, () -> {
      EnhancedProcedure p = c.procedure().get();
      if (p.feedbackGiven().isEmpty()) {
        return reject(c, BrokenRule.PROCEDURE_OUT_OF_ORDER, "The improvement plan follows feedback to the provider "
            + "(003 §5.2.3 d, e), and no feedback has been given yet.");
      } else if (p.action(command.actionId()).isPresent()) {
        return reject(c, BrokenRule.ALREADY_RECORDED, "The improvement plan already has an action "
            + command.actionId() + "; give a new action an id of its own.");
      }
      return null;
    }, () -> PlanActionAdded.builder().actionId(command.actionId()).description(command.description())
        .lead(command.lead()).due(command.due()).metric(command.metric()).build());
  }

  private static Outcome signOff(SurveillanceCase c, SignOffAction command, EscalationPolicy policy) {
    return procedureStep(c, command, policy, () -> {
      Outcome problem = needsOpenAction(c, command.actionId(), "sign it off");
      if (problem == null && c.procedure().get().action(command.actionId()).get().evidence().isEmpty()) {
        problem = reject(c, BrokenRule.INCOMPLETE, "Action " + command.actionId() + " has no evidence of "
            + "implementation; sign-off is for completed actions with evidence (003 §5.2.3 e).");
      }
      return problem;
    }, () -> ActionSignedOff.of(command.actionId()));
  }

  private static Outcome closeRemaining(SurveillanceCase c, CaseCommand command, EscalationPolicy policy) {
    return procedureStep(c, command, policy, () -> {
      if (c.procedure().get().openActions().isEmpty()) {
        return reject(c, BrokenRule.ALREADY_RECORDED, c.procedure().get().plan().isEmpty()
            ? "The case has no improvement plan actions to close."
            : "Every improvement plan action is already signed off or closed; there is nothing to close.");
      }
      return null;
    }, () -> RemainingActionsClosed.of(c.procedure().get().openActions().stream()
        .map(PlanAction::id).collect(ImmutableList.toImmutableList())));
  }

  /**
   * A step of the procedure: the case must be in enhanced or intensive, the person authorised, the
   * lead named (except for naming it), then the step's own {@code rule}.
   */
  private static Outcome procedureStep(SurveillanceCase c, CaseCommand command, EscalationPolicy policy,
      Supplier<Outcome> rule, Supplier<CaseFact> fact) {
    Outcome problem = requireActive(c, command);
    if (problem == null) {
      problem = authorise(c, command, policy);
    }
    if (problem == null && c.procedure().flatMap(EnhancedProcedure::lead).isEmpty()) {
      problem = reject(c, BrokenRule.PROCEDURE_OUT_OF_ORDER, "Name the ICB quality lead first: the lead "
          + "coordinates the enhanced procedure (003 §5.2.3 a).");
    }
    if (problem == null) {
      problem = rule.get();
    }
    return problem != null ? problem : accept(c, command, fact.get());
  }

  private static Outcome needsNotice(SurveillanceCase c) {
    return c.procedure().get().notice().isPresent() ? null : reject(c, BrokenRule.PROCEDURE_OUT_OF_ORDER,
        "Notify the provider formally first (003 §5.2.3 a: written notice, or a contract performance notice); "
            + "the baseline review follows.");
  }

  private static Outcome needsBaselineReview(SurveillanceCase c) {
    return c.procedure().get().baselineReviewed().isPresent() ? null : reject(c,
        BrokenRule.PROCEDURE_OUT_OF_ORDER, "Key risks are agreed once the comprehensive baseline review is "
            + "completed (003 §5.2.3 c), and it is not yet recorded.");
  }

  private static Outcome needsKeyRisks(SurveillanceCase c) {
    return !c.procedure().get().keyRisks().isEmpty() ? null : reject(c, BrokenRule.PROCEDURE_OUT_OF_ORDER,
        "Feedback to the provider is on the agreed key risks (003 §5.2.3 d), and none are agreed yet.");
  }

  private static Outcome needsOpenAction(SurveillanceCase c, String id, String toDo) {
    Optional<PlanAction> action = c.procedure().get().action(id);
    if (action.isEmpty()) {
      return reject(c, BrokenRule.UNKNOWN_REFERENCE, "The improvement plan has no action " + id + ".");
    } else if (!action.get().isOpen()) {
      return reject(c, BrokenRule.ALREADY_RECORDED, "Action " + id + " is already "
          + action.get().status().name().toLowerCase(Locale.ROOT).replace('_', ' ')
          + " (" + action.get().resolved().get() + "); it is too late to " + toDo + ".");
    }
    return null;
  }

  // --- NHS England steps and contractual levers ---

  private static Outcome meeting(SurveillanceCase c, RecordMeeting command, EscalationPolicy policy) {
    if (command.meeting() != NhsEnglandMeeting.RISK_SUMMIT) {
      Outcome problem = requireActive(c, command);
      return problem != null ? problem : authorised(c, command, policy, () -> meetingHeld(command));
    }
    Outcome problem = authorise(c, command, policy);
    if (problem != null) {
      return problem;
    } else if (c.nhsEngland().riskSummitsAwaitingRecord() == 0) {
      return reject(c, BrokenRule.UNKNOWN_REFERENCE, "No risk summit has been called for " + c.provider()
          + " that is not yet recorded; call one first (CALL_RISK_SUMMIT).");
    } else if (command.chair().isEmpty() || command.attendees().isEmpty()) {
      return reject(c, BrokenRule.INCOMPLETE, "The record of a risk summit names its chair and attendees "
          + "(003 Appendix 1: the chair provides \"a record of discussion and agreed actions\").");
    }
    return accept(c, command, meetingHeld(command));
  }

  private static MeetingHeld meetingHeld(RecordMeeting command) {
    return MeetingHeld.builder().meeting(command.meeting()).chair(command.chair())
        .attendees(command.attendees()).agreedActions(command.agreedActions()).build();
  }

  private static Outcome requestQualityRiskProfile(SurveillanceCase c, CaseCommand command,
      EscalationPolicy policy) {
    Outcome problem = requireActive(c, command);
    if (problem == null) {
      problem = authorise(c, command, policy);
    }
    if (problem == null && c.nhsEngland().qualityRiskProfile() == QualityRiskProfileStatus.REQUESTED) {
      problem = reject(c, BrokenRule.ALREADY_RECORDED, "A Quality Risk Profile was requested on "
          + c.nhsEngland().qualityRiskProfileSince().get() + " and is not yet completed.");
    }
    return problem != null ? problem : accept(c, command, QualityRiskProfileRequested.of());
  }

  private static Outcome completeQualityRiskProfile(SurveillanceCase c, CompleteQualityRiskProfile command,
      EscalationPolicy policy) {
    Outcome problem = authorise(c, command, policy);
    if (problem == null && c.nhsEngland().qualityRiskProfile() != QualityRiskProfileStatus.REQUESTED) {
      problem = reject(c, BrokenRule.UNKNOWN_REFERENCE, "No Quality Risk Profile has been requested for "
          + c.provider() + " that is not yet completed; NHS England requests one (003 §5.2.3 a).");
    }
    return problem != null ? problem : accept(c, command, QualityRiskProfileCompleted.of(command.summary()));
  }

  private static Outcome lever(SurveillanceCase c, ApplyLever command, EscalationPolicy policy) {
    Outcome problem = authorise(c, command, policy);
    if (problem != null) {
      return problem;
    }
    ContractualLever lever = command.lever();
    if (lever.needsPerformanceNotice() && c.levers().stream().map(AppliedLever::lever)
        .noneMatch(ContractualLever.CONTRACT_PERFORMANCE_NOTICE::equals)) {
      return reject(c, BrokenRule.PROCEDURE_OUT_OF_ORDER, "A " + lever.description() + " follows a contract "
          + "performance notice (001 §7.3), and none has been issued to " + c.provider() + ".");
    } else if (lever == ContractualLever.SUSPENSION && command.alternativeProvision().isEmpty()) {
      return reject(c, BrokenRule.INCOMPLETE, "A service suspension must name the alternative provision put in "
          + "place (001 §7.3: \"ensuring that an alternative provision is put in place\").");
    }
    return accept(c, command, ContractualLeverApplied.builder().lever(lever).detail(command.detail())
        .alternativeProvision(command.alternativeProvision()).build());
  }

  private static Outcome correction(SurveillanceCase c, RecordCorrection command, EscalationPolicy policy) {
    Outcome problem = authorise(c, command, policy);
    if (problem == null && command.corrects() > c.version()) {
      problem = reject(c, BrokenRule.UNKNOWN_REFERENCE, "There is no event " + command.corrects()
          + " to correct: the case of " + c.provider() + " has " + c.version() + ".");
    }
    return problem != null ? problem : accept(c, command, CorrectionRecorded.of(command.corrects(), command.note()));
  }

  // --- shared checks ---

  private static Outcome requireActive(SurveillanceCase c, CaseCommand command) {
    return c.level() != Level.ROUTINE ? null : reject(c, BrokenRule.NOT_AT_THIS_LEVEL, c.provider()
        + " is in routine surveillance; to " + command.action().description()
        + ", the provider must be in enhanced or intensive surveillance (003 §5.2.3).");
  }

  private static Outcome authorised(SurveillanceCase c, CaseCommand command, EscalationPolicy policy,
      Supplier<? extends CaseFact> fact) {
    Outcome problem = authorise(c, command, policy);
    return problem != null ? problem : accept(c, command, fact.get());
  }

  private static Outcome authorise(SurveillanceCase c, CaseCommand command, EscalationPolicy policy) {
    AuthorityTable authority = policy.authority();
    CaseAction action = command.action();
    if (authority.allows(command.by().role(), action, c.level())) {
      return null;
    }
    String where = action == CaseAction.ASSURANCE_GAINED || action == CaseAction.STEP_DOWN
        ? " in " + c.level().name().toLowerCase(Locale.ROOT) + " surveillance" : "";
    return reject(c, BrokenRule.NOT_AUTHORISED, "Only " + AuthorityTable.describe(authority.rolesFor(action, c.level()))
        + " may " + action.description() + where + "; " + command.by().name() + " acts as "
        + AuthorityTable.describe(command.by().role()) + ".");
  }

  private static Outcome accept(SurveillanceCase c, CaseCommand command, CaseFact fact) {
    CaseEvent unsealed = CaseEvent.builder()
        .provider(c.provider())
        .version(c.version() + 1)
        .at(command.at())
        .by(command.by())
        .rationale(command.rationale())
        .fact(fact)
        .previousHash(c.lastHash())
        .hash(HashChain.GENESIS)
        .build();
    CaseEvent event = HashChain.seal(unsealed);
    return Outcome.accepted(ImmutableList.of(event), c.apply(event));
  }

  private static Outcome reject(SurveillanceCase c, BrokenRule rule, String reason) {
    return Outcome.rejected(Rejected.of(rule, reason), c);
  }

  private static String describe(SurveillanceCase c) {
    switch (c.level()) {
      case ROUTINE:
        return "routine surveillance";
      case ENHANCED:
        return c.pendingReview() ? "enhanced surveillance, pending its quality review meeting" : "enhanced surveillance";
      case INTENSIVE:
        return "intensive surveillance";
      default:
        throw new AssertionError(c.level());
    }
  }

  private static String since(SurveillanceCase c) {
    return c.levelSince().map(d -> " since " + d).orElse("");
  }

  /** A period in words: "3 months", "1 year and 6 months", "90 days". */
  static String words(Period period) {
    List<String> parts = new ArrayList<>();
    if (period.getYears() != 0) {
      parts.add(period.getYears() + (period.getYears() == 1 ? " year" : " years"));
    }
    if (period.getMonths() != 0) {
      parts.add(period.getMonths() + (period.getMonths() == 1 ? " month" : " months"));
    }
    if (period.getDays() != 0) {
      parts.add(period.getDays() + (period.getDays() == 1 ? " day" : " days"));
    }
    return String.join(" and ", parts);
  }
}
