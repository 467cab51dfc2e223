package org.qsurv.escalation.surveillancecase;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
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
import org.qsurv.escalation.event.CaseEvent;
import org.qsurv.escalation.event.CaseFact;
import org.qsurv.escalation.policy.EscalationPolicy;
import org.qsurv.model.surveillance.Level;

/**
 * The rules {@link SurveillanceCase#decide} applies: the checks every command passes (a rationale,
 * a date not before the case's latest event), then the rules of its concern: {@link LifecycleRules}
 * (levels, decisions, triggers, step-down, corrections), {@link ProcedureRules} (the enhanced
 * procedure, 003 §5.2.3 a-e) and {@link NhsEnglandRules} (NHS England's steps and the contractual
 * levers). Each check returns an optional {@link Rejected}; each command's rules return the
 * {@link Outcome}: the accepted event, or the first rule broken.
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
 *       assurance sustained for the period (003 Appendix 1), which a new trigger (003 §5.2.1)
 *       breaks, and the urgent routes mean patient safety needs urgent action (003 Appendix 2).</li>
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
    Optional<Rejected> problem = recordable(c, command);
    if (problem.isPresent()) {
      return problem.get();
    }
    if (command instanceof TakeDecision d) {
      return LifecycleRules.decision(c, d, policy);
    } else if (command instanceof AcceptTrigger t) {
      return LifecycleRules.trigger(c, t, policy);
    } else if (command instanceof RecordCorrection r) {
      return LifecycleRules.correction(c, r, policy);
    } else if (command instanceof AppointLead a) {
      return ProcedureRules.appointLead(c, a, policy);
    } else if (command instanceof NotifyProvider n) {
      return ProcedureRules.notifyProvider(c, n, policy);
    } else if (command instanceof SetUpGovernanceGroup g) {
      return ProcedureRules.setUpGovernanceGroup(c, g, policy);
    } else if (command instanceof CompleteBaselineReview b) {
      return ProcedureRules.completeBaselineReview(c, b, policy);
    } else if (command instanceof AgreeKeyRisks k) {
      return ProcedureRules.agreeKeyRisks(c, k, policy);
    } else if (command instanceof GiveFeedback f) {
      return ProcedureRules.giveFeedback(c, f, policy);
    } else if (command instanceof RecordProviderResponse r) {
      return ProcedureRules.providerResponse(c, r, policy);
    } else if (command instanceof AddPlanAction a) {
      return ProcedureRules.addPlanAction(c, a, policy);
    } else if (command instanceof AddActionEvidence e) {
      return ProcedureRules.addActionEvidence(c, e, policy);
    } else if (command instanceof SignOffAction s) {
      return ProcedureRules.signOff(c, s, policy);
    } else if (command instanceof CloseRemainingActions r) {
      return ProcedureRules.closeRemaining(c, r, policy);
    } else if (command instanceof RecordMeeting m) {
      return NhsEnglandRules.meeting(c, m, policy);
    } else if (command instanceof RequestQualityRiskProfile r) {
      return NhsEnglandRules.requestQualityRiskProfile(c, r, policy);
    } else if (command instanceof CompleteQualityRiskProfile q) {
      return NhsEnglandRules.completeQualityRiskProfile(c, q, policy);
    } else if (command instanceof CallRapidResponseReview r) {
      return NhsEnglandRules.rapidResponseReview(c, r, policy);
    } else if (command instanceof ApplyLever l) {
      return NhsEnglandRules.lever(c, l, policy);
    }
    throw new IllegalArgumentException("unknown kind of command: " + command.getClass().getName());
  }

  /** Every command: a rationale (003 §3) and a date not before the case's latest event. */
  private static Optional<Rejected> recordable(SurveillanceCase c, CaseCommand command) {
    if (command.rationale().isBlank()) {
      return Optional.of(reject(c, BrokenRule.RATIONALE_REQUIRED, "A rationale is needed to "
          + command.action().description() + ": every decision records why (003 §3: \"an audit trail of "
          + "actions and rationale for decisions made\")."));
    }
    Optional<LocalDate> latest = c.lastEventDate();
    if (latest.isPresent() && command.at().isBefore(latest.get())) {
      return Optional.of(reject(c, BrokenRule.DATED_BEFORE_LATEST_EVENT, "This is dated " + command.at()
          + ", before the latest entry in the case of " + c.provider() + " (" + latest.get()
          + "); the record runs forward in time, so record it on or after " + latest.get() + "."));
    }
    return Optional.empty();
  }

  // --- shared checks ---

  /** The case must be in enhanced or intensive surveillance (003 §5.2.3). */
  static Optional<Rejected> requireActive(SurveillanceCase c, CaseCommand command) {
    return c.level() != Level.ROUTINE ? Optional.empty() : Optional.of(reject(c, BrokenRule.NOT_AT_THIS_LEVEL,
        c.provider() + " is in routine surveillance; to " + command.action().description()
            + ", the provider must be in enhanced or intensive surveillance (003 §5.2.3)."));
  }

  /** The person's role must be allowed the command's action at the case's level by the policy. */
  static Optional<Rejected> authorise(SurveillanceCase c, CaseCommand command, EscalationPolicy policy) {
    AuthorityTable authority = policy.authority();
    CaseAction action = command.action();
    if (authority.allows(command.by().role(), action, c.level())) {
      return Optional.empty();
    }
    String where = action == CaseAction.ASSURANCE_GAINED || action == CaseAction.STEP_DOWN
        ? " in " + c.level().name().toLowerCase(Locale.ROOT) + " surveillance" : "";
    return Optional.of(reject(c, BrokenRule.NOT_AUTHORISED, "Only "
        + AuthorityTable.describe(authority.rolesFor(action, c.level())) + " may " + action.description() + where
        + "; " + command.by().name() + " acts as " + AuthorityTable.describe(command.by().role()) + "."));
  }

  /** The command authorised and then accepted with {@code fact}. */
  static Outcome authorised(SurveillanceCase c, CaseCommand command, EscalationPolicy policy,
      Supplier<? extends CaseFact> fact) {
    return unless(authorise(c, command, policy), c, command, fact);
  }

  /** {@code problem} if there is one, else the command accepted with {@code fact}. */
  static Outcome unless(Optional<Rejected> problem, SurveillanceCase c, CaseCommand command,
      Supplier<? extends CaseFact> fact) {
    return problem.<Outcome>map(r -> r).orElseGet(() -> accept(c, command, fact.get()));
  }

  /** The command accepted: one event with {@code fact}, sealed into the case's hash chain. */
  static Outcome accept(SurveillanceCase c, CaseCommand command, CaseFact fact) {
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
    return new Accepted(ImmutableList.of(event), c.apply(event));
  }

  static Rejected reject(SurveillanceCase c, BrokenRule rule, String reason) {
    return new Rejected(rule, reason, c);
  }

  /** The case's level in words, with "pending its quality review meeting" where it is. */
  static String describe(SurveillanceCase c) {
    return switch (c.level()) {
      case ROUTINE -> "routine surveillance";
      case ENHANCED -> c.pendingReview()
          ? "enhanced surveillance, pending its quality review meeting" : "enhanced surveillance";
      case INTENSIVE -> "intensive surveillance";
    };
  }

  static String since(SurveillanceCase c) {
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
