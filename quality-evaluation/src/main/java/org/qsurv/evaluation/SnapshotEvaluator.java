package org.qsurv.evaluation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Lists;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.qsurv.escalation.policy.EscalationPolicy;
import org.qsurv.escalation.replay.DecisionOutcome;
import org.qsurv.escalation.replay.DecisionReplay;
import org.qsurv.escalation.replay.ReplayResult;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.organisation.Provider;
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
    Objects.requireNonNull(scoringPolicy, "scoringPolicy");
    Objects.requireNonNull(escalationPolicy, "escalationPolicy");

    // Decisions after asOf are ignored (SNAPSHOT.md); the rest keep their index in the array.
    List<Decision> all = snapshot.decisions();
    Map<OrganisationCode, List<Integer>> indexes = new HashMap<>();
    for (int i = 0; i < all.size(); i++) {
      Decision d = all.get(i);
      if (!d.at().isAfter(snapshot.asOf())) {
        indexes.computeIfAbsent(d.provider(), k -> new ArrayList<>()).add(i);
      }
    }

    QualityScoring scoring = QualityScoring.of(snapshot, scoringPolicy);
    ImmutableList.Builder<ProviderAssessment> providers =
        ImmutableList.builderWithExpectedSize(snapshot.providers().size());
    for (Provider provider : snapshot.providers()) {
      OrganisationCode code = provider.code();
      List<Integer> index = indexes.getOrDefault(code, List.of());
      ReplayResult replay =
          DecisionReplay.replay(code, Lists.transform(index, all::get), escalationPolicy);
      ImmutableList.Builder<DecisionResult> results = ImmutableList.builder();
      for (DecisionOutcome outcome : replay.decisions()) {
        results.add(DecisionResult.of(index.get(outcome.index()), outcome.reason()));
      }
      providers.add(ProviderAssessment.builder()
          .code(code)
          .level(replay.level())
          .pendingReview(replay.pendingReview())
          .levelSince(replay.levelSince())
          .sustainedAssuranceUntil(replay.sustainedAssuranceUntil())
          .decisions(results.build())
          .quality(scoring.assess(code, replay.level()))
          .build());
    }
    // A format 1 snapshot is answered in format 1, which has no system risks (SNAPSHOT.md).
    boolean v11 = snapshot.format().equals(Snapshot.FORMAT_1_1);
    return Assessment.builder().asOf(snapshot.asOf()).providers(providers.build())
        .format(v11 ? Assessment.FORMAT_1_1 : Assessment.FORMAT)
        .systemRisks(v11 ? scoring.systemRisks() : ImmutableList.of())
        .systemFindings(v11 ? scoring.systemFindings() : ImmutableList.of())
        .build();
  }
}
