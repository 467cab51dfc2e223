package org.qsurv.escalation.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.qsurv.escalation.scenario.CaseWalk.DIRECTOR;
import static org.qsurv.escalation.scenario.CaseWalk.LEAD;
import static org.qsurv.escalation.scenario.CaseWalk.PROVIDER;
import static org.qsurv.escalation.scenario.CaseWalk.REGION;
import static org.qsurv.escalation.scenario.CaseWalk.decision;
import static org.qsurv.model.surveillance.DecisionType.ASSURANCE_GAINED;
import static org.qsurv.model.surveillance.DecisionType.CONFIRM_ENHANCED;
import static org.qsurv.model.surveillance.DecisionType.ESCALATE_TO_INTENSIVE;
import static org.qsurv.model.surveillance.DecisionType.PLACE_ON_ENHANCED;
import static org.qsurv.model.surveillance.DecisionType.RETURN_TO_ROUTINE;
import static org.qsurv.model.surveillance.DecisionType.STEP_DOWN;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qsurv.escalation.command.AddActionEvidence;
import org.qsurv.escalation.command.AddPlanAction;
import org.qsurv.escalation.command.AgreeKeyRisks;
import org.qsurv.escalation.command.AppointLead;
import org.qsurv.escalation.command.CloseRemainingActions;
import org.qsurv.escalation.command.RecordProviderResponse;
import org.qsurv.escalation.command.SignOffAction;
import org.qsurv.escalation.command.TakeDecision;
import org.qsurv.escalation.policy.EscalationPolicy;
import org.qsurv.escalation.procedure.KeyRisk;
import org.qsurv.escalation.procedure.RiskResponse;
import org.qsurv.escalation.surveillancecase.BrokenRule;
import org.qsurv.escalation.surveillancecase.Outcome;
import org.qsurv.escalation.surveillancecase.SurveillanceCase;
import org.qsurv.model.organisation.OrganisationCode;

/**
 * A rejected command says which rule it broke and what would let it through (003 §3: decisions
 * are recorded with their rationale, so a refusal must be one a person can act on): the level the
 * case is in and since when, the period still to run, the actions still open, the ids known.
 */
class RejectionReasonsTest {

  /** 003 Appendix 1: a provider is placed on enhanced only from routine; the reason says where it is. */
  @Test
  void aProviderAlreadyEscalatedIsToldItsLevelAndSinceWhen() {
    CaseWalk walk = new CaseWalk("RH5").decided(PLACE_ON_ENHANCED, "2025-01-06", DIRECTOR);
    assertEquals("RH5 is already in enhanced surveillance, pending its quality review meeting since 2025-01-06; "
        + "a provider is placed on enhanced surveillance only from routine.",
        walk.rejected(decision(PLACE_ON_ENHANCED, "2025-01-07", DIRECTOR), BrokenRule.NOT_AT_THIS_LEVEL).reason());
    walk.decided(CONFIRM_ENHANCED, "2025-01-20", DIRECTOR);
    assertEquals("RH5 is already in enhanced surveillance since 2025-01-06; "
        + "a provider is placed on enhanced surveillance only from routine.",
        walk.rejected(decision(PLACE_ON_ENHANCED, "2025-01-21", DIRECTOR), BrokenRule.NOT_AT_THIS_LEVEL).reason());
    walk.decided(ESCALATE_TO_INTENSIVE, "2025-02-01", REGION);
    assertEquals("RH5 is already in intensive surveillance since 2025-02-01; "
        + "a provider is placed on enhanced surveillance only from routine.",
        walk.rejected(decision(PLACE_ON_ENHANCED, "2025-02-02", DIRECTOR), BrokenRule.NOT_AT_THIS_LEVEL).reason());
    assertEquals("RH5 is already in intensive surveillance since 2025-02-01.",
        walk.rejected(decision(ESCALATE_TO_INTENSIVE, "2025-02-02", REGION), BrokenRule.NOT_AT_THIS_LEVEL).reason());
  }

  /** 003 Appendix 1: only the quality review meeting confirms enhanced or returns to routine. */
  @Test
  void theQualityReviewMeetingsDecisionNeedsAProviderAwaitingIt() {
    CaseWalk walk = new CaseWalk("RH5");
    assertEquals("RH5 is in routine surveillance; only a provider placed on enhanced surveillance and awaiting its "
        + "quality review meeting can be confirmed in enhanced by that meeting (003 Appendix 1).",
        walk.rejected(decision(CONFIRM_ENHANCED, "2025-01-06", DIRECTOR), BrokenRule.NOT_AT_THIS_LEVEL).reason());
    walk.decided(ESCALATE_TO_INTENSIVE, "2025-01-06", REGION);
    assertEquals("RH5 is in intensive surveillance; only a provider placed on enhanced surveillance and awaiting "
        + "its quality review meeting can be returned to routine by that meeting (003 Appendix 1).",
        walk.rejected(decision(RETURN_TO_ROUTINE, "2025-01-07", DIRECTOR), BrokenRule.NOT_AT_THIS_LEVEL).reason());
  }

