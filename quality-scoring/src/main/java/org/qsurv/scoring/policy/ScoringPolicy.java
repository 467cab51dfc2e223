package org.qsurv.scoring.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.qsurv.model.QsurvStyle;
import org.qsurv.model.json.QsurvJson;
import org.qsurv.scoring.profile.RecommendationPolicy;
import org.qsurv.scoring.risk.RiskReviewPolicy;
import org.qsurv.scoring.spc.SpcPolicy;
import org.qsurv.scoring.threshold.ReturnsPolicy;
import org.qsurv.scoring.triangulation.TriangulationPolicy;
import org.qsurv.scoring.trigger.TriggerPolicy;

/**
 * Every local choice in quality scoring, in one validated value with documented national defaults
 * (docs/frameworks.md, "Local choices"): SPC options and recalculations, when returns are due, risk
 * review intervals, trigger thresholds and windows, triangulation weights, the recommendation rules
 * and the findings. An ICB sets its own in JSON, without code; any part left out keeps its default.
 *
 * <pre>{@code
 * ScoringPolicy ours = ScoringPolicy.fromJson(
 *     "{\"spc\": {\"options\": {\"ruleSet\": {\"name\": \"nhsrplotthedots\", \"version\": \"1\","
 *   + " \"source\": \"NHSRplotthedots\", \"shiftPoints\": 7, \"trendPoints\": 7,"
 *   + " \"screenMovingRanges\": true}}},"
 *   + " \"riskReview\": {\"highMonths\": 2}}");
 * String saved = QsurvJson.mapper().writeValueAsString(ours);
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@QsurvStyle
@JsonSerialize(as = ImmutableScoringPolicy.class)
@JsonDeserialize(as = ImmutableScoringPolicy.class)
public abstract class ScoringPolicy {
  private static final ScoringPolicy DEFAULTS = builder().build();

  /**
   * How indicator series are charted (MDC; PTD): the rule set, minimum points, fixed baseline
   * and recalculations; default {@link SpcPolicy#nhsDefaults()}.
   */
  @Value.Default
  public SpcPolicy spc() {
    return SpcPolicy.nhsDefaults();
  }

  /**
   * When an indicator return is due, so that a missing one is a finding (003 §5.1.2); default
   * {@link ReturnsPolicy#nhsDefaults()}.
   */
  @Value.Default
  public ReturnsPolicy returns() {
    return ReturnsPolicy.nhsDefaults();
  }

  /**
   * How often risks are reviewed, by rating: monthly for 15 and above (004 §4.4), the rest local;
   * default {@link RiskReviewPolicy#nhsDefaults()}.
   */
  @Value.Default
  public RiskReviewPolicy riskReview() {
    return RiskReviewPolicy.nhsDefaults();
  }

  /**
   * The thresholds, windows and indicator mappings of the trigger rules (003 §5.2.1; 001 §7.2);
   * default {@link TriggerPolicy#nhsDefaults()}.
   */
  @Value.Default
  public TriggerPolicy triggers() {
    return TriggerPolicy.nhsDefaults();
  }

  /**
   * How intelligence is weighed when it is triangulated (002 footnote 14); default
   * {@link TriangulationPolicy#nhsDefaults()}.
   */
  @Value.Default
  public TriangulationPolicy triangulation() {
    return TriangulationPolicy.nhsDefaults();
  }

  /**
   * The rules that turn triggers and concerns into a recommended level; default
   * {@link RecommendationPolicy#nhsDefaults()}.
   */
  @Value.Default
  public RecommendationPolicy recommendation() {
    return RecommendationPolicy.nhsDefaults();
  }

  /**
   * The local choices in the findings an assessment raises; default
   * {@link FindingPolicy#nhsDefaults()}.
   */
  @Value.Default
  public FindingPolicy findings() {
    return FindingPolicy.nhsDefaults();
  }

  /** The national defaults, each documented on its part. */
  public static ScoringPolicy nhsDefaults() {
    return DEFAULTS;
  }

  /**
   * Reads a policy from JSON ({@link QsurvJson#mapper()}); parts and fields left out keep their
   * defaults, and unknown fields are errors.
   *
   * @throws IllegalArgumentException naming the problem if the JSON is malformed, has an unknown
   *     field or breaks a rule of the policy
   */
  public static ScoringPolicy fromJson(String json) {
    try {
      return QsurvJson.mapper().readValue(json, ScoringPolicy.class);
    } catch (JsonProcessingException e) {
      Throwable cause = e;
      while (cause.getCause() != null && cause.getCause() != cause) {
        cause = cause.getCause();
      }
      String message = cause instanceof IllegalArgumentException
          ? cause.getMessage() : e.getOriginalMessage();
      throw new IllegalArgumentException("scoring policy: " + message, e);
    }
  }

  /** This policy as JSON, which {@link #fromJson} reads back. */
  public String toJson() {
    try {
      return QsurvJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a scoring policy could not be written as JSON", e);
    }
  }

  /**
   * A builder for a policy: every part is optional and keeps its national default when left unset.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link ScoringPolicy}: every setter returns this builder, and {@code build()}
   * returns the checked value.
   *
   * @since 1.0.0
   */
  public static final class Builder extends ImmutableScoringPolicy.Builder {}
}
