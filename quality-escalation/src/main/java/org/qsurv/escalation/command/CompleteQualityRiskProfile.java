package org.qsurv.escalation.command;

import java.time.LocalDate;
import java.util.Optional;
import org.qsurv.escalation.authority.CaseAction;
import org.qsurv.model.Checks;
import org.qsurv.model.surveillance.Actor;

/**
 * Records the requested Quality Risk Profile as completed (003 Appendix 1).
 *
 * @param at the date it is done; it may not be before the case's latest event
 * @param by who does it
 * @param rationale why; a blank one can be written, and the case rejects it
 * @param summary what the profile showed, in brief, where recorded; never blank when present
 * @since 0.1.0
 */
public record CompleteQualityRiskProfile(LocalDate at, Actor by, String rationale,
    Optional<String> summary) implements CaseCommand {
  /**
   * Rejects a missing field and a blank detail (not a blank rationale: see {@link CaseCommand})
   * with an {@link IllegalArgumentException} that names the field.
   */
  public CompleteQualityRiskProfile {
    Checks.check(at != null, "CompleteQualityRiskProfile: at is required but was absent");
    Checks.check(by != null, "CompleteQualityRiskProfile: by is required but was absent");
    Checks.check(rationale != null, "CompleteQualityRiskProfile: rationale is required but was absent (it may be blank)");
    Checks.check(summary != null, "CompleteQualityRiskProfile: summary must be an Optional, not null");
    summary.ifPresent(s -> Checks.notBlank("quality risk profile summary", s));
  }

  @Override
  public CaseAction action() {
    return CaseAction.COMPLETE_QUALITY_RISK_PROFILE;
  }
}
