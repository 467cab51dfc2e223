package org.qsurv.app.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.qsurv.app.Fixtures;
import org.qsurv.app.export.StoredAssessment;
import org.qsurv.app.export.StoredSnapshot;
import org.qsurv.app.importer.ImportPlan;
import org.qsurv.app.importer.ImportProblem;
import org.qsurv.app.importer.Importer;
import org.qsurv.app.port.Ports;
import org.qsurv.app.port.Progress;
import org.qsurv.evaluation.PolicyProfile;
import org.qsurv.evaluation.PolicyProfiles;
import org.qsurv.evaluation.SnapshotEvaluator;
import org.qsurv.model.contract.ContractMeeting;
import org.qsurv.model.contract.ContractMeetingId;
import org.qsurv.model.contract.MeetingAction;
import org.qsurv.model.framework.QualityDomain;
import org.qsurv.model.improvement.ActionId;
import org.qsurv.model.incident.IncidentId;
import org.qsurv.model.incident.ResponseReview;
import org.qsurv.model.incident.ReviewOutcome;
import org.qsurv.model.incident.SeriousIncident;
import org.qsurv.model.intelligence.IntelligenceId;
import org.qsurv.model.intelligence.IntelligenceItem;
import org.qsurv.model.intelligence.Tone;
import org.qsurv.model.regulation.Rating;
import org.qsurv.model.regulation.RatingId;
import org.qsurv.model.regulation.Regulator;
import org.qsurv.model.regulation.RegulatorRating;
import org.qsurv.model.snapshot.Snapshot;
import org.qsurv.model.snapshot.SnapshotReader;
import org.qsurv.model.snapshot.SnapshotWriter;
import org.qsurv.model.visit.QualityVisit;
import org.qsurv.model.visit.VisitFinding;
import org.qsurv.model.visit.VisitId;
import org.qsurv.model.visit.VisitKind;
import org.qsurv.model.visit.VisitStatus;
import org.qsurv.scoring.assessment.Assessment;
import org.qsurv.scoring.assessment.AssessmentWriter;
import org.qsurv.scoring.assessment.Finding;
import org.qsurv.scoring.assessment.FindingCode;
import org.qsurv.scoring.trigger.TriggerCode;

/**
 * The store holds the surveillance workflows of format 1.1 (SNAPSHOT.md "Workflows"): regulator
 * ratings (004 §5.1), quality visits (001 §7.1), serious incidents and learning responses (002 QAF
 * ¶40-41; PSIRF), contract quality meetings (003 §5.1.2) and the link of an item to its incident,
 * on H2 and PostgreSQL. Hazard H30: the app evaluates what `qsurv evaluate` evaluates, and an
 * import keeps every workflow, all or nothing, adding later facts and never changing one.
 */
class StoredWorkflowsTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-07-01T09:00:00Z"),
      ZoneOffset.UTC);
  private static final LocalDate AS_OF = LocalDate.of(2025, 7, 1);

  private static Ports loaded(TestDatabase db, Snapshot snapshot) {
    Ports ports = JdbcPorts.open(db.database(), CLOCK);
    ImportPlan plan = new Importer(ports).plan(snapshot, "fixture", "tester");
    assertTrue(plan.isValid(), plan.problems().toString());
    new Importer(ports).write(plan, Progress.none());
    return ports;
  }

  /**
   * Import, export and import again give the same snapshot with every workflow, field for field:
   * nothing of a rating, visit, finding, incident, meeting, action or incident link is dropped,
   * and the repeat import adds nothing.
   */
  @OnEveryDatabase
  void everyWorkflowSurvivesImportExportImport(DatabaseKind kind) {
    Snapshot workflows = Fixtures.workflows();
    try (TestDatabase first = kind.open(); TestDatabase second = kind.open()) {
      Ports ports = loaded(first, workflows);
      String exported = SnapshotWriter.write(StoredSnapshot.asOf(ports, AS_OF));
      assertEquals(SnapshotWriter.write(workflows), exported);

      SnapshotReader.Result read = SnapshotReader.read(exported);
      assertTrue(read.isValid(), read.problems().toString());
      assertEquals(workflows, read.snapshot());
      Ports again = loaded(second, read.snapshot());
      assertEquals(exported, SnapshotWriter.write(StoredSnapshot.asOf(again, AS_OF)));

      ImportPlan repeat = new Importer(ports).plan(read.snapshot(), "again", "tester");
      assertTrue(repeat.isValid(), repeat.problems().toString());
      assertEquals(0, repeat.batch().orElseThrow().size(), "everything is already recorded");
    }
  }

  /**
   * H30's control: the store's assessment is the file's, byte for byte, and it holds each
   * workflow's finding and trigger: CQC_RATING_CONCERN on CQC-2 (INADEQUATE for SAFE, 004 §5.1),
   * VISIT_OVERDUE on V-2, LEARNING_RESPONSE_OVERDUE on SI-1, LEARNING_RESPONSE_NOT_REVIEWED on
   * SI-2, ACTION_PLAN_NOT_SIGNED_OFF on SI-3 (002 QAF ¶40-41), CONTRACT_MEETING_NOT_HELD on M-2
   * and CONTRACT_MEETING_DUE for the trust (003 §5.1.2), and the overdue meeting action MA-1
   * beside the plan's A-1 in IMPROVEMENT_ACTIONS_OVERDUE (003 §5.2.1). H44's: so it is under
   * every named profile (docs/profiles.md), as {@code export assessment --profile} writes it.
   */
  @OnEveryDatabase
  void theStoresAssessmentIsTheFilesWithEveryWorkflowFinding(DatabaseKind kind) {
    try (TestDatabase db = kind.open()) {
      Ports ports = loaded(db, Fixtures.workflows());
      Assessment stored = StoredAssessment.asOf(ports, AS_OF);
      assertEquals(AssessmentWriter.write(SnapshotEvaluator.evaluate(Fixtures.workflows())),
          AssessmentWriter.write(stored));
      for (PolicyProfile profile : PolicyProfiles.all()) {
        assertEquals(AssessmentWriter.write(SnapshotEvaluator.evaluate(Fixtures.workflows(),
            profile)), AssessmentWriter.write(StoredAssessment.asOf(ports, AS_OF, profile)),
            profile.name());
      }

      assertEquals(List.of("V-2"), subjects(stored, FindingCode.VISIT_OVERDUE));
      assertEquals(List.of("SI-1"), subjects(stored, FindingCode.LEARNING_RESPONSE_OVERDUE));
      assertEquals(List.of("SI-2"),
          subjects(stored, FindingCode.LEARNING_RESPONSE_NOT_REVIEWED));
      assertEquals(List.of("SI-3"), subjects(stored, FindingCode.ACTION_PLAN_NOT_SIGNED_OFF));
      assertEquals(List.of("M-2"), subjects(stored, FindingCode.CONTRACT_MEETING_NOT_HELD));
      assertEquals(List.of("RH5"), subjects(stored, FindingCode.CONTRACT_MEETING_DUE));
      assertEquals(List.of("CQC-2"), evidence(stored, TriggerCode.CQC_RATING_CONCERN));
      assertTrue(evidence(stored, TriggerCode.IMPROVEMENT_ACTIONS_OVERDUE)
          .containsAll(List.of("A-1", "MA-1")), stored.providers().get(0).toString());
    }
  }

  /**
   * An import adds what happened since to each workflow, and nothing else: V-2 done with its
   * finding, SI-1's response received, SI-2 reviewed, SI-3's plan signed off, MA-1 completed, a
   * new action on M-1's log, and the whistleblowing item I-1 linked to SI-2. Each then leaves its
   * finding.
   */
  @OnEveryDatabase
  void anImportAddsTheLaterFactsOfEachWorkflow(DatabaseKind kind) {
    try (TestDatabase db = kind.open()) {
      Ports ports = loaded(db, Fixtures.workflows());
      Snapshot later = later(Fixtures.workflows());
      ImportPlan plan = new Importer(ports).plan(later, "later", "tester");
      assertTrue(plan.isValid(), plan.problems().toString());
      assertEquals(7, plan.batch().orElseThrow().size(), plan.batch().toString());
      new Importer(ports).write(plan, Progress.none());

      Snapshot stored = StoredSnapshot.asOf(ports, AS_OF);
      assertEquals(later.visits(), stored.visits());
      assertEquals(later.incidents(), stored.incidents());
      assertEquals(later.meetings(), stored.meetings());
      assertEquals(Optional.of(IncidentId.of("SI-2")), stored.intelligence().get(0).incident());
      Assessment a = StoredAssessment.asOf(ports, AS_OF);
      assertEquals(List.of(), subjects(a, FindingCode.VISIT_OVERDUE));
      assertEquals(List.of(), subjects(a, FindingCode.LEARNING_RESPONSE_OVERDUE));
      assertEquals(List.of(), subjects(a, FindingCode.LEARNING_RESPONSE_NOT_REVIEWED));
      assertEquals(List.of(), subjects(a, FindingCode.ACTION_PLAN_NOT_SIGNED_OFF));
      assertFalse(evidence(a, TriggerCode.IMPROVEMENT_ACTIONS_OVERDUE).contains("MA-1"));
      assertTrue(new Importer(ports).plan(later, "again", "tester").batch().orElseThrow()
          .size() == 0, "the later facts are recorded once");
      assertTrue(new Importer(ports).plan(Fixtures.workflows(), "older", "tester").isValid(),
          "a snapshot from before the later facts still matches");
    }
  }

  /**
   * An import never changes a recorded workflow: each changed field is refused at its path,
   * naming the record's id and what is recorded, and a refused import writes nothing, not even
   * the new rating beside the conflicts.
   */
  @OnEveryDatabase
  void aChangeToARecordedWorkflowIsRefusedAtItsFieldAndNothingIsWritten(DatabaseKind kind) {
    try (TestDatabase db = kind.open()) {
      Ports ports = loaded(db, Fixtures.workflows());
      Snapshot s = Fixtures.workflows();
      Snapshot changed = Snapshot.builder().from(s)
          .ratings(replace(s.ratings(), 1, r -> new RegulatorRating(r.id(), r.provider(),
              r.regulator(), r.published(), Rating.GOOD, r.keyQuestions())))
          .addRatings(new RegulatorRating(RatingId.of("CQC-H2"), Fixtures.HOME, Regulator.CQC,
              LocalDate.of(2025, 6, 1), Rating.OUTSTANDING, Map.of()))
          .visits(replace(s.visits(), 0, v -> new QualityVisit(v.id(), v.provider(),
              v.date().plusDays(1), v.kind(), v.status(), v.findings())))
          .incidents(replace(s.incidents(), 2, i -> new SeriousIncident(i.id(), i.provider(),
              i.reported(), i.framework(), i.neverEvent(), i.responseDue(),
              i.responseReceived(), Optional.of(new ResponseReview(LocalDate.of(2025, 2, 21),
                  ReviewOutcome.ACCEPTED)), i.actionPlanSignedOff())))
          .meetings(replace(replace(s.meetings(), 1, m -> new ContractMeeting(m.id(),
              m.provider(), m.kind(), m.date(), false, Optional.of("Cancelled by the trust"),
              m.actions())), 0, m -> new ContractMeeting(m.id(), m.provider(), m.kind(),
                  m.date(), m.held(), m.reasonNotHeld(), replace(m.actions(), 1, a ->
                      new MeetingAction(a.id(), a.description(), a.owner(), a.due(),
                          Optional.of(LocalDate.of(2025, 3, 31)))))))
          .intelligence(replace(s.intelligence(), 3, i -> IntelligenceItem.builder().from(i)
              .incident(IncidentId.of("SI-2")).build()))
          .build();
      ImportPlan refused = new Importer(ports).plan(changed, "changed", "tester");
      assertFalse(refused.isValid());
      assertEquals(List.of("$.intelligence[3].incident", "$.ratings[1].overall",
          "$.visits[0].date", "$.incidents[2].review", "$.meetings[0].actions[1].completed",
          "$.meetings[1].reasonNotHeld"), refused.problems().stream()
          .map(ImportProblem::location).toList());
      assertTrue(refused.problems().stream().allMatch(p -> p.reason().contains(
          p.location().contains("intelligence") ? "I-4" : p.location().contains("ratings")
              ? "CQC-2" : p.location().contains("visits") ? "V-1" : p.location()
              .contains("incidents") ? "SI-3" : p.location().contains("actions") ? "MA-2"
              : "M-2")), refused.problems().toString());
      assertTrue(ports.ratings().rating(RatingId.of("CQC-H2")).isEmpty());
      assertEquals(SnapshotWriter.write(s),
          SnapshotWriter.write(StoredSnapshot.asOf(ports, AS_OF)));

      Snapshot sameDay = Snapshot.builder().from(s).ratings(List.of(new RegulatorRating(
          RatingId.of("CQC-9"), Fixtures.TRUST, Regulator.CQC, LocalDate.of(2025, 3, 14),
          Rating.GOOD, Map.of()))).build();
      assertEquals(List.of("$.ratings[0].published"), new Importer(ports)
          .plan(sameDay, "same day", "tester").problems().stream()
          .map(ImportProblem::location).toList(), "the latest rating must be one rating");
    }
  }

  /**
   * The ports record each later fact once, in order, as the web forms will: a second completion,
   * review or sign-off, a sign-off without an accepted review and a visit done twice are refused
   * with nothing changed.
   */
  @OnEveryDatabase
  void thePortsRecordEachLaterFactOnce(DatabaseKind kind) {
    try (TestDatabase db = kind.open()) {
      Ports ports = loaded(db, Fixtures.workflows());
      VisitId v2 = VisitId.of("V-2");
      QualityVisit done = ports.visits().done(v2,
          List.of(new VisitFinding(QualityDomain.SAFE, Tone.NEUTRAL, "Rota now filled")));
      assertEquals(done, ports.visits().visit(v2).orElseThrow());
      assertThrows(IllegalArgumentException.class, () -> ports.visits().cancel(v2));
      assertThrows(IllegalArgumentException.class,
          () -> ports.visits().cancel(VisitId.of("V-404")));
      assertEquals(VisitStatus.CANCELLED,
          ports.visits().cancel(VisitId.of("V-3")).status());

      IncidentId si1 = IncidentId.of("SI-1");
      assertThrows(IllegalArgumentException.class,
          () -> ports.incidents().signOff(si1, AS_OF), "no accepted review");
      assertThrows(IllegalArgumentException.class, () -> ports.incidents().review(si1,
          new ResponseReview(AS_OF, ReviewOutcome.ACCEPTED)), "no response received");
      ports.incidents().responseReceived(si1, LocalDate.of(2025, 6, 20));
      assertThrows(IllegalArgumentException.class,
          () -> ports.incidents().responseReceived(si1, AS_OF));
      ports.incidents().review(si1, new ResponseReview(LocalDate.of(2025, 6, 25),
          ReviewOutcome.ACCEPTED));
      SeriousIncident signed = ports.incidents().signOff(si1, LocalDate.of(2025, 6, 30));
      assertEquals(signed, ports.incidents().incident(si1).orElseThrow());
      assertThrows(IllegalArgumentException.class, () -> ports.incidents().signOff(si1, AS_OF));

      ContractMeetingId m1 = ContractMeetingId.of("M-1");
      MeetingAction ma3 = new MeetingAction(ActionId.of("MA-3"), "Report on agency use",
          "Director of Nursing", LocalDate.of(2025, 7, 31), Optional.empty());
      assertEquals(3, ports.meetings().addAction(m1, ma3).actions().size());
      assertThrows(IllegalArgumentException.class, () -> ports.meetings().addAction(
          ContractMeetingId.of("M-2"), ma3));
      ports.meetings().completeAction(ActionId.of("MA-1"), LocalDate.of(2025, 6, 2));
      assertThrows(IllegalArgumentException.class,
          () -> ports.meetings().completeAction(ActionId.of("MA-1"), AS_OF));
      assertEquals(Optional.of(LocalDate.of(2025, 6, 2)), ports.meetings().meeting(m1)
          .orElseThrow().actions().get(0).completed());

      RegulatorRating again = ports.ratings().rating(RatingId.of("CQC-2")).orElseThrow();
      assertThrows(IllegalArgumentException.class, () -> ports.ratings().record(again));
      assertThrows(IllegalArgumentException.class, () -> ports.ratings().record(
          new RegulatorRating(RatingId.of("CQC-3"), again.provider(), Regulator.CQC,
              again.published(), Rating.GOOD, Map.of())));
    }
  }

  /**
   * Hazard H40 (002 QAF ¶40): a response sent back for more information is resubmitted and
   * reviewed again through the ports, each once and in order (a resubmission before the review
   * that asked for it, a second one, or one after an acceptance is refused, changing nothing);
   * the whole history survives export and import into another store, an older snapshot still
   * matches, and one that rewrites the history is refused at its path.
   */
  @OnEveryDatabase
  void aResponseSentBackIsResubmittedAndReviewedAgainAndKeepsItsHistory(DatabaseKind kind) {
    try (TestDatabase db = kind.open(); TestDatabase other = kind.open()) {
      Ports ports = loaded(db, Fixtures.workflows());
      IncidentId si2 = IncidentId.of("SI-2");
      LocalDate sentBack = LocalDate.of(2025, 5, 20);
      assertThrows(IllegalArgumentException.class,
          () -> ports.incidents().resubmitted(si2, LocalDate.of(2025, 5, 21)), "not sent back");
      ports.incidents().review(si2, new ResponseReview(sentBack, ReviewOutcome.MORE_INFORMATION));
      assertThrows(IllegalArgumentException.class, () -> ports.incidents().review(si2,
          new ResponseReview(sentBack.plusDays(1), ReviewOutcome.ACCEPTED)),
          "nothing new to review");
      assertThrows(IllegalArgumentException.class,
          () -> ports.incidents().resubmitted(si2, sentBack.minusDays(1)), "before the review");
      assertEquals(List.of("SI-2"), subjects(StoredAssessment.asOf(ports, AS_OF),
          FindingCode.LEARNING_RESPONSE_NOT_RESUBMITTED));

      ports.incidents().resubmitted(si2, LocalDate.of(2025, 6, 2));
      assertThrows(IllegalArgumentException.class,
          () -> ports.incidents().resubmitted(si2, LocalDate.of(2025, 6, 4)), "once");
      assertEquals(List.of(), subjects(StoredAssessment.asOf(ports, AS_OF),
          FindingCode.LEARNING_RESPONSE_NOT_RESUBMITTED));
      assertEquals(List.of("SI-2"), subjects(StoredAssessment.asOf(ports, AS_OF),
          FindingCode.LEARNING_RESPONSE_NOT_REVIEWED), "the revised response waits 28 days");
      SeriousIncident accepted = ports.incidents().review(si2,
          new ResponseReview(LocalDate.of(2025, 6, 12), ReviewOutcome.ACCEPTED));
      assertEquals(List.of(ReviewOutcome.MORE_INFORMATION, ReviewOutcome.ACCEPTED),
          accepted.reviews().stream().map(ResponseReview::outcome).toList());
      assertThrows(IllegalArgumentException.class,
          () -> ports.incidents().resubmitted(si2, LocalDate.of(2025, 6, 20)), "accepted");
      ports.incidents().signOff(si2, LocalDate.of(2025, 6, 30));
      SeriousIncident stored = ports.incidents().incident(si2).orElseThrow();
      assertEquals(Optional.of(LocalDate.of(2025, 6, 30)), stored.actionPlanSignedOff());
      assertEquals(List.of(LocalDate.of(2025, 6, 2)), stored.resubmissions());

      Snapshot exported = StoredSnapshot.asOf(ports, AS_OF);
      Ports copy = loaded(other, SnapshotReader.read(SnapshotWriter.write(exported)).snapshot());
      assertEquals(stored, copy.incidents().incident(si2).orElseThrow());
      assertTrue(new Importer(ports).plan(Fixtures.workflows(), "older", "tester").isValid(),
          "a snapshot from before the resubmission still matches");
      Snapshot rewritten = Snapshot.builder().from(exported).incidents(replace(
          exported.incidents(), 1, i -> new SeriousIncident(i.id(), i.provider(), i.reported(),
              i.framework(), i.neverEvent(), i.responseDue(), i.responseReceived(),
              i.review(), i.actionPlanSignedOff(), i.earlierReviews(),
              List.of(LocalDate.of(2025, 6, 5))))).build();
      assertEquals(List.of("$.incidents[1].reviews"), new Importer(ports).plan(rewritten,
          "rewritten", "tester").problems().stream().map(ImportProblem::location).toList());

      // An older store's import moves the copy's incident on from its first review.
      try (TestDatabase third = kind.open()) {
        Ports moved = loaded(third, Fixtures.workflows());
        ImportPlan on = new Importer(moved).plan(exported, "later", "tester");
        assertTrue(on.isValid(), on.problems().toString());
        new Importer(moved).write(on, Progress.none());
        assertEquals(stored, moved.incidents().incident(si2).orElseThrow());
      }
    }
  }

  /** {@link Fixtures#workflows()} a little later: what the import test adds. */
  private static Snapshot later(Snapshot s) {
    return Snapshot.builder().from(s)
        .intelligence(replace(s.intelligence(), 0, i -> IntelligenceItem.builder().from(i)
            .incident(IncidentId.of("SI-2")).build()))
        .visits(replace(s.visits(), 1, v -> new QualityVisit(v.id(), v.provider(), v.date(),
            VisitKind.ANNOUNCED, VisitStatus.DONE, List.of(new VisitFinding(
                QualityDomain.SAFE, Tone.CONCERN, "Night rota still short")))))
        .incidents(List.of(
            withResponse(s.incidents().get(0), Optional.of(LocalDate.of(2025, 6, 28)),
                Optional.empty(), Optional.empty()),
            withResponse(s.incidents().get(1), s.incidents().get(1).responseReceived(),
                Optional.of(new ResponseReview(LocalDate.of(2025, 6, 2),
                    ReviewOutcome.MORE_INFORMATION)), Optional.empty()),
            withResponse(s.incidents().get(2), s.incidents().get(2).responseReceived(),
                s.incidents().get(2).review(), Optional.of(LocalDate.of(2025, 3, 1)))))
        .meetings(replace(s.meetings(), 0, m -> new ContractMeeting(m.id(), m.provider(),
            m.kind(), m.date(), m.held(), m.reasonNotHeld(), List.of(
                new MeetingAction(ActionId.of("MA-1"), "Share the staffing review",
                    "Chief Nurse", LocalDate.of(2025, 5, 1),
                    Optional.of(LocalDate.of(2025, 6, 2))),
                m.actions().get(1),
                new MeetingAction(ActionId.of("MA-3"), "Report on agency use",
                    "Director of Nursing", LocalDate.of(2025, 7, 31), Optional.empty())))))
        .build();
  }

  private static SeriousIncident withResponse(SeriousIncident i, Optional<LocalDate> received,
      Optional<ResponseReview> review, Optional<LocalDate> signedOff) {
    return new SeriousIncident(i.id(), i.provider(), i.reported(), i.framework(), i.neverEvent(),
        i.responseDue(), received, review, signedOff);
  }

  private static <T> List<T> replace(List<T> list, int index, UnaryOperator<T> change) {
    return java.util.stream.IntStream.range(0, list.size())
        .mapToObj(k -> k == index ? change.apply(list.get(k)) : list.get(k)).toList();
  }

  private static List<String> subjects(Assessment a, FindingCode code) {
    return a.findings().stream().filter(f -> f.code() == code).map(Finding::subject).toList();
  }

  private static List<String> evidence(Assessment a, TriggerCode code) {
    return a.providers().get(0).quality().triggers().stream().filter(t -> t.code() == code)
        .flatMap(t -> t.evidence().stream()).toList();
  }
}
