package org.qsurv.scoring.policy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableSet;
import org.immutables.value.Value;
import org.qsurv.model.Checks;
import org.qsurv.model.QsurvStyle;
import org.qsurv.model.intelligence.IntelligenceSource;

/**
 * The local choices in the findings an assessment raises (SNAPSHOT.md {@code findings}): which
 * intelligence counts for the Quality Premium gateway (003 §4.2) and over what window, when an
 * indicator off its trajectory is a finding, and whether a recommendation above the current level
 * is one.
 *
 * <pre>{@code
 * FindingPolicy quieter = FindingPolicy.builder().offTrajectoryPeriods(3).build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@QsurvStyle
@JsonSerialize(as = ImmutableFindingPolicy.class)
@JsonDeserialize(as = ImmutableFindingPolicy.class)
public abstract class FindingPolicy {
  /**
   * QUALITY_GATEWAY: the intelligence that records CQC enforcement, a licence breach or quality
   * enforcement action (003 §4.2). Default: CQC enforcement; the model has no source for licence
   * breaches, which an ICB may record under another source and add here.
   */
  @Value.Default
  public ImmutableSet<IntelligenceSource> qualityGatewaySources() {
    return ImmutableSet.of(IntelligenceSource.CQC_ENFORCEMENT);
  }

  /** QUALITY_GATEWAY: how many months back such intelligence counts; default 12. */
  @Value.Default
  public int qualityGatewayMonths() {
    return 12;
  }

  /**
   * OFF_TRAJECTORY: an indicator off its planned trajectory for at least this many consecutive
   * periods is a finding (003 §5.2.2); default 1.
   */
  @Value.Default
  public int offTrajectoryPeriods() {
    return 1;
  }

  /**
   * INTELLIGENCE_NOT_TRIAGED: the days within which an item of concern is to be triaged; default 7,
   * as new intelligence is discussed weekly at the insights meeting (004 §4.3).
   *
   * @since 1.0.0
   */
  @Value.Default
  public int triageDays() {
    return 7;
  }

  /** ESCALATION_ADVISED: whether a recommendation above the current level is a finding. */
  @Value.Default
  public boolean escalationAdvised() {
    return true;
  }

  /** The defaults above. */
  public static FindingPolicy nhsDefaults() {
    return builder().build();
  }

  /**
   * A builder that starts from the national defaults: set only what the ICB chooses differently.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link FindingPolicy}: every setter returns this builder, and {@code build()}
   * returns the checked value.
   *
   * @since 1.0.0
   */
  public static final class Builder extends ImmutableFindingPolicy.Builder {}

  /**
   * Rejects a {@code qualityGatewayMonths} or {@code offTrajectoryPeriods} outside 1-120, or a
   * {@code triageDays} outside 1-365, with an
   * {@link IllegalArgumentException} that names the field and the value.
   */
  @Value.Check
  protected void check() {
    Checks.inRange("findings qualityGatewayMonths", qualityGatewayMonths(), 1, 120);
    Checks.inRange("findings offTrajectoryPeriods", offTrajectoryPeriods(), 1, 120);
    Checks.inRange("findings triageDays", triageDays(), 1, 365);
  }
}
