package org.qsurv.app.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.qsurv.escalation.audit.ChainVerifier;
import org.qsurv.escalation.command.AcceptTrigger;
import org.qsurv.escalation.command.CaseCommand;
import org.qsurv.escalation.event.CaseEvent;
import org.qsurv.escalation.levers.ContractualLever;
import org.qsurv.escalation.levers.MeetingRecord;
import org.qsurv.escalation.levers.NhsEnglandMeeting;
import org.qsurv.escalation.policy.EscalationPolicy;
import org.qsurv.escalation.procedure.PlanAction;
import org.qsurv.escalation.procedure.ProcedureStep;
import org.qsurv.escalation.surveillancecase.Outcome;
import org.qsurv.escalation.surveillancecase.SurveillanceCase;
import org.qsurv.escalation.view.SurveillanceTracker;
import org.qsurv.escalation.view.TrackerEntry;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.surveillance.Level;
import org.qsurv.scoring.trigger.TriggerCode;

/**
 * The demo's escalation cases tell the stories of the source frameworks, each
 * command accepted by the escalation lifecycle under the national policy, and the same on every
 * run.
 */
class DemoCasesTest {
  private static final Cast CAST = new Cast(new SplittableRandom(
      DemoSeries.mix(DemoDataSet.DEFAULT_SEED, "names")));
  private static final Map<OrganisationCode, ImmutableList<CaseCommand>> STORIES =
      DemoDataSet.generate(DemoDataSet.DEFAULT_SEED).cases();

  private static SurveillanceCase played(OrganisationCode provider) {
    SurveillanceCase state = SurveillanceCase.open(provider);
    List<CaseEvent> log = new java.util.ArrayList<>();
    for (CaseCommand command : STORIES.get(provider)) {
      Outcome outcome = state.decide(command, EscalationPolicy.nhsDefaults());
      assertTrue(outcome.isAccepted(), provider + ": " + command + " -> " + outcome);
      log.addAll(outcome.events());
      state = outcome.after();
      assertFalse(command.at().isAfter(DemoDataSet.AS_OF), "dated on or before the as-of date");
    }
    assertTrue(ChainVerifier.verify(log).isIntact());
    return state;
  }

  private static TrackerEntry tracked(SurveillanceCase state) {
    return SurveillanceTracker.of(List.of(state), DemoDataSet.AS_OF).get(0);
  }

  /**
   * 003 §5.2.1: a trigger the demo's cases accept is one the assessment can fire, spelled as
   * scoring's {@code TriggerCode}: the codes the escalation page's trigger form records.
   */
  @Test
  void everyAcceptedTriggerIsOneTheAssessmentCanFire() {
    List<String> accepted = STORIES.values().stream().flatMap(List::stream)
        .filter(c -> c instanceof AcceptTrigger).map(c -> ((AcceptTrigger) c).code()).toList();
    assertFalse(accepted.isEmpty());
    for (String code : accepted) {
      assertTrue(Arrays.stream(TriggerCode.values()).anyMatch(t -> t.name().equals(code)), code);
    }
  }

  /** 003 §5.2.3 a-e: the acute trust with rising mortality is on enhanced, in its plan. */
  @Test
  void theTrustWithRisingMortalityIsOnEnhancedWithTwoOverdueActions() {
    SurveillanceCase acute = played(CAST.acute.code());
    assertEquals(Level.ENHANCED, acute.level());
    TrackerEntry entry = tracked(acute);
    assertEquals(Optional.of(ProcedureStep.IMPROVEMENT_PLAN), entry.step());
    assertEquals(List.of("A-1", "A-3"),
        entry.overdueActions().stream().map(PlanAction::id).toList(), "due 31 May and 15 June");
  }

  /** 003 Appendix 2: the care home's risk summit is recorded with chair, attendees, actions. */
  @Test
  void theCareHomeHadARiskSummitWithChairAttendeesAndAgreedActions() {
    SurveillanceCase home = played(CAST.troubledHome.code());
    assertEquals(Level.ENHANCED, home.level());
    assertEquals(0, home.nhsEngland().riskSummitsAwaitingRecord());
    MeetingRecord summit = home.nhsEngland().meetings().stream()
        .filter(m -> m.meeting() == NhsEnglandMeeting.RISK_SUMMIT).findFirst().orElseThrow();
    assertTrue(summit.chair().isPresent());
    assertTrue(summit.attendees().size() >= 4 && summit.agreedActions().size() >= 3);
  }

  /** 003 Appendix 1: three months of sustained assurance, then the step down to routine. */
  @Test
  void theMentalHealthTrustSteppedDownAfterThreeMonthsOfAssurance() {
    SurveillanceCase mh = played(CAST.mentalHealth.code());
    assertEquals(Level.ROUTINE, mh.level());
    assertEquals(Optional.of(LocalDate.of(2024, 11, 12)), mh.levelSince());
  }

  /** 003 §5.2.3 a and 004 §4.4: NHS England escalated the ambulance trust to intensive. */
  @Test
  void nhsEnglandEscalatedTheAmbulanceTrustToIntensiveAfterLevers() {
    SurveillanceCase ambulance = played(CAST.ambulance.code());
    assertEquals(Level.INTENSIVE, ambulance.level());
    assertTrue(ambulance.levers().stream()
        .anyMatch(l -> l.lever() == ContractualLever.CONTRACT_PERFORMANCE_NOTICE));
  }

  @Test
  void thePracticeReturnedToRoutine() {
    assertEquals(Level.ROUTINE, played(CAST.strugglingPractice.code()).level());
  }

  @Test
  void theStoriesAreTheSameOnEveryRun() {
    assertEquals(STORIES, DemoDataSet.generate(DemoDataSet.DEFAULT_SEED).cases());
  }
}
