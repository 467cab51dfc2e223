package org.qsurv.scoring.assessment;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.qsurv.model.QsurvStyle;

/**
 * The assessment of a surveillance snapshot (SNAPSHOT.md, format {@value #FORMAT}): every provider
 * in snapshot order, and every finding, by provider then code. Made by quality-evaluation's
 * {@code SnapshotEvaluator}; written as JSON by {@link AssessmentWriter}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@QsurvStyle
public abstract class Assessment {
  /** The format tag of version 1 of the assessment. */
  public static final String FORMAT = "qsurv-assessment/1";

  /** A builder of an assessment. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link Assessment}: every setter returns this builder, and {@code build()}
   * returns the checked value.
   *
   * @since 1.0.0
   */
  public static final class Builder extends ImmutableAssessment.Builder {}

  /** The date the snapshot was evaluated as of. */
  public abstract LocalDate asOf();

  /** One entry per provider, in the snapshot's order. */
  public abstract ImmutableList<ProviderAssessment> providers();

  /** Every finding, by provider (snapshot order) then code. */
  @Value.Derived
  public ImmutableList<Finding> findings() {
    ImmutableList.Builder<Finding> all = ImmutableList.builder();
    providers().forEach(p -> all.addAll(p.quality().findings()));
    return all.build();
  }
}
