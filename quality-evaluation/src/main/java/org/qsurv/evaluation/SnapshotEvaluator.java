package org.qsurv.evaluation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Lists;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import org.qsurv.escalation.policy.EscalationPolicy;
import org.qsurv.escalation.replay.DecisionOutcome;
import org.qsurv.escalation.replay.DecisionReplay;
import org.qsurv.escalation.replay.ReplayResult;
import org.qsurv.model.Tasks;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.organisation.Provider;
import org.qsurv.model.snapshot.BulkSnapshot;
import org.qsurv.model.snapshot.Snapshot;
import org.qsurv.model.surveillance.Decision;
import org.qsurv.scoring.assessment.Assessment;
import org.qsurv.scoring.assessment.DecisionResult;
import org.qsurv.scoring.assessment.ProviderAssessment;
import org.qsurv.scoring.assessment.QualityScoring;
import org.qsurv.scoring.policy.ScoringPolicy;

/**
 * Evaluates a surveillance snapshot into its assessment: the contract of SNAPSHOT.md, the same as
 * {@code qsurv.jar evaluate}. For each provider it replays the decisions dated on or before
 * {@code asOf} through the escalation lifecycle (rejected decisions change nothing; later ones still
 * apply), then scores the provider at the level they leave it.
 *
 * <pre>{@code
 * Snapshot snapshot = SnapshotReader.read(json).snapshot();
 * Assessment assessment = SnapshotEvaluator.evaluate(snapshot);
 * String out = AssessmentWriter.write(assessment);
 * }</pre>
 *
 * <p>It lives in quality-evaluation, the one module that depends on both quality-scoring and
 * quality-escalation, so that those two stay siblings over quality-model.
 *
 * @since 0.1.0
 */
public final class SnapshotEvaluator {
  // Tasks per evaluation: enough to keep every core busy to the end, few enough to cost nothing.
  private static final int RANGES = 256;

  private SnapshotEvaluator() {}

  /** Evaluates {@code snapshot} under the national default policies. */
  public static Assessment evaluate(Snapshot snapshot) {
    return evaluate(snapshot, ScoringPolicy.nhsDefaults(), EscalationPolicy.nhsDefaults());
  }

  /**
   * Evaluates {@code snapshot} under a named profile's policies ({@link PolicyProfiles}).
   *
   * @since 1.0.0
   */
  public static Assessment evaluate(Snapshot snapshot, PolicyProfile profile) {
    return evaluate(snapshot, profile.scoring(), profile.escalation());
  }

  /** Evaluates {@code snapshot} under an ICB's own policies. */
  public static Assessment evaluate(
      Snapshot snapshot, ScoringPolicy scoringPolicy, EscalationPolicy escalationPolicy) {
    Objects.requireNonNull(snapshot, "snapshot");
    return evaluate(BulkSnapshot.of(snapshot), scoringPolicy, escalationPolicy, Runnable::run);
  }

  /**
   * Evaluates a snapshot in bulk form under a named profile's policies, its providers in
   * parallel on {@code executor} ({@link #evaluate(BulkSnapshot, ScoringPolicy, EscalationPolicy,
   * Executor)}).
   *
   * @since 1.0.0
   */
  public static Assessment evaluate(BulkSnapshot snapshot, PolicyProfile profile,
      Executor executor) {
    return evaluate(snapshot, profile.scoring(), profile.escalation(), executor);
  }

  /**
   * Evaluates a snapshot in bulk form ({@link BulkSnapshot}: a national one read by
   * {@code BulkSnapshotReader}), its providers in parallel on the caller's {@code executor}: the
   * same assessment as {@link #evaluate(Snapshot, ScoringPolicy, EscalationPolicy)} of the same
   * snapshot, whatever the executor. Each provider's assessment depends only on that provider's
   * data, so providers are split into contiguous ranges, one task each, and every task fills its
   * own slots of the result in snapshot order; nothing depends on which task finishes first.
   * With {@code Runnable::run} it all runs on the calling thread. This method starts no thread.
   *
   * @since 1.0.0
   */
  public static Assessment evaluate(BulkSnapshot bulk, ScoringPolicy scoringPolicy,
      EscalationPolicy escalationPolicy, Executor executor) {
    Objects.requireNonNull(bulk, "bulk");
    Objects.requireNonNull(scoringPolicy, "scoringPolicy");
    Objects.requireNonNull(escalationPolicy, "escalationPolicy");
    Objects.requireNonNull(executor, "executor");
    Snapshot snapshot = bulk.parts();

    // Decisions after asOf are ignored (SNAPSHOT.md); the rest keep their index in the array.
    List<Decision> all = snapshot.decisions();
    Map<OrganisationCode, List<Integer>> indexes = new HashMap<>();
    for (int i = 0; i < all.size(); i++) {
      Decision d = all.get(i);
      if (!d.at().isAfter(snapshot.asOf())) {
        indexes.computeIfAbsent(d.provider(), k -> new ArrayList<>()).add(i);
      }
    }

    QualityScoring scoring = QualityScoring.of(bulk, scoringPolicy);
    int count = snapshot.providers().size();
    ProviderAssessment[] slots = new ProviderAssessment[count];
    int ranges = Math.min(count, RANGES);
    List<Runnable> tasks = new ArrayList<>(ranges);
    for (int t = 0; t < ranges; t++) {
      int from = (int) ((long) count * t / ranges);
      int to = (int) ((long) count * (t + 1) / ranges);
      tasks.add(() -> {
        for (int p = from; p < to; p++) {
          Provider provider = snapshot.providers().get(p);
          OrganisationCode code = provider.code();
          List<Integer> index = indexes.getOrDefault(code, List.of());
          ReplayResult replay =
              DecisionReplay.replay(code, Lists.transform(index, all::get), escalationPolicy);
          ImmutableList.Builder<DecisionResult> results = ImmutableList.builder();
          for (DecisionOutcome outcome : replay.decisions()) {
            results.add(DecisionResult.of(index.get(outcome.index()), outcome.reason()));
          }
          slots[p] = ProviderAssessment.builder()
              .code(code)
              .level(replay.level())
              .pendingReview(replay.pendingReview())
              .levelSince(replay.levelSince())
              .sustainedAssuranceUntil(replay.sustainedAssuranceUntil())
              .decisions(results.build())
              .quality(scoring.assess(p, replay.level()))
              .build();
        }
      });
    }
    Tasks.runAll(executor, tasks);
    ImmutableList<ProviderAssessment> providers = ImmutableList.copyOf(slots);
    // A format 1 snapshot is answered in format 1, which has no system risks (SNAPSHOT.md).
    boolean v11 = snapshot.format().equals(Snapshot.FORMAT_1_1);
    return Assessment.builder().asOf(snapshot.asOf()).providers(providers)
        .format(v11 ? Assessment.FORMAT_1_1 : Assessment.FORMAT)
        .systemRisks(v11 ? scoring.systemRisks() : ImmutableList.of())
        .systemFindings(v11 ? scoring.systemFindings() : ImmutableList.of())
        .build();
  }
}
