package org.qsurv.escalation.levers;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.qsurv.model.QsurvStyle;

/**
 * What NHS England has done on a case (003 §5.2.3 a, Appendix 1 and 2): risk summits and rapid
 * response reviews called, meetings held, and the Quality Risk Profile.
 *
 * @since 0.1.0
 */
@Value.Immutable
@QsurvStyle
@JsonSerialize(as = ImmutableNhsEnglandSteps.class)
@JsonDeserialize(as = ImmutableNhsEnglandSteps.class)
public abstract class NhsEnglandSteps {
  private static final NhsEnglandSteps NONE = NhsEnglandSteps.builder().build();

  /** The dates risk summits were called (CALL_RISK_SUMMIT), oldest first. */
  public abstract ImmutableList<LocalDate> riskSummitsCalled();

  /** The dates rapid response reviews were called, oldest first. */
  public abstract ImmutableList<LocalDate> rapidResponseReviews();

  /** The meetings held, oldest first. */
  public abstract ImmutableList<MeetingRecord> meetings();

  /**
   * Where the Quality Risk Profile stands: {@link QualityRiskProfileStatus#NOT_REQUESTED} until NHS
   * England first asks for one.
   */
  @Value.Default
  public QualityRiskProfileStatus qualityRiskProfile() {
    return QualityRiskProfileStatus.NOT_REQUESTED;
  }

  /** When the Quality Risk Profile was last requested or completed. */
  public abstract Optional<LocalDate> qualityRiskProfileSince();

  /** How many risk summits were called and have no record of being held yet. */
  @JsonIgnore
  public int riskSummitsAwaitingRecord() {
    int held = 0;
    for (MeetingRecord m : meetings()) {
      if (m.meeting() == NhsEnglandMeeting.RISK_SUMMIT) {
        held++;
      }
    }
    return riskSummitsCalled().size() - held;
  }

  /** Nothing done yet. */
  public static NhsEnglandSteps none() {
    return NONE;
  }

  /**
   * A builder for the steps: every attribute is optional, and a builder with nothing set builds a
   * value equal to {@link #none()}.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link NhsEnglandSteps}: every setter returns this builder, and {@code build()}
   * returns the checked value.
   *
   * @since 1.0.0
   */
  public static final class Builder extends ImmutableNhsEnglandSteps.Builder {}
}
