package org.qsurv.scoring.policy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import org.immutables.value.Value;
import org.qsurv.model.Checks;
import org.qsurv.model.QsurvStyle;
import org.qsurv.model.intelligence.IntelligenceSource;
import org.qsurv.model.organisation.ProviderKind;
import org.qsurv.model.surveillance.Level;

/**
 * The local choices in the findings an assessment raises (SNAPSHOT.md {@code findings}): which
 * intelligence counts for the Quality Premium gateway (003 §4.2) and over what window, when an
 * indicator off its trajectory is a finding, whether a recommendation above the current level
 * is one, and the intervals of the workflows: visits, learning-response reviews, action-plan
 * sign-off and contract meetings.
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

  /**
   * VISIT_OVERDUE: the months within which a provider in enhanced or intensive surveillance is to
   * have had a quality visit done; default 3, a local choice: 003 §5.2.3 c steps visits up "in
   * agreement with system partners and the provider" without naming a frequency.
   *
   * @since 1.0.0
   */
  @Value.Default
  public int enhancedVisitMonths() {
    return 3;
  }

  /**
   * VISIT_OVERDUE: the programme of routine visits, as the months between visits by provider kind;
   * a kind not listed has no routine programme. Default none: 003 §5.1.1 leaves the frequency to
   * agreement between commissioner and provider (the Cannock Chase profile visits GP practices
   * annually, 001 §6.2).
   *
   * @since 1.0.0
   */
  public abstract ImmutableMap<ProviderKind, Integer> visitProgrammeMonths();

  /**
   * LEARNING_RESPONSE_NOT_REVIEWED: the days after a learning response is received within which
   * the commissioner reviews it; default 28, a local choice (002 QAF ¶40 reviews every root cause
   * analysis without a deadline).
   *
   * @since 1.0.0
   */
  @Value.Default
  public int learningResponseReviewDays() {
    return 28;
  }

  /**
   * LEARNING_RESPONSE_NOT_RESUBMITTED: the days after a review sends a learning response back for
   * more information within which the revised response is to be received; default 28, a local
   * choice (002 QAF ¶40 reviews every root cause analysis until assured, without a deadline).
   *
   * @since 1.1.0
   */
  @Value.Default
  public int learningResponseResubmissionDays() {
    return 28;
  }

  /**
   * ACTION_PLAN_NOT_SIGNED_OFF: the days after a learning response is accepted within which its
   * action plan is signed off; default 90, a local choice (002 QAF ¶41: signed off at the SI review
   * panel).
   *
   * @since 1.0.0
   */
  @Value.Default
  public int actionPlanSignOffDays() {
    return 90;
  }

  /**
   * CONTRACT_MEETING_DUE: the months within which a contract quality meeting (CQRM or CQPG) of a
   * provider that holds a contract with one is held; default 3 (000 §8.7: "on a quarterly basis").
   *
   * @since 1.0.0
   */
  @Value.Default
  public int contractMeetingMonths() {
    return 3;
  }

  /**
   * The months between visits to a provider of {@code kind} now at {@code level}: the shorter of its
   * routine programme and, in enhanced or intensive surveillance, {@link #enhancedVisitMonths()};
   * empty when neither applies.
   *
   * @since 1.0.0
   */
  public java.util.OptionalInt visitMonths(ProviderKind kind, Level level) {
    Integer programme = visitProgrammeMonths().get(kind);
    if (level == Level.ROUTINE) {
      return programme == null ? java.util.OptionalInt.empty()
          : java.util.OptionalInt.of(programme);
    }
    return java.util.OptionalInt.of(programme == null ? enhancedVisitMonths()
        : Math.min(programme, enhancedVisitMonths()));
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
   * Rejects a {@code qualityGatewayMonths}, {@code offTrajectoryPeriods}, {@code
   * enhancedVisitMonths}, programme interval or {@code contractMeetingMonths} outside 1-120, a
   * {@code triageDays}, {@code learningResponseReviewDays} or {@code
   * learningResponseResubmissionDays} outside 1-365, or an {@code
   * actionPlanSignOffDays} outside 1-730, with an
   * {@link IllegalArgumentException} that names the field and the value.
   */
  @Value.Check
  protected void check() {
    Checks.inRange("findings qualityGatewayMonths", qualityGatewayMonths(), 1, 120);
    Checks.inRange("findings offTrajectoryPeriods", offTrajectoryPeriods(), 1, 120);
    Checks.inRange("findings triageDays", triageDays(), 1, 365);
    Checks.inRange("findings enhancedVisitMonths", enhancedVisitMonths(), 1, 120);
    visitProgrammeMonths().forEach((kind, months) ->
        Checks.inRange("findings visitProgrammeMonths." + kind, months, 1, 120));
    Checks.inRange("findings learningResponseReviewDays", learningResponseReviewDays(), 1, 365);
    Checks.inRange("findings learningResponseResubmissionDays",
        learningResponseResubmissionDays(), 1, 365);
    Checks.inRange("findings actionPlanSignOffDays", actionPlanSignOffDays(), 1, 730);
    Checks.inRange("findings contractMeetingMonths", contractMeetingMonths(), 1, 120);
  }
}
