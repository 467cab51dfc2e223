package org.qsurv.escalation.replay;

import java.util.Optional;
import org.immutables.value.Value;
import org.qsurv.escalation.surveillancecase.Rejected;
import org.qsurv.model.QsurvStyle;
import org.qsurv.model.surveillance.Decision;

/**
 * What became of one decision of a snapshot (SNAPSHOT.md assessment {@code decisions}): its index
 * among the provider's decisions, and whether it was accepted or rejected with the reason.
 *
 * @since 0.1.0
 */
@Value.Immutable
@QsurvStyle
public abstract class DecisionOutcome {
  /** The decision's position among the provider's decisions, from 0. */
  public abstract int index();

  /** The decision, as recorded in the snapshot. */
  public abstract Decision decision();

  /** Why it was rejected; empty when accepted. */
  public abstract Optional<Rejected> rejection();

  /** Whether it was accepted. */
  public boolean accepted() {
    return rejection().isEmpty();
  }

  /** The reason it was rejected, in words; empty when accepted. */
  public Optional<String> reason() {
    return rejection().map(Rejected::reason);
  }

  static DecisionOutcome of(int index, Decision decision, Optional<Rejected> rejection) {
    return ImmutableDecisionOutcome.builder().index(index).decision(decision).rejection(rejection).build();
  }
}
