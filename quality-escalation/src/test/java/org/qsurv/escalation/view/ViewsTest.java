package org.qsurv.escalation.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.qsurv.escalation.command.CaseCommand;
import org.qsurv.escalation.command.RecordCorrection;
import org.qsurv.escalation.command.TakeDecision;
import org.qsurv.escalation.policy.EscalationPolicy;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.surveillance.Actor;
import org.qsurv.model.surveillance.DecisionType;
import org.qsurv.model.surveillance.Level;
import org.qsurv.model.surveillance.Role;
import org.qsurv.testing.escalation.CaseFile;

/** The tracker (003 Appendix 1) and the timeline with corrections (003 §3, the audit trail). */
class ViewsTest {
  private static final Actor DIRECTOR = Actor.of("A. Director", Role.ICB_DIRECTOR);
  private static final Actor REGION = Actor.of("C. Regional", Role.NHSE_REGION);

  @Test
  void theTrackerListsIntensiveThenEnhancedProvidersAndLeavesRoutineOnesOff() {
    CaseFile routine = file("RA7");
    CaseFile enhancedB = file("RB1", decision(DecisionType.PLACE_ON_ENHANCED, "2025-01-06", DIRECTOR));
    CaseFile enhancedA = file("RA1", decision(DecisionType.PLACE_ON_ENHANCED, "2025-02-06", DIRECTOR));
    CaseFile intensive = file("RZ9", decision(DecisionType.ESCALATE_TO_INTENSIVE, "2025-03-01", REGION));
    ImmutableList<TrackerEntry> tracker = SurveillanceTracker.of(List.of(routine.state(), enhancedB.state(),
        enhancedA.state(), intensive.state()), LocalDate.of(2025, 4, 1));
    assertEquals(List.of("RZ9", "RA1", "RB1"),
        tracker.stream().map(e -> e.provider().value()).collect(ImmutableList.toImmutableList()));
    assertEquals(Level.INTENSIVE, tracker.get(0).level());
    assertTrue(tracker.get(1).pendingReview());
    assertTrue(tracker.get(1).lead().isEmpty(), "no lead named yet");
  }

  @Test
  void aCorrectionIsANewEntryThatReferencesWhatItCorrects() {
    CaseFile f = file("RH5", decision(DecisionType.PLACE_ON_ENHANCED, "2025-01-06", DIRECTOR),
        new RecordCorrection(
            LocalDate.of(2025, 1, 7), DIRECTOR, "Minutes checked", 1, "The meeting was on 5 January, not 6 January"));
    List<TimelineEntry> timeline = CaseTimeline.of(f.log());
    assertEquals(2, timeline.size());
    assertEquals(List.of(2L), timeline.get(0).correctedBy());
    assertEquals(OptionalLong.of(1), timeline.get(1).corrects());
    assertEquals("Placed on enhanced surveillance, pending a quality review meeting", timeline.get(0).what());
    assertEquals("Correction of entry 1: The meeting was on 5 January, not 6 January", timeline.get(1).what());
    assertEquals("A. Director", timeline.get(0).by().name());
    assertEquals("Rationale for PLACE_ON_ENHANCED", timeline.get(0).why());
    assertEquals(LocalDate.of(2025, 1, 6), f.state().levelSince().get(), "the corrected entry stays as recorded");
  }

  private static CaseFile file(String provider, CaseCommand... commands) {
    CaseFile f = CaseFile.open(OrganisationCode.of(provider), EscalationPolicy.nhsDefaults());
    for (CaseCommand c : commands) {
      f = f.handle(c);
      assertTrue(f.lastStep().get().outcome().isAccepted(), f.lastStep().get().outcome().toString());
    }
    return f;
  }

  private static TakeDecision decision(DecisionType type, String date, Actor by) {
    return TakeDecision.of(type, LocalDate.parse(date), by, "Rationale for " + type);
  }
}
