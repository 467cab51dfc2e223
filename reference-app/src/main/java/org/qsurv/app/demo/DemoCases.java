package org.qsurv.app.demo;

import static org.qsurv.model.surveillance.DecisionType.ASSURANCE_GAINED;
import static org.qsurv.model.surveillance.DecisionType.CALL_RISK_SUMMIT;
import static org.qsurv.model.surveillance.DecisionType.CONFIRM_ENHANCED;
import static org.qsurv.model.surveillance.DecisionType.ESCALATE_TO_INTENSIVE;
import static org.qsurv.model.surveillance.DecisionType.PLACE_ON_ENHANCED;
import static org.qsurv.model.surveillance.DecisionType.RETURN_TO_ROUTINE;
import static org.qsurv.model.surveillance.DecisionType.STEP_DOWN;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.qsurv.escalation.command.AcceptTrigger;
import org.qsurv.escalation.command.AddActionEvidence;
import org.qsurv.escalation.command.AddPlanAction;
import org.qsurv.escalation.command.AgreeKeyRisks;
import org.qsurv.escalation.command.ApplyLever;
import org.qsurv.escalation.command.AppointLead;
import org.qsurv.escalation.command.CaseCommand;
import org.qsurv.escalation.command.CompleteBaselineReview;
import org.qsurv.escalation.command.CompleteQualityRiskProfile;
import org.qsurv.escalation.command.GiveFeedback;
import org.qsurv.escalation.command.NotifyProvider;
import org.qsurv.escalation.command.RecordMeeting;
import org.qsurv.escalation.command.RecordProviderResponse;
import org.qsurv.escalation.command.RequestQualityRiskProfile;
import org.qsurv.escalation.command.SetUpGovernanceGroup;
import org.qsurv.escalation.command.SignOffAction;
import org.qsurv.escalation.command.TakeDecision;
import org.qsurv.escalation.levers.ContractualLever;
import org.qsurv.escalation.levers.NhsEnglandMeeting;
import org.qsurv.escalation.procedure.KeyRisk;
import org.qsurv.escalation.procedure.NoticeMethod;
import org.qsurv.escalation.procedure.RiskResponse;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.organisation.Provider;
import org.qsurv.model.surveillance.Actor;
import org.qsurv.model.surveillance.DecisionType;
import org.qsurv.model.surveillance.Meeting;
import org.qsurv.model.surveillance.Role;

/**
 * The demo's escalation cases, told as the commands that build them (003 §5.2.3, Appendix 1 and 2;
 * 001 §7.2-7.3), each one a story of the seeds:
 * <ul>
 *   <li>the acute trust, with rising mortality, placed on enhanced and working through the
 *       procedure a-e and its improvement plan, two actions overdue on the as-of date;</li>
 *   <li>the care home with safeguarding concerns: enhanced, then a risk summit called and held by
 *       NHS England with its chair, attendees and agreed actions, and admissions suspended;</li>
 *   <li>the mental-health trust stepping down to routine after three months of sustained
 *       assurance, its plan signed off;</li>
 *   <li>the ambulance trust escalated by NHS England to intensive after the intelligence-sharing
 *       call, a single-item QSG and a Quality Risk Profile, with contract levers applied;</li>
 *   <li>the GP practice placed on enhanced and returned to routine at its quality review
 *       meeting;</li>
 *   <li>the hospice on enhanced whose only intelligence since is praise and one anonymous
 *       message: calm advice;</li>
 *   <li>a care home stepped down at once on assurance gained at NHS England's single-item QSG
 *       (003 §5.2.3 a).</li>
 * </ul>
 * Every date is fixed, on or before {@link DemoDataSet#AS_OF}, so the cases are the same on every
 * run; the overdue actions are overdue relative to that date.
 */
final class DemoCases {
  static final Actor DIRECTOR = Actor.of("Dr Frances Hale", Role.ICB_DIRECTOR);
  static final Actor QUALITY_LEAD = Actor.of("Morgan Ellery", Role.ICB_QUALITY_LEAD);
  static final Actor REGION = Actor.of("Priya Lanyon", Role.NHSE_REGION);

  private DemoCases() {}

