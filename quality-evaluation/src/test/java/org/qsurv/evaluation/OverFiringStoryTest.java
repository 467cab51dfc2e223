package org.qsurv.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.qsurv.model.snapshot.SnapshotReader;
import org.qsurv.scoring.assessment.Assessment;
import org.qsurv.scoring.assessment.ProviderAssessment;
import org.qsurv.scoring.assessment.QualityAssessment;
import org.qsurv.model.surveillance.Level;
import org.qsurv.scoring.profile.Recommendation;
import org.qsurv.scoring.trigger.TriggerCode;
import org.qsurv.scoring.trigger.TriggerFiring;

/**
 * Hazard 1 of the clinical-safety hazard log, as a new user met it with {@code qsurv.jar evaluate}:
 * a provider already in enhanced surveillance, with nothing in the snapshot but a local newspaper
 * story praising its new maternity unit and one anonymous message about a rota, was advised
 * INTENSIVE, urgently. Triggers are "usually a combination rather than any single one"
 * (003 §5.2.1); intensive support is the last resort (004 §4.4); whistleblowing is a risk-summit
 * trigger only when "credible and material" (001 §7.2).
 */
class OverFiringStoryTest {

  /**
   * Format 1 cannot say the story praises: the media item counts as a concern. Even so, one soft
   * item and one untriaged message are not a corroborated case: the advice stays at the current
   * level and is not urgent.
   */
  @Test
  void aMediaStoryAndAnAnonymousMessageNeverAdviseIntensiveOrUrgent() throws IOException {
    Recommendation r = recommendation("over-firing-1.json");
    assertEquals(Level.ENHANCED, r.level(), r.reasons().toString());
    assertFalse(r.urgent(), r.reasons().toString());
  }

  /** An untriaged anonymous message never fires WHISTLEBLOWING: it is not yet known credible. */
  @Test
  void anUntriagedWhistleblowingMessageFiresNoTrigger() throws IOException {
    List<TriggerFiring> fired = quality("over-firing-1.json").triggers();
    assertTrue(fired.stream().noneMatch(t -> t.code() == TriggerCode.WHISTLEBLOWING),
        fired.toString());
  }

  /**
   * Format 1.1 says what the items are: the story praises (POSITIVE), and the message is not yet
   * triaged. Nothing fires; the advice is calm and says why; the untriaged message is a finding,
   * as new intelligence is triaged weekly (004 §4.3).
   */
  @Test
  void inFormat11ThePraiseFiresNothingAndTheUntriagedMessageIsAFinding() throws IOException {
    QualityAssessment q = quality("over-firing-1.1.json");
    assertEquals(List.of(), q.triggers());
    assertEquals(Level.ENHANCED, q.recommendation().level());
    assertFalse(q.recommendation().urgent());
    assertEquals(List.of("already in enhanced surveillance: no trigger fired and no domain is of"
        + " high concern; stepping down to routine needs assurance gained and sustained for three"
        + " months (003 Appendix 1) or gained at an NHS England-led meeting (003 §5.2.3 a), which"
        + " people judge"), q.recommendation().reasons());
    assertEquals(List.of("INTELLIGENCE_NOT_TRIAGED I-2"), q.findings().stream()
        .map(f -> f.code() + " " + f.subject()).collect(Collectors.toList()));
  }

  /**
   * The workflows add evidence without over-firing: one never event recorded both as an incident
   * and as the intelligence item about it is one event, not the "multiple never events" of
   * 003 §5.2.1; the current CQC rating is the latest (GOOD), not the INADEQUATE listed after it
   * from 2021 (004 §5.1); a visit's praise and neutral notes fire nothing. The advice stays at
   * the current level and is not urgent.
   */
  @Test
  void inFormat11OneEventTwiceRecordedAnOldRatingAndAVisitsPraiseFireNothing()
      throws IOException {
    QualityAssessment q = quality("over-firing-workflows-1.1.json");
    assertEquals(List.of(), q.triggers());
    assertEquals(Level.ENHANCED, q.recommendation().level());
    assertFalse(q.recommendation().urgent());
  }

  private static Recommendation recommendation(String story) throws IOException {
    return quality(story).recommendation();
  }

  private static QualityAssessment quality(String story) throws IOException {
    try (InputStream in = OverFiringStoryTest.class.getResourceAsStream("/stories/" + story)) {
      Assessment a = SnapshotEvaluator.evaluate(SnapshotReader.read(in.readAllBytes()).snapshot());
      ProviderAssessment rh5 = a.providers().get(0);
      assertEquals(Level.ENHANCED, rh5.level(), "the story's provider is in enhanced surveillance");
      return rh5.quality();
    }
  }
}
