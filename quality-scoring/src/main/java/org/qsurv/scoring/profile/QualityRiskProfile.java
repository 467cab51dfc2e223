package org.qsurv.scoring.profile;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.qsurv.model.Checks;
import org.qsurv.model.QsurvStyle;
import org.qsurv.model.framework.QualityDomain;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.scoring.risk.ScoredRisk;
import org.qsurv.scoring.triangulation.DomainConcern;
import org.qsurv.scoring.triangulation.TriangulationPolicy;
import org.qsurv.scoring.trigger.TriggerFiring;

/**
 * A provider's quality risk profile as of a date (003 §5.2.3 a and Appendix 1, the Quality Risk
 * Profile): the triangulated concern in each quality domain, the risks held
 * against it, the triggers that fired and the recommended level. It is a pure function of the
 * evidence up to its date, so re-running it at earlier dates shows concern rising or falling
 * ({@link #trendSince}).
 *
 * <pre>{@code
 * QualityRiskProfile now = scoring.assess(rh5, Level.ROUTINE).profile();
 * QualityRiskProfile then = scoringThreeMonthsAgo.assess(rh5, Level.ROUTINE).profile();
 * now.trendSince(then, policy.triangulation());   // {SAFE=RISING, EFFECTIVE=STEADY, ...}
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@QsurvStyle
public abstract class QualityRiskProfile {
  /** The provider profiled: its ODS code or CQC location id. */
  public abstract OrganisationCode provider();

  /** The date the profile is made as of: it uses only the evidence up to this date. */
  public abstract LocalDate asOf();

  /** The concern in each of the six quality domains, in {@link org.qsurv.model.framework.QualityDomain} order. */
  public abstract ImmutableList<DomainConcern> concerns();

  /** The provider's risks as of the date, in snapshot order. */
  public abstract ImmutableList<ScoredRisk> risks();

  /**
   * The triggers that fired as of the date (003 §5.2.1), in
   * {@link org.qsurv.scoring.trigger.TriggerCode} order.
   */
  public abstract ImmutableList<TriggerFiring> triggers();

  /**
   * The level of surveillance the evidence points to, whether it is urgent, and why. It advises;
   * people decide (003 Appendix 1: the quality review meeting decides).
   */
  public abstract Recommendation recommendation();

  /** The concern in {@code domain}. */
  public DomainConcern concern(QualityDomain domain) {
    return concerns().get(domain.ordinal());
  }

  /** The highest risk score, if the provider has risks. */
  public Optional<Integer> highestRiskScore() {
    return risks().stream().map(ScoredRisk::score).max(Integer::compare);
  }

  /**
   * How concern in each domain has moved since {@code earlier}: RISING or FALLING when the score
   * changed by more than the policy's tolerance, else STEADY.
   *
   * @throws IllegalArgumentException if {@code earlier} is about another provider or is later
   */
  public ImmutableMap<QualityDomain, ConcernTrend> trendSince(QualityRiskProfile earlier,
      TriangulationPolicy policy) {
    Checks.check(earlier.provider().equals(provider()), () -> "cannot compare the profile of "
        + provider() + " with one of " + earlier.provider());
    Checks.check(!earlier.asOf().isAfter(asOf()), () -> "the earlier profile (" + earlier.asOf()
        + ") must not be after this one (" + asOf() + ")");
    ImmutableMap.Builder<QualityDomain, ConcernTrend> trend = ImmutableMap.builder();
    for (QualityDomain d : QualityDomain.values()) {
      double change = concern(d).score() - earlier.concern(d).score();
      trend.put(d, change > policy.trendTolerance() ? ConcernTrend.RISING
          : change < -policy.trendTolerance() ? ConcernTrend.FALLING : ConcernTrend.STEADY);
    }
    return trend.build();
  }

  /**
   * A builder for a profile: {@code provider}, {@code asOf}, {@code recommendation} and a concern
   * for each quality domain are required; risks and triggers may be empty.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link QualityRiskProfile}: every setter returns this builder, and
   * {@code build()} returns the checked value.
   *
   * @since 1.0.0
   */
  public static final class Builder extends ImmutableQualityRiskProfile.Builder {}

  /**
   * Rejects a profile that does not have exactly one concern per quality domain, in
   * {@link org.qsurv.model.framework.QualityDomain} order, with an {@link IllegalArgumentException}
   * that names the count or the domain out of place.
   */
  @Value.Check
  protected void check() {
    Checks.check(concerns().size() == QualityDomain.values().length,
        () -> "a profile needs the concern in each of the " + QualityDomain.values().length
            + " domains but had " + concerns().size());
    for (int i = 0; i < concerns().size(); i++) {
      QualityDomain found = concerns().get(i).domain();
      int at = i;
      Checks.check(found.ordinal() == at,
          () -> "profile concerns must be in domain order, but found " + found + " at " + at);
    }
  }
}
