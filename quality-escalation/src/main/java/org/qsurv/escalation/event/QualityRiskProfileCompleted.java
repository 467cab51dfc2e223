package org.qsurv.escalation.event;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Optional;
import org.qsurv.model.Checks;

/**
 * The Quality Risk Profile asked for was completed and agreed (003 Appendix 1).
 *
 * @param summary what it showed, in brief
 * @since 0.1.0
 */
public record QualityRiskProfileCompleted(Optional<String> summary) implements CaseFact {
  /**
   * Rejects a missing or blank field, and the combinations the rule does not allow, with an
   * {@link IllegalArgumentException} that names the field.
   */
  public QualityRiskProfileCompleted {
    summary = summary == null ? Optional.empty() : summary; // absent from stored JSON
    summary.ifPresent(s -> Checks.notBlank("quality risk profile summary", s));
  }

  /** The profile completed, with its findings in brief where given. */
  public static QualityRiskProfileCompleted of(Optional<String> summary) {
    return new QualityRiskProfileCompleted(summary);
  }

  @JsonIgnore
  @Override
  public FactType type() {
    return FactType.QUALITY_RISK_PROFILE_COMPLETED;
  }
}
