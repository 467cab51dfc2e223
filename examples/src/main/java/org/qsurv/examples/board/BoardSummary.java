package org.qsurv.examples.board;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.EnumMap;
import java.util.Map;
import org.qsurv.evaluation.SnapshotEvaluator;
import org.qsurv.model.risk.Risk;
import org.qsurv.model.risk.RiskId;
import org.qsurv.model.snapshot.Snapshot;
import org.qsurv.model.surveillance.Level;
import org.qsurv.scoring.assessment.Assessment;
import org.qsurv.scoring.assessment.ProviderAssessment;
import org.qsurv.scoring.risk.RiskReviewPolicy;
import org.qsurv.scoring.risk.ScoredRisk;

/**
 * Example 6's "your own integration": the one-line-per-level summary an ICB's board report shows
 * (004 §4.4: reports in three sections, routine, enhanced and intensive), and the register's
 * overdue reviews. {@code BoardSummaryProperties} in the tests checks it for every snapshot the
 * published generators make.
 */
public final class BoardSummary {
  private final ImmutableSortedMap<Level, Integer> providersByLevel;
  private final ImmutableList<RiskId> overdueReviews;

  private BoardSummary(Map<Level, Integer> byLevel, ImmutableList<RiskId> overdue) {
    this.providersByLevel = ImmutableSortedMap.copyOf(byLevel);
    this.overdueReviews = overdue;
  }

  /** Summarises {@code snapshot} as of its own date, under the national defaults. */
  public static BoardSummary of(Snapshot snapshot) {
    Assessment assessment = SnapshotEvaluator.evaluate(snapshot);
    Map<Level, Integer> byLevel = new EnumMap<>(Level.class);
    for (Level level : Level.values()) {
      byLevel.put(level, 0);
    }
    for (ProviderAssessment provider : assessment.providers()) {
      byLevel.merge(provider.level(), 1, Integer::sum);
    }
    ImmutableList.Builder<RiskId> overdue = ImmutableList.builder();
    for (Risk risk : snapshot.risks()) {
      if (ScoredRisk.of(risk, snapshot.asOf(), RiskReviewPolicy.nhsDefaults()).overdue()) {
        overdue.add(risk.id());
      }
    }
    return new BoardSummary(byLevel, overdue.build());
  }

  /** How many providers are at each level, routine first. */
  public ImmutableSortedMap<Level, Integer> providersByLevel() {
    return providersByLevel;
  }

  /** The risks whose review is overdue, in register order. */
  public ImmutableList<RiskId> overdueReviews() {
    return overdueReviews;
  }

  @Override
  public String toString() {
    return "providers by level " + providersByLevel + ", overdue reviews " + overdueReviews;
  }
}
