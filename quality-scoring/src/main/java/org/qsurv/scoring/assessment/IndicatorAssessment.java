package org.qsurv.scoring.assessment;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;
import org.qsurv.model.QsurvStyle;
import org.qsurv.model.framework.QualityDomain;
import org.qsurv.model.indicator.IndicatorAnnotation;
import org.qsurv.model.indicator.IndicatorId;
import org.qsurv.model.indicator.Period;
import org.qsurv.scoring.spc.AppliedRecalculation;
import org.qsurv.scoring.spc.Assurance;
import org.qsurv.scoring.spc.SpcSignal;
import org.qsurv.scoring.spc.SpcSummary;
import org.qsurv.scoring.spc.SuggestedRebase;
import org.qsurv.scoring.spc.Variation;
import org.qsurv.scoring.threshold.TargetJudgement;
import org.qsurv.scoring.threshold.ThresholdBand;
import org.qsurv.scoring.threshold.TrajectoryJudgement;

/**
 * One of a provider's indicators judged at its latest returned period (SNAPSHOT.md
 * {@code indicators}): threshold band, <em>Making Data Count</em> variation, signals and
 * assurance, with the full SPC summary (limits, rule set and options), the target and
 * trajectory judgements, the recalculations and annotations of the series, and any suggested
 * rebase.
 *
 * @since 0.1.0
 */
@Value.Immutable
@QsurvStyle
public abstract class IndicatorAssessment {
  /** The id of the indicator, e.g. {@code shmi}, as in its definition. */
  public abstract IndicatorId id();

  /** The indicator's quality domain, from its definition. */
  public abstract QualityDomain domain();

  /** The latest period with a returned value, on or before the evaluation date. */
  public abstract Period period();

  /** The value returned for {@link #period()}. */
  public abstract double value();

  /**
   * The red / amber / green band of {@link #value()}; {@code NONE} when the indicator has no
   * thresholds.
   */
  public abstract ThresholdBand threshold();

  /** The variation icon of the latest point. */
  @Value.Derived
  public Variation variation() {
    return spc().variation();
  }

  /** The special-cause rules the latest point is part of, in SNAPSHOT.md order. */
  @Value.Derived
  public ImmutableList<SpcSignal> signals() {
    return spc().signals();
  }

  /** The assurance icon. */
  @Value.Derived
  public Assurance assurance() {
    return spc().assurance();
  }

  /** The XmR judgement of the latest point with its limits and options. */
  public abstract SpcSummary spc();

  /** The latest value against the target, where there is one. */
  public abstract Optional<TargetJudgement> target();

  /** The returns against the planned trajectory, where there is one. */
  public abstract Optional<TrajectoryJudgement> trajectory();

  /**
   * The recalculations of limits the chart was drawn with, oldest first: those from periods on or
   * before {@link #period()}, from the snapshot's record for this series and from the policy (the
   * snapshot's when both name a period), each with its reason (MDC).
   *
   * @since 1.0.0
   */
  public abstract ImmutableList<AppliedRecalculation> recalculations();

  /**
   * The annotations of this provider's series of the indicator written on or before the
   * evaluation date, in the order of their dates (a period's first day).
   *
   * @since 1.0.0
   */
  public abstract ImmutableList<IndicatorAnnotation> annotations();

  /**
   * Advice that the series may justify a recalculation (a long shift at its latest points): never
   * applied, only shown; see {@link SuggestedRebase}.
   *
   * @since 1.0.0
   */
  public abstract Optional<SuggestedRebase> suggestedRebase();
}
