package org.qsurv.escalation.event;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * NHS England asked for a Quality Risk Profile (003 §5.2.3 a).
 */
@Value.Immutable
@PublicImplementationStyle
@JsonSerialize(as = ImmutableQualityRiskProfileRequested.class)
@JsonDeserialize(as = ImmutableQualityRiskProfileRequested.class)
public abstract class QualityRiskProfileRequested implements CaseFact {
  @JsonIgnore
  @Override
  public final FactType type() {
    return FactType.QUALITY_RISK_PROFILE_REQUESTED;
  }

  private static final QualityRiskProfileRequested INSTANCE = ImmutableQualityRiskProfileRequested.builder().build();

  /** The fact that a Quality Risk Profile was requested; it carries nothing else. */
  public static QualityRiskProfileRequested of() {
    return INSTANCE;
  }
}
