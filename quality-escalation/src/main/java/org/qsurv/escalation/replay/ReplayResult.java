package org.qsurv.escalation.replay;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.qsurv.escalation.event.CaseEvent;
import org.qsurv.escalation.surveillancecase.SurveillanceCase;
import org.qsurv.model.QsurvStyle;
import org.qsurv.model.surveillance.Level;

/**
 * A provider's escalation state after its snapshot decisions (SNAPSHOT.md assessment: {@code level},
 * {@code pendingReview}, {@code levelSince}, {@code sustainedAssuranceUntil}, {@code decisions}),
 * with the case and the events the accepted decisions recorded.
 *
 * @since 0.1.0
 */
@Value.Immutable
@QsurvStyle
public abstract class ReplayResult {
  /** The case after every accepted decision. */
  public abstract SurveillanceCase finalCase();

  /** One outcome per decision, in order. */
  public abstract ImmutableList<DecisionOutcome> decisions();

  /** The events of the accepted decisions, oldest first. */
  public abstract ImmutableList<CaseEvent> events();

  /** The level after the accepted decisions. */
  public Level level() {
    return finalCase().level();
  }

  /** Whether enhanced awaits its quality review meeting. */
  public boolean pendingReview() {
    return finalCase().pendingReview();
  }

  /** The date of the decision that set the level; empty for a provider never moved from routine. */
  public Optional<LocalDate> levelSince() {
    return finalCase().levelSince();
  }

  /**
   * The first day a step down is allowed while assurance stands; empty when no sustained-assurance
   * period is running (no assurance at the current level, or cleared by a risk summit). It may be
   * on or before the snapshot's {@code asOf}: the period has then passed.
   */
  public Optional<LocalDate> sustainedAssuranceUntil() {
    return finalCase().sustainedAssuranceUntil();
  }
}
