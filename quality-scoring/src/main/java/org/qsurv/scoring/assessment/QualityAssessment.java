package org.qsurv.scoring.assessment;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.qsurv.model.QsurvStyle;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.surveillance.Level;
import org.qsurv.scoring.profile.QualityRiskProfile;
import org.qsurv.scoring.profile.Recommendation;
import org.qsurv.scoring.assurance.LevelOfAssurance;
import org.qsurv.scoring.risk.ScoredRisk;
import org.qsurv.scoring.trigger.TriggerFiring;

/**
 * The quality part of one provider's assessment as of a date (SNAPSHOT.md, the assessment's
 * provider entry without the escalation fields): its indicators, risks, triggers, recommendation
 * and findings, and the quality risk profile behind the recommendation. Produced by
 * {@link QualityScoring}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@QsurvStyle
public abstract class QualityAssessment {
  /** The provider assessed: its ODS code or CQC location id. */
  public abstract OrganisationCode provider();

  /** The date the assessment is made as of. */
  public abstract LocalDate asOf();

  /** The level the provider was at, as given (it drives the QUALITY_GATEWAY finding). */
  public abstract Level currentLevel();

  /**
   * The indicators the provider has returned a value for on or before the date, in snapshot
   * order.
   */
  public abstract ImmutableList<IndicatorAssessment> indicators();

  /** The provider's risks, in snapshot order. */
  public abstract ImmutableList<ScoredRisk> risks();

  /** The triggers that fired, in {@link org.qsurv.scoring.trigger.TriggerCode} order. */
  public abstract ImmutableList<TriggerFiring> triggers();

  /**
   * The level of surveillance the evidence points to, whether it is urgent, and why. It advises;
   * people decide (003 Appendix 1: the quality review meeting decides).
   */
  public abstract Recommendation recommendation();

  /**
   * The findings, by code (alphabetical: {@link FindingCode} order), then in snapshot order of
   * their subjects.
   */
  public abstract ImmutableList<Finding> findings();

  /** The quality risk profile: concern by domain, risks, triggers and the recommendation. */
  public abstract QualityRiskProfile profile();

  /**
   * How the commissioner knows about the provider's quality (001 §7.0-7.1): its level of
   * assurance, what that rests on, and what would move it. It sits beside the level of
   * surveillance; in the {@code cannock-chase-qs-2012} profile it is the main view.
   *
   * @since 1.0.0
   */
  public abstract LevelOfAssurance levelOfAssurance();
}
