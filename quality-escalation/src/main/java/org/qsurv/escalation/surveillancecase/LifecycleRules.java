package org.qsurv.escalation.surveillancecase;

import static org.qsurv.escalation.surveillancecase.CaseRules.accept;
import static org.qsurv.escalation.surveillancecase.CaseRules.authorise;
import static org.qsurv.escalation.surveillancecase.CaseRules.authorised;
import static org.qsurv.escalation.surveillancecase.CaseRules.describe;
import static org.qsurv.escalation.surveillancecase.CaseRules.reject;
import static org.qsurv.escalation.surveillancecase.CaseRules.since;
import static org.qsurv.escalation.surveillancecase.CaseRules.unless;
import static org.qsurv.escalation.surveillancecase.CaseRules.words;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.qsurv.escalation.command.AcceptTrigger;
import org.qsurv.escalation.command.RecordCorrection;
import org.qsurv.escalation.command.TakeDecision;
import org.qsurv.escalation.event.CorrectionRecorded;
import org.qsurv.escalation.event.DecisionTaken;
import org.qsurv.escalation.event.TriggerAccepted;
import org.qsurv.escalation.policy.EscalationPolicy;
import org.qsurv.escalation.procedure.EnhancedProcedure;
import org.qsurv.escalation.procedure.PlanAction;
import org.qsurv.model.surveillance.Meeting;
import org.qsurv.model.surveillance.DecisionType;
import org.qsurv.model.surveillance.Level;
import org.qsurv.model.surveillance.Role;

/**
 * The rules of the lifecycle: the decisions of SNAPSHOT.md (placing on, confirming and ending
 * enhanced surveillance, escalating to intensive, calling a risk summit, assurance and the step
 * down; 003 §5.2, Appendix 1; 004 §4.4), accepting triggers (003 §5.2.1) and corrections (003 §3).
 */
final class LifecycleRules {
  private LifecycleRules() {}

  static Outcome decision(SurveillanceCase c, TakeDecision d, EscalationPolicy policy) {
    Level level = c.level();
    return switch (d.decision()) {
      case PLACE_ON_ENHANCED -> level != Level.ROUTINE
          ? reject(c, BrokenRule.NOT_AT_THIS_LEVEL, c.provider() + " is already in " + describe(c) + since(c)
              + "; a provider is placed on enhanced surveillance only from routine.")
          : taken(c, d, policy, Level.ROUTINE, Level.ENHANCED);
      case CONFIRM_ENHANCED, RETURN_TO_ROUTINE -> qualityReviewMeeting(c, d, policy);
      case ESCALATE_TO_INTENSIVE -> level == Level.INTENSIVE
          ? reject(c, BrokenRule.NOT_AT_THIS_LEVEL, c.provider() + " is already in intensive surveillance"
              + since(c) + ".")
          : taken(c, d, policy, level, Level.INTENSIVE);
      case CALL_RISK_SUMMIT -> taken(c, d, policy, level, level);
      case ASSURANCE_GAINED -> assuranceGained(c, d, policy);
      case STEP_DOWN -> stepDown(c, d, policy);
    };
  }

  static Outcome trigger(SurveillanceCase c, AcceptTrigger t, EscalationPolicy policy) {
    return authorised(c, t, policy, () -> TriggerAccepted.of(t.code(), t.evidence()));
  }

  /**
   * A correction names an event the case has (003 §3: the audit trail is corrected by a new record
   * that points at what it corrects, never by changing it).
   */
  static Outcome correction(SurveillanceCase c, RecordCorrection command, EscalationPolicy policy) {
    return unless(authorise(c, command, policy).or(() -> command.corrects() > c.version()
            ? Optional.of(reject(c, BrokenRule.UNKNOWN_REFERENCE, "There is no event " + command.corrects()
                + " to correct: the case of " + c.provider() + " has " + c.version() + "."))
            : Optional.empty()),
        c, command, () -> CorrectionRecorded.of(command.corrects(), command.note()));
  }

  private static Outcome taken(SurveillanceCase c, TakeDecision d, EscalationPolicy policy, Level from, Level to) {
    return authorised(c, d, policy, () -> DecisionTaken.of(d.decision(), from, to, d.meeting()));
  }

