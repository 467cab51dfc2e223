package org.qsurv.scoring.trigger;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.qsurv.model.Checks;
import org.qsurv.model.QsurvStyle;
import org.qsurv.model.intelligence.IntelligenceItem;
import org.qsurv.model.regulation.RegulatorRating;
import org.qsurv.scoring.risk.ScoredRisk;

/**
 * Everything the triggers read about one provider as of a date: its intelligence, its scored
 * risks, what its indicators say, the ids of its overdue improvement-plan actions (which the
 * escalation library holds; pass them in) and its regulator ratings.
 *
 * @since 0.1.0
 */
@Value.Immutable
@QsurvStyle
public abstract class TriggerEvidence {
  /** The date the triggers are evaluated as of. */
  public abstract LocalDate asOf();

  /** The provider's intelligence received on or before {@link #asOf()}, in snapshot order. */
  public abstract ImmutableList<IntelligenceItem> intelligence();

  /** The provider's risks, scored as of {@link #asOf()}. */
  public abstract ImmutableList<ScoredRisk> risks();

  /** The latest reading of each of the provider's indicators. */
  public abstract ImmutableList<IndicatorSignal> indicators();

  /** The ids of the provider's improvement-plan actions that are overdue as of the date. */
  public abstract ImmutableList<String> overdueImprovementActions();

  /**
   * The regulator's ratings of the provider published on or before {@link #asOf()}, in any order:
   * the latest by publication date is the one that counts.
   *
   * @since 1.0.0
   */
  public abstract ImmutableList<RegulatorRating> ratings();

  /** A builder for the evidence: {@code asOf} is required; the lists may be empty. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link TriggerEvidence}: every setter returns this builder, and {@code build()}
   * returns the checked value.
   *
   * @since 1.0.0
   */
  public static final class Builder extends ImmutableTriggerEvidence.Builder {}

  /**
   * Rejects intelligence received after {@link #asOf()} and a blank overdue action id, with an
   * {@link IllegalArgumentException} that names the item and the dates.
   */
  @Value.Check
  protected void check() {
    for (IntelligenceItem item : intelligence()) {
      Checks.check(!item.received().isAfter(asOf()), () -> "intelligence " + item.id()
          + " was received on " + item.received() + ", after the evaluation date " + asOf());
    }
    for (RegulatorRating rating : ratings()) {
      Checks.check(!rating.published().isAfter(asOf()), () -> "rating " + rating.id()
          + " was published on " + rating.published() + ", after the evaluation date " + asOf());
    }
    for (String action : overdueImprovementActions()) {
      Checks.notBlank("overdue improvement action id", action);
    }
  }
}
