package org.qsurv.scoring.risk;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.qsurv.model.Checks;
import org.qsurv.model.QsurvStyle;

/**
 * How often risks on the register are reviewed, by rating (NPSA 2008 ratings). A score of 15 or
 * above (EXTREME) is reviewed at least monthly by its owner (004 §4.4), and is not configurable.
 * The other intervals come from none of the five frameworks: the defaults (HIGH quarterly,
 * MODERATE six-monthly, LOW annually) are those of a common NHS trust risk management policy, a
 * local choice. 000 §6.5 asks more: every risk has its mitigations "detailed and updated at least
 * monthly", which is {@link #monthly()}. A lower rating may not be reviewed more often than a
 * higher one.
 *
 * <pre>{@code
 * RiskReviewPolicy strict = RiskReviewPolicy.builder().highMonths(1).moderateMonths(3).build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@QsurvStyle
@JsonSerialize(as = ImmutableRiskReviewPolicy.class)
@JsonDeserialize(as = ImmutableRiskReviewPolicy.class)
public abstract class RiskReviewPolicy {
  /** Months between reviews of an EXTREME risk (15-25): one, by 004 §4.4. */
  public static final int EXTREME_MONTHS = 1;

  /** Months between reviews of a HIGH risk (8-12); default 3, a local choice. */
  @Value.Default
  public int highMonths() {
    return 3;
  }

  /** Months between reviews of a MODERATE risk (4-6); default 6, a local choice. */
  @Value.Default
  public int moderateMonths() {
    return 6;
  }

  /** Months between reviews of a LOW risk (1-3); default 12, a local choice. */
  @Value.Default
  public int lowMonths() {
    return 12;
  }

  /** What the next review counts from; default {@link ReviewBasis#LAST_REVIEWED}. */
  @Value.Default
  public ReviewBasis countFrom() {
    return ReviewBasis.LAST_REVIEWED;
  }

  /** The review interval, in calendar months, for a risk of {@code rating}. */
  public int intervalMonths(RiskRating rating) {
    switch (rating) {
      case EXTREME:
        return EXTREME_MONTHS;
      case HIGH:
        return highMonths();
      case MODERATE:
        return moderateMonths();
      default:
        return lowMonths();
    }
  }

  /** The defaults above. */
  public static RiskReviewPolicy nhsDefaults() {
    return builder().build();
  }

  /**
   * Every risk reviewed at least monthly, whatever its rating (000 §6.5: mitigations "detailed and
   * updated at least monthly").
   *
   * @since 1.0.0
   */
  public static RiskReviewPolicy monthly() {
    return builder().highMonths(1).moderateMonths(1).lowMonths(1).build();
  }

  /** A builder for a policy: every attribute is optional and keeps its default when left unset. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link RiskReviewPolicy}: every setter returns this builder, and {@code build()}
   * returns the checked value.
   *
   * @since 1.0.0
   */
  public static final class Builder extends ImmutableRiskReviewPolicy.Builder {}

  /**
   * Rejects intervals outside 1-24 months and a lower rating reviewed more often than a higher one
   * (LOW at least MODERATE, MODERATE at least HIGH), with an {@link IllegalArgumentException} that
   * names the field and the value.
   */
  @Value.Check
  protected void check() {
    Checks.inRange("risk review highMonths", highMonths(), EXTREME_MONTHS, 24);
    Checks.inRange("risk review moderateMonths", moderateMonths(), highMonths(), 24);
    Checks.inRange("risk review lowMonths", lowMonths(), moderateMonths(), 24);
  }
}
