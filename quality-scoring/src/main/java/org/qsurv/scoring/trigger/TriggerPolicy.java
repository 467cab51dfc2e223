package org.qsurv.scoring.trigger;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import org.immutables.value.Value;
import org.qsurv.model.Checks;
import org.qsurv.model.QsurvStyle;
import org.qsurv.model.indicator.IndicatorId;

/**
 * The local choices in the trigger rules (docs/frameworks.md, "Local choices"): what counts as
 * "multiple", "higher than usual" or "growing", the look-back windows, and which indicators measure
 * mortality, complaints, safeguarding referrals and serious incidents. The sources name the
 * triggers but not their thresholds; every default here is a local choice, documented on its
 * method.
 *
 * <pre>{@code
 * TriggerPolicy ours = TriggerPolicy.builder()
 *     .from(TriggerPolicy.nhsDefaults())
 *     .putIndicators(TriggerCode.HIGH_MORTALITY, ImmutableList.of(IndicatorId.of("shmi")))
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@QsurvStyle
@JsonSerialize(as = ImmutableTriggerPolicy.class)
@JsonDeserialize(as = ImmutableTriggerPolicy.class)
public abstract class TriggerPolicy {
  /** RISKS_15_PLUS: the score from which a risk is significant; default 15 (004 §4.4). */
  @Value.Default
  public int significantRiskScore() {
    return 15;
  }

  /** HIGH_AND_INCREASING_RISKS: the score from which a rising risk counts; default 8 (HIGH). */
  @Value.Default
  public int increasingRiskScore() {
    return 8;
  }

  /** IMPROVEMENT_ACTIONS_OVERDUE: how many overdue actions fire it; default 1. */
  @Value.Default
  public int overdueActions() {
    return 1;
  }

  /** MULTIPLE_NEVER_EVENTS: how many never events are "multiple"; default 2. */
  @Value.Default
  public int multipleNeverEvents() {
    return 2;
  }

  /** MULTIPLE_NEVER_EVENTS: the window, in months; default 12. */
  @Value.Default
  public int neverEventMonths() {
    return 12;
  }

  /**
   * The window, in months, for triggers fired by a single event: sanction, statutory notice,
   * police, media, whistleblowing and professional bodies; default 12.
   */
  @Value.Default
  public int eventMonths() {
    return 12;
  }

  /** WHISTLEBLOWING: whether a report must be corroborated by another source in its domain. */
  @Value.Default
  public boolean whistleblowingNeedsCorroboration() {
    return false;
  }

  /** HIGHER_THAN_USUAL_*: the recent window, in months; default 3. */
  @Value.Default
  public int recentMonths() {
    return 3;
  }

  /** HIGHER_THAN_USUAL_*: the earlier months that show what is usual; default 12. */
  @Value.Default
  public int usualMonths() {
    return 12;
  }

  /** HIGHER_THAN_USUAL_*: the fewest recent items that can fire it; default 3. */
  @Value.Default
  public int higherThanUsualMinimum() {
    return 3;
  }

  /**
   * HIGHER_THAN_USUAL_*: how many times the usual rate the recent count must exceed; default 1.5.
   */
  @Value.Default
  public double higherThanUsualRatio() {
    return 1.5;
  }

  /** SYSTEMIC_COMPLAINTS: the fewest complaints (and PALS contacts) in the window; default 3. */
  @Value.Default
  public int systemicComplaints() {
    return 3;
  }

  /** SYSTEMIC_COMPLAINTS: the fewest quality domains they must span; default 2. */
  @Value.Default
  public int systemicComplaintDomains() {
    return 2;
  }

  /** SYSTEMIC_COMPLAINTS: the window, in months; default 6. */
  @Value.Default
  public int systemicComplaintMonths() {
    return 6;
  }

  /**
   * GROWING_MINOR_CONCERNS: the fewest soft-intelligence items in the recent window (which must
   * also be more than in the window before it, from at least two sources); default 4.
   */
  @Value.Default
  public int growingConcernsMinimum() {
    return 4;
  }

  /** PERSISTENT_INDICATOR_CONCERNS: how many indicators of concern fire it; default 2. */
  @Value.Default
  public int persistentIndicatorConcerns() {
    return 2;
  }

  /**
   * The indicators that measure what a trigger is about, by trigger: HIGH_MORTALITY fires on a
   * red or special-cause-concern reading of one of them, HIGHER_THAN_USUAL_* on special-cause
   * concern. The defaults name common indicator ids; an ICB maps its own (a map given in JSON
   * replaces the default map as a whole).
   */
  @Value.Default
  public ImmutableMap<TriggerCode, ImmutableList<IndicatorId>> indicators() {
    return ImmutableMap.of(
        TriggerCode.HIGH_MORTALITY, ids("shmi", "hsmr"),
        TriggerCode.HIGHER_THAN_USUAL_COMPLAINTS, ids("complaints"),
        TriggerCode.HIGHER_THAN_USUAL_SAFEGUARDING, ids("safeguarding-referrals"),
        TriggerCode.HIGHER_THAN_USUAL_SERIOUS_INCIDENTS, ids("serious-incidents"));
  }

  /** The indicators mapped to {@code code}. */
  public ImmutableList<IndicatorId> indicatorsFor(TriggerCode code) {
    return indicators().getOrDefault(code, ImmutableList.of());
  }

  /** The defaults above. */
  public static TriggerPolicy nhsDefaults() {
    return builder().build();
  }

  /** A builder for a policy: every attribute is optional and keeps its default when left unset. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link TriggerPolicy}: every setter returns this builder, and {@code build()}
   * returns the checked value.
   *
   * @since 1.0.0
   */
  public static final class Builder extends ImmutableTriggerPolicy.Builder {}

  private static ImmutableList<IndicatorId> ids(String... ids) {
    ImmutableList.Builder<IndicatorId> list = ImmutableList.builder();
    for (String id : ids) {
      list.add(IndicatorId.of(id));
    }
    return list.build();
  }

  /**
   * Rejects a risk score outside 1-25, a count outside 1-1000, a window outside its range in months
   * (1-60 for {@code recentMonths}, 1-120 for the others), a number of complaint domains outside
   * 1-6, and a {@code higherThanUsualRatio} that is not finite or is below 1, with an
   * {@link IllegalArgumentException} that names the field and the value.
   */
  @Value.Check
  protected void check() {
    Checks.inRange("triggers significantRiskScore", significantRiskScore(), 1, 25);
    Checks.inRange("triggers increasingRiskScore", increasingRiskScore(), 1, 25);
    Checks.inRange("triggers overdueActions", overdueActions(), 1, 1000);
    Checks.inRange("triggers multipleNeverEvents", multipleNeverEvents(), 1, 1000);
    Checks.inRange("triggers neverEventMonths", neverEventMonths(), 1, 120);
    Checks.inRange("triggers eventMonths", eventMonths(), 1, 120);
    Checks.inRange("triggers recentMonths", recentMonths(), 1, 60);
    Checks.inRange("triggers usualMonths", usualMonths(), 1, 120);
    Checks.inRange("triggers higherThanUsualMinimum", higherThanUsualMinimum(), 1, 1000);
    Checks.check(Double.isFinite(higherThanUsualRatio()) && higherThanUsualRatio() >= 1,
        () -> "triggers higherThanUsualRatio must be a finite number of at least 1 but was "
            + higherThanUsualRatio());
    Checks.inRange("triggers systemicComplaints", systemicComplaints(), 1, 1000);
    Checks.inRange("triggers systemicComplaintDomains", systemicComplaintDomains(), 1, 6);
    Checks.inRange("triggers systemicComplaintMonths", systemicComplaintMonths(), 1, 120);
    Checks.inRange("triggers growingConcernsMinimum", growingConcernsMinimum(), 1, 1000);
    Checks.inRange("triggers persistentIndicatorConcerns", persistentIndicatorConcerns(), 1,
        1000);
  }
}
