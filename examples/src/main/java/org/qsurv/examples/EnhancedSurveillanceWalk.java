package org.qsurv.examples;

import static java.time.LocalDate.parse;
import static org.qsurv.model.surveillance.DecisionType.ASSURANCE_GAINED;
import static org.qsurv.model.surveillance.DecisionType.CONFIRM_ENHANCED;
import static org.qsurv.model.surveillance.DecisionType.PLACE_ON_ENHANCED;
import static org.qsurv.model.surveillance.DecisionType.STEP_DOWN;

import java.util.ArrayList;
import java.util.List;
import org.qsurv.escalation.audit.ChainVerifier;
import org.qsurv.escalation.command.AddActionEvidence;
import org.qsurv.escalation.command.AddPlanAction;
import org.qsurv.escalation.command.AgreeKeyRisks;
import org.qsurv.escalation.command.AppointLead;
import org.qsurv.escalation.command.CaseCommand;
import org.qsurv.escalation.command.CompleteBaselineReview;
import org.qsurv.escalation.command.GiveFeedback;
import org.qsurv.escalation.command.NotifyProvider;
import org.qsurv.escalation.command.SetUpGovernanceGroup;
import org.qsurv.escalation.command.SignOffAction;
import org.qsurv.escalation.command.TakeDecision;
import org.qsurv.escalation.event.CaseEvent;
import org.qsurv.escalation.policy.EscalationPolicy;
import org.qsurv.escalation.procedure.KeyRisk;
import org.qsurv.escalation.procedure.NoticeMethod;
import org.qsurv.escalation.surveillancecase.Accepted;
import org.qsurv.escalation.surveillancecase.Outcome;
import org.qsurv.escalation.surveillancecase.Rejected;
import org.qsurv.escalation.surveillancecase.SurveillanceCase;
import org.qsurv.escalation.view.CaseTimeline;
import org.qsurv.escalation.view.TimelineEntry;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.surveillance.Actor;
import org.qsurv.model.surveillance.DecisionType;
import org.qsurv.model.surveillance.Role;

/**
 * Example 4: walk a provider from routine into enhanced surveillance, through the enhanced
 * procedure's steps a-e (003 §5.2.3), to a step-down after three months of sustained assurance
 * (003 Appendix 1); print the timeline and verify the hash-chained audit trail.
 */
public final class EnhancedSurveillanceWalk {
  static final Actor DIRECTOR = Actor.of("A. Director", Role.ICB_DIRECTOR);
  static final Actor LEAD = Actor.of("B. Lead", Role.ICB_QUALITY_LEAD);
  static final Actor TRUST = Actor.of("D. Provider", Role.PROVIDER);

  public static void main(String[] args) {
    EscalationPolicy policy = EscalationPolicy.nhsDefaults();
    SurveillanceCase rbt = SurveillanceCase.open(OrganisationCode.of("RBT"));
    List<CaseEvent> log = new ArrayList<>();   // your store: append-only
    List<CaseCommand> commands = List.of(
        decision(PLACE_ON_ENHANCED, "2025-01-06", "Safeguarding referrals doubled; two falls SIs"),
        new AppointLead(parse("2025-01-06"), DIRECTOR, "a) named lead", "B. Lead"),
        new NotifyProvider(parse("2025-01-08"), LEAD, "a) formal notice", NoticeMethod.WRITTEN_NOTICE),
        new SetUpGovernanceGroup(parse("2025-01-10"), LEAD, "a) group", "RBT enhanced surveillance group"),
        decision(CONFIRM_ENHANCED, "2025-01-20", "Quality review meeting: concerns confirmed"),
        new CompleteBaselineReview(
            parse("2025-02-14"), LEAD, "b) deep dive", "Staffing, safeguarding and falls themes across all domains"),
        new AgreeKeyRisks(
            parse("2025-02-20"), LEAD, "c) agreed with CQC",
            List.of(KeyRisk.of("KR-1", "Night staffing below safe levels"))),
        new GiveFeedback(parse("2025-02-27"), LEAD, "d) feedback meeting", "Key risk KR-1 with the sources used"),
        AddPlanAction.builder().at(parse("2025-03-20")).by(TRUST).rationale("e) provider's plan")
            .actionId("A-1").description("Recruit twelve night nurses").lead("Director of Nursing")
            .due(parse("2025-05-31")).metric("Monthly safe staffing audit").build(),
        decision(STEP_DOWN, "2025-05-20", "Trying to step down before any assurance"),
        new AddActionEvidence(parse("2025-05-28"), TRUST, "e) evidence", "A-1", "Staffing audit May: fill rate 98%"),
        new SignOffAction(parse("2025-05-30"), LEAD, "e) signed off", "A-1"),
        decision(ASSURANCE_GAINED, "2025-06-02", "Plan delivered; audits assured"),
        decision(STEP_DOWN, "2025-09-01", "One day short of three months"),
        decision(STEP_DOWN, "2025-09-02", "Assurance sustained for three months"));

    for (CaseCommand command : commands) {
      Outcome outcome = rbt.decide(command, policy);
      if (outcome instanceof Accepted accepted) {
        log.addAll(accepted.events());
        rbt = accepted.after();
      } else if (outcome instanceof Rejected rejected) {
        System.out.println("REJECTED " + command.at() + ": " + rejected.reason());
      }
    }

    System.out.println("Timeline of RBT:");
    for (TimelineEntry entry : CaseTimeline.of(log)) {
      System.out.printf("%3d %s %-26s %s%n", entry.version(), entry.at(),
          entry.by().name() + " (" + entry.by().role() + ")", entry.what());
    }
    System.out.println("Now " + rbt.level() + " since " + rbt.levelSince().orElseThrow()
        + "; audit trail of " + log.size() + " events: " + ChainVerifier.verify(log));
  }

  private static TakeDecision decision(DecisionType type, String date, String why) {
    return TakeDecision.of(type, parse(date), DIRECTOR, why);
  }
}