  /** Each story's provider and commands, in the order they are decided. */
  static ImmutableMap<OrganisationCode, ImmutableList<CaseCommand>> stories(Cast cast) {
    return ImmutableMap.of(
        cast.mentalHealth.code(), mentalHealth(cast.mentalHealth),
        cast.ambulance.code(), ambulance(cast.ambulance),
        cast.troubledHome.code(), careHome(cast.troubledHome),
        cast.strugglingPractice.code(), practice(cast.strugglingPractice),
        cast.acute.code(), acute(cast.acute),
        cast.hospice.code(), hospice(),
        cast.assuredHome.code(), assuredHome());
  }

  /**
   * The hospice: on enhanced since its clinical leadership left, confirmed at its quality review
   * meeting; its intelligence since is a praising newspaper story and one anonymous message, so
   * the advice stays calm (003 §5.2.1: triggers are "usually a combination rather than any
   * single one").
   */
  private static ImmutableList<CaseCommand> hospice() {
    Story s = new Story();
    s.decide(PLACE_ON_ENHANCED, "2025-04-01", DIRECTOR, "The medical director and the inpatient "
        + "unit's registered manager left within a month: no clinical leadership in post");
    s.decide(Meeting.QUALITY_REVIEW, CONFIRM_ENHANCED, "2025-04-15", DIRECTOR, "Quality review "
        + "meeting: interim leadership agreed with the board; enhanced until substantive "
        + "appointments are made");
    return s.build();
  }

  /**
   * The care home with late medicines: enhanced, confirmed, and stepped down at once when NHS
   * England's single-item QSG gained assurance (003 §5.2.3 a), without the three months of
   * sustained assurance that assurance through the Quality Risk Profile needs (003 Appendix 1).
   */
  private static ImmutableList<CaseCommand> assuredHome() {
    Story s = new Story();
    s.decide(PLACE_ON_ENHANCED, "2025-02-03", DIRECTOR, "Medicines given hours late to three "
        + "residents, raised by the local authority's safeguarding team");
    s.decide(Meeting.QUALITY_REVIEW, CONFIRM_ENHANCED, "2025-02-17", DIRECTOR, "Quality review "
        + "meeting: medicines management to be reviewed with NHS England");
    s.decide(Meeting.SINGLE_ITEM_QSG, STEP_DOWN, "2025-05-20", DIRECTOR, "Assurance gained at "
        + "the single-item QSG: an unannounced visit found medicines rounds on time and three "
        + "months of clean audits");
    return s.build();
  }

  /** The mental-health trust: enhanced, the plan delivered, three months sustained, routine. */
  private static ImmutableList<CaseCommand> mentalHealth(Provider p) {
    Actor provider = Actor.of("Director of Nursing, " + p.name(), Role.PROVIDER);
    Story s = new Story();
    s.decide(PLACE_ON_ENHANCED, "2023-09-12", DIRECTOR, "Out-of-area placements above "
        + "400 bed days a month for a year, a serious incident and a CQC rating of Requires "
        + "improvement for restrictive practice: placed on enhanced pending a quality review "
        + "meeting");
    s.add(new AppointLead(day("2023-09-12"), DIRECTOR, "003 §5.2.3 a: a named ICB quality lead", QUALITY_LEAD.name()));
    s.add(new NotifyProvider(
        day("2023-09-14"), QUALITY_LEAD, "Formal escalation in writing to the chief executive",
        NoticeMethod.WRITTEN_NOTICE));
    s.add(new SetUpGovernanceGroup(
        day("2023-09-28"), QUALITY_LEAD, "Terms of reference agreed with the trust and NHS England",
        "Mental health enhanced surveillance group"));
    s.decide(CONFIRM_ENHANCED, "2023-10-03", DIRECTOR, "Quality review meeting: risks "
        + "agreed with the trust and NHS England; enhanced surveillance for a continued period "
        + "with a single improvement plan");
    s.add(new CompleteBaselineReview(
        day("2023-11-10"), QUALITY_LEAD, "Baseline review across all quality domains",
        "Bed flow, restrictive practice and community follow-up"));
    s.add(new AgreeKeyRisks(
        day("2023-11-21"), QUALITY_LEAD, "Agreed with CQC and NHS England",
        List.of(KeyRisk.of("KR-1", "Out-of-area placements for acute admissions"), KeyRisk.of("KR-2", "Restrictive interventions above peers"))));
    s.add(new GiveFeedback(
        day("2023-11-28"), QUALITY_LEAD, "Feedback meeting with the executive team",
        "Both key risks with the sources behind them"));
    s.add(response("KR-1", RiskResponse.ACKNOWLEDGED, "2023-12-05", provider));
    s.add(response("KR-2", RiskResponse.ACKNOWLEDGED, "2023-12-05", provider));
    s.add(action("A-1", "Open twelve local acute beds and a crisis house", "2024-05-31",
        "2023-12-12", provider));
    s.add(action("A-2", "Restrictive practice reduction programme on every ward", "2024-06-30",
        "2023-12-12", provider));
    s.add(evidence("A-1", "2024-05-20", "Out-of-area bed days under 50 a month since May",
        provider));
    s.add(signOff("A-1", "2024-05-28"));
    s.add(evidence("A-2", "2024-06-25", "Restrictive interventions down 40% on the baseline",
        provider));
    s.add(signOff("A-2", "2024-07-02"));
    s.decide(ASSURANCE_GAINED, "2024-08-06", DIRECTOR, "Improvement plan delivered: "
        + "out-of-area placements under 50 bed days a month since May, 72-hour follow-up above "
        + "85%, restrictive interventions down by 40%");
    s.decide(STEP_DOWN, "2024-11-12", DIRECTOR, "Three months of sustained assurance: "
        + "the improvements have held and are embedded in routine monitoring");
    return s.build();
  }

