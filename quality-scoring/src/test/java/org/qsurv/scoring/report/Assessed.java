package org.qsurv.scoring.report;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.qsurv.model.organisation.Provider;
import org.qsurv.model.snapshot.Snapshot;
import org.qsurv.model.surveillance.Level;
import org.qsurv.scoring.assessment.Assessment;
import org.qsurv.scoring.assessment.ProviderAssessment;
import org.qsurv.scoring.assessment.QualityScoring;
import org.qsurv.scoring.policy.ScoringPolicy;

/**
 * The assessment of a snapshot with each provider at the level a test places it, built as
 * quality-evaluation builds it after replaying the decisions (which is quality-escalation's work,
 * not a dependency of this library): scored with the national defaults, system risks and findings
 * only in a format 1.1 assessment.
 */
final class Assessed {
  /** A provider's place in the lifecycle: its level, since when, and whether a review is pending. */
  record Placed(Level level, Optional<LocalDate> since, boolean pendingReview) {
    static Placed at(Level level, LocalDate since) {
      return new Placed(level, Optional.of(since), false);
    }
  }

  private Assessed() {}

  /** Every provider in routine surveillance. */
  static Assessment routine(Snapshot snapshot) {
    return of(snapshot, Map.of());
  }

  /** Each provider as {@code placed} places it by code, any other in routine surveillance. */
  static Assessment of(Snapshot snapshot, Map<String, Placed> placed) {
    QualityScoring scoring = QualityScoring.of(snapshot, ScoringPolicy.nhsDefaults());
    ImmutableList.Builder<ProviderAssessment> providers = ImmutableList.builder();
    for (Provider provider : snapshot.providers()) {
      Placed place = placed.getOrDefault(provider.code().value(),
          new Placed(Level.ROUTINE, Optional.empty(), false));
      providers.add(ProviderAssessment.builder().code(provider.code()).level(place.level())
          .levelSince(place.since()).pendingReview(place.pendingReview())
          .quality(scoring.assess(provider.code(), place.level())).build());
    }
    boolean v11 = snapshot.format().equals(Snapshot.FORMAT_1_1);
    return Assessment.builder().asOf(snapshot.asOf()).providers(providers.build())
        .format(v11 ? Assessment.FORMAT_1_1 : Assessment.FORMAT)
        .systemRisks(v11 ? scoring.systemRisks() : ImmutableList.of())
        .systemFindings(v11 ? scoring.systemFindings() : ImmutableList.of())
        .build();
  }
}