  /**
   * Who may decide is the policy's authority table (004 §4.4: enhanced by the ICB, intensive by
   * NHS England); the reason names the roles allowed and the role the person acts in, and the
   * level where the right depends on it.
   */
  @Test
  void anUnauthorisedPersonIsToldWhoMayDecide() {
    CaseWalk walk = new CaseWalk("RH5");
    assertEquals("Only an ICB director may place a provider on enhanced surveillance; B. Lead acts as an ICB "
        + "quality lead.", walk.rejected(decision(PLACE_ON_ENHANCED, "2025-01-06", LEAD), BrokenRule.NOT_AUTHORISED)
        .reason());
    walk.decided(PLACE_ON_ENHANCED, "2025-01-06", DIRECTOR).decided(CONFIRM_ENHANCED, "2025-01-20", DIRECTOR);
    assertEquals("Only an ICB director may step a provider down in enhanced surveillance; D. Provider acts as the "
        + "provider.", walk.rejected(decision(STEP_DOWN, "2025-01-21", PROVIDER), BrokenRule.NOT_AUTHORISED)
        .reason());
  }

  /**
   * 003 Appendix 1: the sustained-assurance period, in the policy's own words for its length: a
   * local policy may set any positive period, and the reason states it as people write it.
   */
  @ParameterizedTest
  @CsvSource({
      "P3M, 3 months",
      "P1M, 1 month",
      "P1Y6M, 1 year and 6 months",
      "P2Y, 2 years",
      "P1M1D, 1 month and 1 day",
      "P90D, 90 days",
      "P1Y1M2D, 1 year and 1 month and 2 days"})
  void aStepDownWithoutAssuranceStatesThePeriodToSustain(String period, String words) {
    EscalationPolicy policy = EscalationPolicy.builder().sustainedAssurancePeriod(Period.parse(period)).build();
    SurveillanceCase c = SurveillanceCase.open(OrganisationCode.of("RH5"));
    c = accepted(c, decision(PLACE_ON_ENHANCED, "2025-01-06", DIRECTOR), policy);
    c = accepted(c, decision(CONFIRM_ENHANCED, "2025-01-20", DIRECTOR), policy);
    Outcome o = c.decide(decision(STEP_DOWN, "2025-09-01", DIRECTOR), policy);
    assertEquals(BrokenRule.NO_ASSURANCE, o.rejection().get().rule());
    assertEquals("Stepping down from enhanced needs assurance gained at this level first, then " + words
        + " of sustained assurance (003 Appendix 1). No assurance stands: none has been recorded since RH5 entered "
        + "enhanced surveillance on 2025-01-06, or a trigger, risk summit or rapid response review since has "
        + "cleared it.", o.rejection().get().reason());
  }

  /** 003 §5.2.3 e: a step down from enhanced waits for every plan action to be signed off or closed. */
  @Test
  void aStepDownWithOpenActionsNamesThem() {
    CaseWalk walk = CaseWalk.confirmedWithFeedback("RH5")
        .accepted(action("A-1", "2025-03-01")).accepted(action("A-2", "2025-03-01"))
        .decided(ASSURANCE_GAINED, "2025-03-02", DIRECTOR);
    assertEquals("2 improvement plan actions are neither signed off nor closed (A-1, A-2); sign them off, or an "
        + "ICB director must record a decision to close the remainder, before stepping down from enhanced "
        + "(003 §5.2.3 e).", walk.rejected(decision(STEP_DOWN, "2025-06-02", DIRECTOR), BrokenRule.PLAN_NOT_RESOLVED)
        .reason());
    walk.accepted(new AddActionEvidence(day("2025-06-02"), PROVIDER, "Audit", "A-1", "Audit report"))
        .accepted(new SignOffAction(day("2025-06-02"), LEAD, "Signed off", "A-1"));
    assertEquals("1 improvement plan action is neither signed off nor closed (A-2); sign it off, or an ICB director "
        + "must record a decision to close the remainder, before stepping down from enhanced (003 §5.2.3 e).",
        walk.rejected(decision(STEP_DOWN, "2025-06-02", DIRECTOR), BrokenRule.PLAN_NOT_RESOLVED).reason());
    assertEquals("Action A-1 is already signed off (2025-06-02); it is too late to add evidence to it.",
        walk.rejected(new AddActionEvidence(day("2025-06-03"), PROVIDER, "More", "A-1", "Late audit"),
            BrokenRule.ALREADY_RECORDED).reason());
    walk.accepted(new CloseRemainingActions(day("2025-06-03"), DIRECTOR, "Embedded in business as usual"));
    assertEquals("Action A-2 is already closed (2025-06-03); it is too late to sign it off.",
        walk.rejected(new SignOffAction(day("2025-06-04"), LEAD, "Signed off", "A-2"), BrokenRule.ALREADY_RECORDED)
            .reason());
    assertEquals("Every improvement plan action is already signed off or closed; there is nothing to close.",
        walk.rejected(new CloseRemainingActions(day("2025-06-04"), DIRECTOR, "Again"), BrokenRule.ALREADY_RECORDED)
            .reason());
    walk.decided(STEP_DOWN, "2025-06-04", DIRECTOR);
  }

