package org.qsurv.scoring.assessment;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.qsurv.model.QsurvStyle;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.surveillance.Level;

/**
 * One provider's entry in an {@link Assessment}: where the accepted decisions leave it in the
 * escalation lifecycle (level, pending review, since when, sustained assurance), what each of its
 * decisions came to, and its {@link QualityAssessment} (indicators, risks, triggers,
 * recommendation, findings) scored at that level.
 *
 * @since 0.1.0
 */
@Value.Immutable
@QsurvStyle
public abstract class ProviderAssessment {
  /** A builder of a provider's entry. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link ProviderAssessment}: every setter returns this builder, and
   * {@code build()} returns the checked value.
   *
   * @since 1.0.0
   */
  public static final class Builder extends ImmutableProviderAssessment.Builder {}

  /** The provider's code as in the snapshot: its ODS code or CQC location id. */
  public abstract OrganisationCode code();

  /** The level after the accepted decisions. */
  public abstract Level level();

  /** Whether enhanced surveillance still awaits its quality review meeting (003 §5.2.1). */
  public abstract boolean pendingReview();

  /** The date of the decision that set the level; empty for a provider never moved from routine. */
  public abstract Optional<LocalDate> levelSince();

  /** The end of a running sustained-assurance period (003 Appendix 1); empty when none runs. */
  public abstract Optional<LocalDate> sustainedAssuranceUntil();

  /** Each of the provider's decisions dated on or before the evaluation date, in order. */
  public abstract ImmutableList<DecisionResult> decisions();

  /** Indicators, risks, triggers, the recommendation and the findings. */
  public abstract QualityAssessment quality();
}
