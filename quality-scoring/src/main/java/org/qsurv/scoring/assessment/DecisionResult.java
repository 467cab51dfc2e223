package org.qsurv.scoring.assessment;

import java.util.Optional;
import org.immutables.value.Value;
import org.qsurv.model.QsurvStyle;

/**
 * What became of one decision of a snapshot (SNAPSHOT.md {@code decisions}): its index in the
 * snapshot's {@code decisions} array, and whether the lifecycle accepted it or rejected it, and why.
 *
 * @since 0.1.0
 */
@Value.Immutable
@QsurvStyle
public abstract class DecisionResult {
  /** The decision's position in the snapshot's {@code decisions} array, from 0. */
  @Value.Parameter
  public abstract int index();

  /** The reason it was rejected; empty when it was accepted. */
  @Value.Parameter
  public abstract Optional<String> reason();

  /** Whether the decision was accepted (and so changed the case). */
  public boolean accepted() {
    return reason().isEmpty();
  }

  /**
   * What became of the decision at {@code index}: accepted when {@code reason} is empty, rejected
   * for {@code reason} otherwise. Made by quality-evaluation's {@code SnapshotEvaluator}, which
   * replays the decisions through the escalation lifecycle.
   */
  public static DecisionResult of(int index, Optional<String> reason) {
    return ImmutableDecisionResult.of(index, reason);
  }
}
