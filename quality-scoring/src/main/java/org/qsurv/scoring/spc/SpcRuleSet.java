package org.qsurv.scoring.spc;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;
import org.qsurv.model.Checks;
import org.qsurv.model.QsurvStyle;

/**
 * A named, versioned set of <em>Making Data Count</em> special-cause rules, so that an ICB can
 * reproduce a past board chart exactly (MDC; PTD). The published
 * tools differ in their run lengths and in screening moving ranges; both are provided:
 *
 * <ul>
 *   <li>{@link #nhsEnglandMakingDataCount()} (the default): NHS England's <em>Making Data Count</em>
 *       Excel tool: a shift is 7 points on one side of the mean, a trend 6 points all increasing or
 *       all decreasing (as PTD documents for NHS England's tool), and no moving-range screening.
 *   <li>{@link #nhsrPlotTheDots()}: the NHS-R Community package NHSRplotthedots
 *       ({@code R/ptd_spc_standard.R}, {@code R/ptd_calculate_point_type.R}): shift 7, trend 7,
 *       and moving ranges of 3.267 x the mean moving range or more screened out before the mean
 *       moving range is recomputed.
 * </ul>
 *
 * <p>The arithmetic is common to both (MDC; PTD): process limits at mean +/- 2.66 x mean
 * moving range, two-sigma lines at two thirds of that distance; a point exactly on a limit is
 * inside it; a point exactly on the mean breaks a shift; two equal consecutive points break a
 * trend; a run counts its points, so a trend of 7 has 6 rises (or falls); every point of a
 * qualifying run is flagged; a label's precedence is outside limits, trend, two of three, shift,
 * and a trend's direction is its own, not its side of the mean. NHSRplotthedots publishes these
 * tie rules; NHS England's Excel tool does not document them, so its rule set follows the same
 * ones (a documented assumption).
 *
 * <p>In a JSON policy a rule set is written out in full (as {@code ScoringPolicy.toJson()}
 * writes it), so that the file itself records the rules a chart was drawn with.
 *
 * <pre>{@code
 * SpcRuleSet boardChart2023 = SpcRuleSet.named("nhsrplotthedots").orElseThrow();
 * SpcOptions options = SpcOptions.builder().ruleSet(boardChart2023).build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@QsurvStyle
@JsonSerialize(as = ImmutableSpcRuleSet.class)
@JsonDeserialize(as = ImmutableSpcRuleSet.class)
public abstract class SpcRuleSet {
  /** The name of the NHS England <em>Making Data Count</em> Excel tool rule set. */
  public static final String MAKING_DATA_COUNT = "nhse-making-data-count";
  /** The name of the NHSRplotthedots rule set. */
  public static final String PLOT_THE_DOTS = "nhsrplotthedots";

  private static final SpcRuleSet NHSE = builder()
      .name(MAKING_DATA_COUNT).version("1")
      .source("NHS England, Making Data Count (Excel SPC tool): shift 7, trend 6 "
          + "no moving-range screening (MDC)")
      .shiftPoints(7).trendPoints(6).screenMovingRanges(false)
      .build();

  private static final SpcRuleSet PTD = builder()
      .name(PLOT_THE_DOTS).version("1")
      .source("NHS-R Community NHSRplotthedots (R/ptd_spc_standard.R, "
          + "R/ptd_calculate_point_type.R): shift 7, trend 7, moving ranges of 3.267 x MR or more "
          + "screened out (PTD)")
      .shiftPoints(7).trendPoints(7).screenMovingRanges(true)
      .build();

  /** The rule set's name, e.g. {@value #MAKING_DATA_COUNT}. */
  public abstract String name();

  /** The version of this encoding of the rules; a changed rule gets a new version. */
  public abstract String version();

  /** Where the rules come from, in words. */
  public abstract String source();

  /** The number of consecutive points on one side of the mean that make a shift. */
  public abstract int shiftPoints();

  /** The number of consecutive points all increasing (or all decreasing) that make a trend. */
  public abstract int trendPoints();

  /**
   * Whether moving ranges of 3.267 x the mean moving range or more are left out before the mean
   * moving range is recomputed (NHSRplotthedots does; NHS England's Excel tool does not).
   */
  public abstract boolean screenMovingRanges();

  /** NHS England's <em>Making Data Count</em> Excel tool rules: the default. */
  public static SpcRuleSet nhsEnglandMakingDataCount() {
    return NHSE;
  }

  /** The NHSRplotthedots rules. */
  public static SpcRuleSet nhsrPlotTheDots() {
    return PTD;
  }

  /** Every named rule set qsurv ships, the default first. */
  public static ImmutableList<SpcRuleSet> known() {
    return ImmutableList.of(NHSE, PTD);
  }

  /** The shipped rule set called {@code name}, if there is one. */
  public static Optional<SpcRuleSet> named(String name) {
    return known().stream().filter(r -> r.name().equals(name)).findFirst();
  }

  /**
   * A builder for a rule set of one's own: every attribute is required. A name of a shipped rule
   * set does not give its rules; set them all.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link SpcRuleSet}: every setter returns this builder, and {@code build()}
   * returns the checked value.
   *
   * @since 1.0.0
   */
  public static final class Builder extends ImmutableSpcRuleSet.Builder {}

  /**
   * Rejects a blank name, version or source, a shift of fewer than 2 or a trend of fewer than 3
   * points, and runs of more than 100, with an {@link IllegalArgumentException} that names the
   * field and the value.
   */
  @Value.Check
  protected void check() {
    Checks.notBlank("SPC rule set name", name());
    Checks.notBlank("SPC rule set version", version());
    Checks.notBlank("SPC rule set source", source());
    Checks.inRange("SPC rule set shiftPoints", shiftPoints(), 2, 100);
    Checks.inRange("SPC rule set trendPoints", trendPoints(), 3, 100);
  }
}