  /** The ambulance trust: enhanced, levers, then NHS England escalates it to intensive. */
  private static ImmutableList<CaseCommand> ambulance(Provider p) {
    Story s = new Story();
    s.decide(PLACE_ON_ENHANCED, "2024-01-16", DIRECTOR, "Category 2 mean "
        + "response above 40 minutes for three months, growing handover delays and a serious "
        + "incident involving harm during a long wait");
    s.add(new AppointLead(day("2024-01-16"), DIRECTOR, "003 §5.2.3 a", QUALITY_LEAD.name()));
    s.add(new NotifyProvider(
        day("2024-01-18"), QUALITY_LEAD, "Contract breach on response standards suspected",
        NoticeMethod.CONTRACT_PERFORMANCE_NOTICE));
    s.decide(CONFIRM_ENHANCED, "2024-02-06", DIRECTOR, "Quality review meeting "
        + "confirms enhanced surveillance; a system handover improvement plan is agreed");
    s.add(lever(ContractualLever.INFORMAL_QUERY, "2024-02-12", QUALITY_LEAD,
        "Handover delays above the contract standard"));
    s.add(lever(ContractualLever.CONTRACT_PERFORMANCE_NOTICE, "2024-06-03", DIRECTOR,
        "Category 2 response still above 40 minutes after four months (001 §7.3)"));
    s.add(lever(ContractualLever.REMEDIAL_ACTION_PLAN, "2024-06-03", DIRECTOR,
        "Remedial action plan requested with the performance notice (001 §7.3)"));
    s.add(meeting(NhsEnglandMeeting.INTELLIGENCE_SHARING_CALL, "2025-01-14"));
    s.add(meeting(NhsEnglandMeeting.SINGLE_ITEM_QSG, "2025-01-28"));
    s.add(new RequestQualityRiskProfile(
        day("2025-01-28"), REGION, "People continue to be at risk of harm from long waits"));
    s.add(new CompleteQualityRiskProfile(
        day("2025-02-07"), QUALITY_LEAD, "Profile agreed at the single-item QSG",
        Optional.of("Extreme risk of harm while waiting for an ambulance")));
    s.decide(ESCALATE_TO_INTENSIVE, "2025-02-11", REGION, "The improvement plan "
        + "has not shown improvement: Category 2 mean at 50 minutes, an HSE improvement notice "
        + "and a coroner's report; mandated intensive support");
    return s.build();
  }

