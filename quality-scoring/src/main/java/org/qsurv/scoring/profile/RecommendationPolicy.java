package org.qsurv.scoring.profile;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableSet;
import org.immutables.value.Value;
import org.qsurv.model.Checks;
import org.qsurv.model.QsurvStyle;
import org.qsurv.scoring.trigger.TriggerCode;

/**
 * How the evidence becomes a recommended level (NQB 2022 levels, as 004 §4.4 applies them). The
 * sources give the shape: a
 * trigger is "in most cases ... a combination of these factors rather than any single one"
 * (003 §5.2.1), yet a single trigger such as a CQC inspection outcome or an incident may place a
 * provider in enhanced pending review (003 Appendix 1); intensive is the last resort (004 §4.4);
 * a risk summit or rapid response review may be called at any point when patient safety needs
 * urgent action (003 Appendix 2), and 001 §7.2 lists the situations that call for one. The
 * numbers are local choices with the defaults documented on each method.
 *
 * <pre>{@code
 * RecommendationPolicy cautious = RecommendationPolicy.builder().enhancedTriggers(1).build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@QsurvStyle
@JsonSerialize(as = ImmutableRecommendationPolicy.class)
@JsonDeserialize(as = ImmutableRecommendationPolicy.class)
public abstract class RecommendationPolicy {
  /** ENHANCED when at least this many different triggers fire; default 2 (a combination). */
  @Value.Default
  public int enhancedTriggers() {
    return 2;
  }

  /**
   * Triggers that may recommend ENHANCED, pending a quality review meeting, on their own when
   * their evidence includes hard evidence (003 Appendix 1: "or there has been a trigger i.e.
   * safeguarding concern, incident, CQC inspection outcome"). Default: multiple never events,
   * regulatory sanction, statutory notice and police involvement, the serious external events of
   * 003 §5.2.1. Whistleblowing is not among them: what one person says is soft until corroborated.
   */
  @Value.Default
  public ImmutableSet<TriggerCode> enhancedAlone() {
    return ImmutableSet.of(TriggerCode.MULTIPLE_NEVER_EVENTS, TriggerCode.REGULATORY_SANCTION,
        TriggerCode.STATUTORY_NOTICE, TriggerCode.POLICE_INVOLVEMENT);
  }

  /**
   * How many independent sources make evidence corroborated, which INTENSIVE and urgency need;
   * default 2 (002 footnote 14: a concern cross-checked across independent sources).
   *
   * @since 1.0.0
   */
  @Value.Default
  public int corroboratingSources() {
    return 2;
  }

  /**
   * Triggers whose evidence counts as corroborated although it comes from one source, when there
   * are at least two items: default multiple never events and a statutory notice, which 003 §5.2.1
   * and 001 §7.2 treat as serious in themselves.
   *
   * @since 1.0.0
   */
  @Value.Default
  public ImmutableSet<TriggerCode> corroboratedAlone() {
    return ImmutableSet.of(TriggerCode.MULTIPLE_NEVER_EVENTS, TriggerCode.STATUTORY_NOTICE);
  }

  /** ENHANCED when at least this many domains are of HIGH triangulated concern; default 1. */
  @Value.Default
  public int enhancedHighConcernDomains() {
    return 1;
  }

  /**
   * INTENSIVE, for a provider already in enhanced or intensive surveillance, when at least this
   * many different triggers fire or the recommendation is urgent; default 4. From routine the
   * recommendation is at most ENHANCED: intensive is the last resort (004 §4.4).
   */
  @Value.Default
  public int intensiveTriggers() {
    return 4;
  }

  /**
   * Urgent when at least this many different risk-summit triggers (001 §7.2) fire; default 2.
   */
  @Value.Default
  public int urgentSummitTriggers() {
    return 2;
  }

  /** Triggers that make the recommendation urgent on their own; default none. */
  public abstract ImmutableSet<TriggerCode> urgentAlone();

  /** The defaults above. */
  public static RecommendationPolicy nhsDefaults() {
    return builder().build();
  }

  /**
   * A builder for a policy: every attribute is optional; the numbers and {@code enhancedAlone} keep
   * their documented defaults when left unset, and {@code urgentAlone} is empty.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link RecommendationPolicy}: every setter returns this builder, and
   * {@code build()} returns the checked value.
   *
   * @since 1.0.0
   */
  public static final class Builder extends ImmutableRecommendationPolicy.Builder {}

  /**
   * Rejects a count of triggers or of corroborating sources below 1 or above 100, or a count of high-concern domains outside
   * 1-6, with an {@link IllegalArgumentException} that names the field and the value.
   */
  @Value.Check
  protected void check() {
    Checks.inRange("recommendation enhancedTriggers", enhancedTriggers(), 1, 100);
    Checks.inRange("recommendation enhancedHighConcernDomains", enhancedHighConcernDomains(), 1,
        6);
    Checks.inRange("recommendation intensiveTriggers", intensiveTriggers(), 1, 100);
    Checks.inRange("recommendation urgentSummitTriggers", urgentSummitTriggers(), 1, 100);
    Checks.inRange("recommendation corroboratingSources", corroboratingSources(), 1, 100);
  }
}