  /** 003 §5.2.3 e: closing the remainder needs a plan with actions. */
  @Test
  void closingWithNoPlanSaysThereIsNoPlan() {
    assertEquals("The case has no improvement plan actions to close.", CaseWalk.confirmedWithFeedback("RH5")
        .rejected(new CloseRemainingActions(day("2025-03-01"), DIRECTOR, "Close"), BrokenRule.ALREADY_RECORDED)
        .reason());
  }

  /**
   * 003 §5.2.3 c, d: each key risk and plan action has an id of its own, also within one
   * agreement, and a response names a risk that was agreed; the reason lists the ones there are.
   */
  @Test
  void idsAreTheirOwnAndAResponseNamesAnAgreedRisk() {
    CaseWalk walk = CaseWalk.confirmedWithFeedback("RH5");
    assertEquals("Key risk KR-1 is already agreed; give a new or emerging risk an id of its own.",
        walk.rejected(risks(KeyRisk.of("KR-1", "Again")), BrokenRule.ALREADY_RECORDED).reason());
    assertEquals("Key risk KR-2 is already agreed; give a new or emerging risk an id of its own.",
        walk.rejected(risks(KeyRisk.of("KR-2", "Staffing"), KeyRisk.of("KR-2", "Staffing again")),
            BrokenRule.ALREADY_RECORDED).reason());
    walk.accepted(risks(KeyRisk.of("KR-2", "Staffing")));
    assertEquals("There is no key risk KR-9 in this case; the agreed key risks are KR-1, KR-2.",
        walk.rejected(new RecordProviderResponse(day("2025-03-01"), PROVIDER, "Response", "KR-9",
            RiskResponse.ACKNOWLEDGED, List.of()), BrokenRule.UNKNOWN_REFERENCE).reason());
    walk.accepted(action("A-1", "2025-03-01"));
    assertEquals("The improvement plan already has an action A-1; give a new action an id of its own.",
        walk.rejected(action("A-1", "2025-03-01"), BrokenRule.ALREADY_RECORDED).reason());
    assertEquals("The improvement plan has no action A-7.",
        walk.rejected(new SignOffAction(day("2025-03-02"), LEAD, "Signed off", "A-7"), BrokenRule.UNKNOWN_REFERENCE)
            .reason());
  }

  /** 003 §5.2.3 a: the procedure has one named lead; naming the same lead again records nothing. */
  @Test
  void theSameLeadIsNotNamedTwice() {
    CaseWalk walk = new CaseWalk("RH5").decided(PLACE_ON_ENHANCED, "2025-01-06", DIRECTOR)
        .accepted(new AppointLead(day("2025-01-06"), DIRECTOR, "Named", "B. Lead"));
    assertEquals("B. Lead is already the named ICB quality lead.",
        walk.rejected(new AppointLead(day("2025-01-07"), DIRECTOR, "Again", "B. Lead"), BrokenRule.ALREADY_RECORDED)
            .reason());
    walk.accepted(new AppointLead(day("2025-01-08"), DIRECTOR, "Handover", "E. Lead"));
    assertEquals("E. Lead", walk.state().procedure().get().lead().get());
  }

  private static SurveillanceCase accepted(SurveillanceCase c, TakeDecision d, EscalationPolicy policy) {
    Outcome o = c.decide(d, policy);
    assertEquals(List.of(), o.rejection().stream().toList());
    return o.after();
  }

  private static AgreeKeyRisks risks(KeyRisk... risks) {
    return new AgreeKeyRisks(day("2025-03-01"), LEAD, "Agreed with partners", List.of(risks));
  }

  private static AddPlanAction action(String id, String date) {
    return AddPlanAction.builder().at(day(date)).by(PROVIDER).rationale("Provider-owned plan").actionId(id)
        .description("Falls audit").lead("Director of Nursing").due(day("2025-04-30")).metric("Monthly audit")
        .build();
  }

  private static LocalDate day(String date) {
    return LocalDate.parse(date);
  }
}