  /** The care home: safeguarding concerns, enhanced, a risk summit called and held. */
  private static ImmutableList<CaseCommand> careHome(Provider p) {
    Story s = new Story();
    s.add(new AcceptTrigger(
        day("2024-11-19"), QUALITY_LEAD,
        "Safeguarding concerns from the local authority, the police and a whistleblower",
        "HIGHER_THAN_USUAL_SAFEGUARDING",
        List.of("Three section 42 enquiries", "Whistleblowing account of night staffing")));
    s.decide(PLACE_ON_ENHANCED, "2024-11-20", DIRECTOR, "Three safeguarding "
        + "concerns in three months, police involvement and a whistleblower's account of night "
        + "staffing");
    s.add(new AppointLead(day("2024-11-20"), DIRECTOR, "003 §5.2.3 a", QUALITY_LEAD.name()));
    s.add(new NotifyProvider(
        day("2024-11-21"), QUALITY_LEAD, "Formal escalation in writing to the registered manager and the owner",
        NoticeMethod.WRITTEN_NOTICE));
    s.decide(CONFIRM_ENHANCED, "2024-11-28", DIRECTOR, "Quality review meeting with "
        + "the local authority and CQC: enhanced confirmed; admissions suspended by agreement");
    s.add(ApplyLever.builder().at(day("2024-11-28")).by(QUALITY_LEAD)
        .rationale("Admissions paused while safeguarding enquiries run (001 §7.3)")
        .lever(ContractualLever.INFORMAL_QUERY).detail("Voluntary suspension of admissions")
        .build());
    s.decide(CALL_RISK_SUMMIT, "2024-12-03", REGION, "CQC rated the home Inadequate "
        + "and issued a warning notice, and the whistleblowing is credible: a risk summit with "
        + "CQC, the local authority and police to agree actions");
    s.add(RecordMeeting.builder().at(day("2024-12-10")).by(REGION)
        .rationale("Risk summit (003 Appendix 2): serious concerns about the safety of residents")
        .meeting(NhsEnglandMeeting.RISK_SUMMIT).chair("Regional Chief Nurse, " + REGION.name())
        .addAttendees("ICB Chief Nurse", "CQC inspection manager", "Local authority adult "
            + "safeguarding lead", "Avon and Somerset Police", "Registered manager of the home")
        .addAgreedActions("Daily safe-staffing return to the ICB for eight weeks",
            "Local authority review of every resident's care plan within 14 days",
            "No new admissions until CQC re-inspects")
        .build());
    return s.build();
  }

  /** The GP practice: enhanced, returned to routine at its quality review meeting. */
  private static ImmutableList<CaseCommand> practice(Provider p) {
    Story s = new Story();
    // The quality lead's own attempt of 2025-03-04 is in the snapshot's decisions (evaluate shows
    // its rejection) but never reached the case: a rejected command records nothing.
    s.decide(PLACE_ON_ENHANCED, "2025-03-05", DIRECTOR, "Appointment access collapsed "
        + "over the winter; complaints, PALS contacts and Healthwatch all point to the telephone "
        + "system and staffing");
    s.add(lever(ContractualLever.INFORMAL_QUERY, "2025-03-06", QUALITY_LEAD,
        "Appointment availability below the contract's access standard"));
    s.decide(RETURN_TO_ROUTINE, "2025-03-25", DIRECTOR, "Quality review meeting: new "
        + "telephony is live, a practice manager is in post and the action plan is credible; "
        + "routine monitoring is enough");
    return s.build();
  }

