package org.qsurv.app.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qsurv.evaluation.SnapshotEvaluator;
import org.qsurv.model.intelligence.IntelligenceItem;
import org.qsurv.model.intelligence.IntelligenceSource;
import org.qsurv.model.intelligence.Tone;
import org.qsurv.model.intelligence.TriageOutcome;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.snapshot.Snapshot;
import org.qsurv.model.surveillance.DecisionType;
import org.qsurv.model.surveillance.Level;
import org.qsurv.model.surveillance.Meeting;
import org.qsurv.scoring.assessment.Assessment;
import org.qsurv.scoring.assessment.Finding;
import org.qsurv.scoring.assessment.FindingCode;
import org.qsurv.scoring.assessment.ProviderAssessment;
import org.qsurv.scoring.trigger.TriggerCode;
import org.qsurv.scoring.trigger.TriggerFiring;

/** The demo shows the calibrated judgement and the 1.1 data honestly, story by story. */
class DemoJudgementTest {
  private static DemoDataSet demo;
  private static Cast cast;
  private static Assessment assessment;

  @BeforeAll
  static void evaluate() {
    demo = DemoDataSet.generate(DemoDataSet.DEFAULT_SEED);
    cast = new Cast(new java.util.SplittableRandom(DemoSeries.mix(DemoDataSet.DEFAULT_SEED,
        "names")));
    assessment = SnapshotEvaluator.evaluate(demo.importableSnapshot());
  }

  private static ProviderAssessment of(OrganisationCode code) {
    return assessment.providers().stream().filter(p -> p.code().equals(code)).findFirst()
        .orElseThrow();
  }

  private static List<IntelligenceItem> items(OrganisationCode code) {
    return demo.snapshot().intelligence().stream().filter(i -> i.provider().equals(code))
        .toList();
  }

  /**
   * The hospice is on enhanced surveillance and its only intelligence is a newspaper story
   * praising its new unit and one anonymous message about a rota: the advice is calm, not above
   * its current level and not urgent (003 §5.2.1: triggers are "usually a combination rather
   * than any single one"), and the praise fires no trigger.
   */
  @Test
  void theHospiceOnEnhancedWithPraiseAndOneAnonymousMessageGetsCalmAdvice() {
    List<IntelligenceItem> items = items(cast.hospice.code());
    assertEquals(List.of(IntelligenceSource.MEDIA, IntelligenceSource.WHISTLEBLOWING),
        items.stream().map(IntelligenceItem::source).toList());
    assertEquals(Tone.POSITIVE, items.get(0).tone());
    assertEquals(Optional.empty(), items.get(1).triage(), "received five days before the date");
    ProviderAssessment hospice = of(cast.hospice.code());
    assertEquals(Level.ENHANCED, hospice.level());
    assertFalse(hospice.quality().recommendation().level().isAbove(Level.ENHANCED),
        hospice.quality().recommendation().toString());
    assertFalse(hospice.quality().recommendation().urgent());
    assertTrue(hospice.quality().triggers().stream()
        .noneMatch(t -> t.evidence().contains(items.get(0).id().value())),
        hospice.quality().triggers().toString());
  }

  /**
   * The acute trust's Freedom to Speak Up concern is triaged credible and escalated, so it counts
   * as "credible and material" whistleblowing (001 §7.2); its open plan actions past their due
   * dates fire IMPROVEMENT_ACTIONS_OVERDUE (003 §5.2.1) with their ids, the signed-off one not;
   * and its GP report, untriaged three weeks on, is INTELLIGENCE_NOT_TRIAGED (004 §4.3).
   */
  @Test
  void theAcuteTrustShowsCredibleWhistleblowingOverdueActionsAndAnUntriagedItem() {
    OrganisationCode acute = cast.acute.code();
    IntelligenceItem ftsu = items(acute).stream()
        .filter(i -> i.source() == IntelligenceSource.WHISTLEBLOWING).findFirst().orElseThrow();
    assertEquals(TriageOutcome.ESCALATE, ftsu.triage().orElseThrow().outcome());
    assertTrue(ftsu.credibleOn(DemoDataSet.AS_OF));

    List<TriggerFiring> overdue = of(acute).quality().triggers().stream()
        .filter(t -> t.code() == TriggerCode.IMPROVEMENT_ACTIONS_OVERDUE).toList();
    assertEquals(1, overdue.size(), of(acute).quality().triggers().toString());
    assertEquals(List.of("ZA1/A-1", "ZA1/A-3"), overdue.get(0).evidence());

    IntelligenceItem gpReport = items(acute).stream()
        .filter(i -> i.source() == IntelligenceSource.GP_REPORT
            && i.received().equals(java.time.LocalDate.of(2025, 6, 10))).findFirst()
        .orElseThrow();
    assertEquals(List.of(gpReport.id().value()), assessment.findings().stream()
        .filter(f -> f.code() == FindingCode.INTELLIGENCE_NOT_TRIAGED).map(Finding::subject)
        .toList(), "the only item past its week untriaged");
  }

  /**
   * The care home stepped down at NHS England's single-item QSG is back on routine surveillance
   * at once (003 §5.2.3 a), its decision accepted with its meeting.
   */
  @Test
  void theCareHomeStepsDownAtOnceOnAssuranceAtTheSingleItemQsg() {
    OrganisationCode home = cast.assuredHome.code();
    assertEquals(Level.ROUTINE, of(home).level());
    Snapshot s = demo.importableSnapshot();
    assertTrue(s.decisions().stream().anyMatch(d -> d.provider().equals(home)
        && d.decision() == DecisionType.STEP_DOWN
        && d.meeting().equals(Optional.of(Meeting.SINGLE_ITEM_QSG))));
    assertTrue(of(home).decisions().stream().allMatch(r -> r.accepted()));
  }

  /** The register has system risks (004 §4.3-4.4), listed apart from every provider's. */
  @Test
  void theSystemRisksAreListedApart() {
    assertFalse(assessment.systemRisks().isEmpty());
    assertEquals(demo.snapshot().risks().stream().filter(r -> r.provider().isEmpty()).count(),
        assessment.systemRisks().size());
  }
}
