package org.qsurv.escalation.event;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * NHS England asked for a Quality Risk Profile (003 §5.2.3 a).
 * @since 0.1.0
 */
public record QualityRiskProfileRequested() implements CaseFact {
  /** The request: it has no details of its own. */
  public static QualityRiskProfileRequested of() {
    return new QualityRiskProfileRequested();
  }

  @JsonIgnore
  @Override
  public FactType type() {
    return FactType.QUALITY_RISK_PROFILE_REQUESTED;
  }
}