  /** The acute trust: rising mortality, enhanced, the procedure a-e and its plan under way. */
  private static ImmutableList<CaseCommand> acute(Provider p) {
    Actor provider = Actor.of("Medical Director, " + p.name(), Role.PROVIDER);
    Story s = new Story();
    s.add(new AcceptTrigger(
        day("2025-01-10"), QUALITY_LEAD, "SHMI above 1.05 and rising for six months", "HIGH_MORTALITY",
        List.of("SHMI", "Two never events in Q3", "Freedom to Speak Up concern")));
    s.decide(PLACE_ON_ENHANCED, "2025-01-14", DIRECTOR, "SHMI rising for six months "
        + "and now above 1.05, two never events in a quarter and a Freedom to Speak Up concern "
        + "about night staffing");
    s.add(new AppointLead(day("2025-01-14"), DIRECTOR, "003 §5.2.3 a", QUALITY_LEAD.name()));
    s.add(new NotifyProvider(
        day("2025-01-16"), QUALITY_LEAD, "Formal escalation in writing to the chief executive",
        NoticeMethod.WRITTEN_NOTICE));
    s.add(new SetUpGovernanceGroup(
        day("2025-01-24"), QUALITY_LEAD, "Terms of reference agreed", "Acute trust mortality improvement group"));
    s.decide(CONFIRM_ENHANCED, "2025-02-04", DIRECTOR, "Quality review meeting: the "
        + "mortality review finds the rise is not explained by coding; enhanced surveillance "
        + "confirmed with a single improvement plan");
    s.add(new CompleteBaselineReview(
        day("2025-03-07"), QUALITY_LEAD, "Structured judgement reviews of 60 deaths and a staffing deep dive",
        "Sepsis recognition, deteriorating patients at night, theatre safety checks"));
    s.add(new AgreeKeyRisks(
        day("2025-03-14"), QUALITY_LEAD, "Agreed with CQC and NHS England at the quality review",
        List.of(KeyRisk.of("KR-1", "Late recognition of sepsis and deterioration"), KeyRisk.of("KR-2", "Never events in theatres"), KeyRisk.of("KR-3", "Night medical staffing"))));
    s.add(new GiveFeedback(
        day("2025-03-21"), QUALITY_LEAD, "Feedback meeting with the board", "Three key risks with sources"));
    s.add(response("KR-1", RiskResponse.ACKNOWLEDGED, "2025-03-28", provider));
    s.add(response("KR-2", RiskResponse.ACKNOWLEDGED, "2025-03-28", provider));
    s.add(new RecordProviderResponse(
        day("2025-03-28"), provider, "Rota gaps already filled", "KR-3", RiskResponse.CHALLENGED,
        List.of("Night rota fill rate February: 97%")));
    s.add(action("A-1", "Sepsis screening and escalation on every ward", "2025-05-31",
        "2025-04-04", provider));
    s.add(action("A-2", "WHO checklist audit in every theatre, weekly", "2025-04-30",
        "2025-04-04", provider));
    s.add(action("A-3", "Outreach team cover 24/7", "2025-06-15", "2025-04-04", provider));
    s.add(action("A-4", "Mortality review of every death within 28 days", "2025-09-30",
        "2025-04-04", provider));
    s.add(evidence("A-2", "2025-04-28", "Four weeks of theatre audits at 100%", provider));
    s.add(signOff("A-2", "2025-05-06"));
    // A-1 (due 31 May) and A-3 (due 15 June) are overdue on the as-of date, 1 July 2025.
    return s.build();
  }

  private static RecordProviderResponse response(String risk, RiskResponse response, String at,
      Actor provider) {
    return new RecordProviderResponse(day(at), provider, "Board response to the feedback", risk, response, List.of());
  }

  private static AddPlanAction action(String id, String what, String due, String at,
      Actor provider) {
    return AddPlanAction.builder().at(day(at)).by(provider)
        .rationale("Provider-owned improvement plan (003 §5.2.3 e)").actionId(id)
        .description(what).lead(provider.name()).due(day(due)).metric("Monthly audit").build();
  }

  private static AddActionEvidence evidence(String id, String at, String what, Actor provider) {
    return new AddActionEvidence(day(at), provider, "Evidence submitted to the governance group", id, what);
  }

  private static SignOffAction signOff(String id, String at) {
    return new SignOffAction(day(at), QUALITY_LEAD, "Signed off at the governance group", id);
  }

  private static RecordMeeting meeting(NhsEnglandMeeting meeting, String at) {
    return RecordMeeting.builder().at(day(at)).by(REGION)
        .rationale("Concerns escalated through the Quality Surveillance Group")
        .meeting(meeting).chair(REGION.name()).addAttendees("ICB Chief Nurse", "CQC",
            "Trust Chief Executive").build();
  }

  private static ApplyLever lever(ContractualLever lever, String at, Actor by, String why) {
    return ApplyLever.builder().at(day(at)).by(by).rationale(why).lever(lever)
        .alternativeProvision(Optional.empty()).build();
  }

  private static LocalDate day(String date) {
    return LocalDate.parse(date);
  }

  /** A story's commands, in order. */
  private static final class Story {
    private final List<CaseCommand> commands = new ArrayList<>();

    void add(CaseCommand command) {
      commands.add(command);
    }

    void decide(DecisionType decision, String at, Actor by, String rationale) {
      commands.add(TakeDecision.of(decision, day(at), by, rationale));
    }

    void decide(Meeting meeting, DecisionType decision, String at, Actor by, String rationale) {
      commands.add(TakeDecision.at(meeting, decision, day(at), by, rationale));
    }

    ImmutableList<CaseCommand> build() {
      return ImmutableList.copyOf(commands);
    }
  }
}
