package org.qsurv.scoring.triangulation;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;
import org.qsurv.model.QsurvStyle;
import org.qsurv.model.framework.QualityDomain;

/**
 * The triangulated concern about one provider in one quality domain: a score that grows with
 * corroboration across independent sources more than with volume from one, and with recent more
 * than old intelligence; its level; the independent sources behind it; and the evidence ids.
 *
 * @since 0.1.0
 */
@Value.Immutable
@QsurvStyle
public abstract class DomainConcern {
  /** The quality domain the concern is in. */
  public abstract QualityDomain domain();

  /**
   * The concern score: over independent source groups, the sum of {@code w / (1 + w)} where
   * {@code w} is the group's recency-weighted volume. Each group adds less than 1, so
   * corroboration counts for more than volume.
   */
  public abstract double score();

  /**
   * The {@link #score()} banded by the triangulation policy: NONE at 0, HIGH from its
   * {@code highFrom}, MEDIUM from its {@code mediumFrom}, else LOW.
   */
  public abstract ConcernLevel level();

  /** The independent source groups that contribute, in order of weight, heaviest first. */
  public abstract ImmutableList<String> sources();

  /** The ids of the intelligence and indicators behind the concern. */
  public abstract ImmutableList<String> evidence();

  /** The number of independent source groups that contribute. */
  public int corroboration() {
    return sources().size();
  }

  /** A builder of {@link DomainConcern}. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link DomainConcern}: every setter returns this builder, and {@code build()}
   * returns the checked value.
   *
   * @since 1.0.0
   */
  public static final class Builder extends ImmutableDomainConcern.Builder {}
}