  /** CONFIRM_ENHANCED or RETURN_TO_ROUTINE: the quality review meeting's one decision (003 Appendix 1). */
  private static Outcome qualityReviewMeeting(SurveillanceCase c, TakeDecision d, EscalationPolicy policy) {
    if (c.level() == Level.ENHANCED && !c.pendingReview()) {
      return reject(c, BrokenRule.NOT_AT_THIS_LEVEL, c.provider() + "'s enhanced surveillance is already "
          + "confirmed; the quality review meeting decides once, after a provider is placed on enhanced. "
          + "To return to routine now, record assurance gained and step down once it has been sustained.");
    } else if (c.level() != Level.ENHANCED) {
      return reject(c, BrokenRule.NOT_AT_THIS_LEVEL, c.provider() + " is in " + describe(c)
          + "; only a provider placed on enhanced surveillance and awaiting its quality review meeting can be "
          + (d.decision() == DecisionType.CONFIRM_ENHANCED
              ? "confirmed in enhanced" : "returned to routine") + " by that meeting (003 Appendix 1).");
    }
    return taken(c, d, policy, Level.ENHANCED,
        d.decision() == DecisionType.CONFIRM_ENHANCED ? Level.ENHANCED : Level.ROUTINE);
  }

  private static Outcome assuranceGained(SurveillanceCase c, TakeDecision d, EscalationPolicy policy) {
    Level level = c.level();
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
    return authorised(c, d, policy, () -> DecisionTaken.assuranceGained(level, until, d.meeting()));
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
    Optional<Rejected> problem = authorise(c, d, policy)
        .or(() -> assuredAtNhsEnglandMeeting(level, d) ? Optional.empty() : sustainedAssurance(c, d, policy))
        .or(() -> level == Level.ENHANCED ? planResolved(c) : Optional.empty());
    Level to = level == Level.INTENSIVE ? Level.ENHANCED : Level.ROUTINE;
    return unless(problem, c, d, () -> DecisionTaken.of(d.decision(), level, to, d.meeting()));
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
        && d.meeting().filter(Meeting::nhsEnglandLed).isPresent();
  }

  /**
   * The sustained-assurance rule (003 Appendix 1: assurance gained through the Quality Risk Profile
   * keeps the provider on enhanced "for three months to ensure that the assurance is sustained"):
   * assurance must stand at this level and its period must have passed.
   */
  private static Optional<Rejected> sustainedAssurance(SurveillanceCase c, TakeDecision d, EscalationPolicy policy) {
    String levelName = c.level().name().toLowerCase(Locale.ROOT);
    Period period = policy.sustainedAssurancePeriod();
    Optional<SustainedAssurance> assurance = c.assurance();
    if (assurance.isEmpty()) {
      return Optional.of(reject(c, BrokenRule.NO_ASSURANCE, "Stepping down from " + levelName + " needs assurance "
          + "gained at this level first, then " + words(period) + " of sustained assurance (003 Appendix 1). No "
          + "assurance stands: none has been recorded since " + c.provider() + " entered " + levelName
          + " surveillance on " + c.levelSince().map(LocalDate::toString).orElse("?") + ", or a trigger, risk "
          + "summit or rapid response review since has cleared it."));
    }
    SustainedAssurance a = assurance.get();
    return a.isSustainedOn(d.at()) ? Optional.empty() : Optional.of(reject(c,
        BrokenRule.ASSURANCE_NOT_YET_SUSTAINED, "Assurance was gained on " + a.gained() + " and must be sustained "
            + "before a step down (003 Appendix 1), so " + c.provider() + " can step down on or after " + a.until()
            + ", not on " + d.at() + "."));
  }

  /**
   * Every improvement plan action signed off or closed by a director's decision: the exit route is
   * the successful embedding of the plan's actions (003 §5.2.3 e).
   */
  private static Optional<Rejected> planResolved(SurveillanceCase c) {
    List<String> open = c.procedure().map(EnhancedProcedure::openActions).orElse(ImmutableList.of())
        .stream().map(PlanAction::id).toList();
    return open.isEmpty() ? Optional.empty() : Optional.of(reject(c, BrokenRule.PLAN_NOT_RESOLVED, open.size()
        + " improvement plan action" + (open.size() == 1 ? " is" : "s are") + " neither signed off nor closed ("
        + String.join(", ", open) + "); sign " + (open.size() == 1 ? "it" : "them") + " off, or an ICB director "
        + "must record a decision to close the remainder, before stepping down from enhanced (003 §5.2.3 e)."));
  }
}
