package org.qsurv.escalation.event;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.qsurv.model.Checks;

/**
 * The Quality Risk Profile asked for was completed and agreed (003 Appendix 1).
 */
@Value.Immutable
@PublicImplementationStyle
@JsonSerialize(as = ImmutableQualityRiskProfileCompleted.class)
@JsonDeserialize(as = ImmutableQualityRiskProfileCompleted.class)
public abstract class QualityRiskProfileCompleted implements CaseFact {
  /** What it showed, in brief. */
  public abstract Optional<String> summary();

  @JsonIgnore
  @Override
  public final FactType type() {
    return FactType.QUALITY_RISK_PROFILE_COMPLETED;
  }

  /** The fact that the profile was completed, with its summary where recorded. */
  public static QualityRiskProfileCompleted of(Optional<String> summary) {
    return ImmutableQualityRiskProfileCompleted.builder().summary(summary).build();
  }

  /**
   * Rejects a blank summary, where given, with an {@link IllegalArgumentException} that names the
   * field.
   */
  @Value.Check
  protected void check() {
    summary().ifPresent(s -> Checks.notBlank("quality risk profile summary", s));
  }
}
