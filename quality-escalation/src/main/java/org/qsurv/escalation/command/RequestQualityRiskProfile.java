package org.qsurv.escalation.command;

import java.time.LocalDate;
import org.qsurv.escalation.authority.CaseAction;
import org.qsurv.model.Checks;
import org.qsurv.model.surveillance.Actor;

/**
 * NHS England asks for a Quality Risk Profile (003 §5.2.3 a).
 *
 * @param at the date it is done; it may not be before the case's latest event
 * @param by who does it
 * @param rationale why; a blank one can be written, and the case rejects it
 * @since 0.1.0
 */
public record RequestQualityRiskProfile(LocalDate at, Actor by, String rationale) implements CaseCommand {
  /**
   * Rejects a missing field and a blank detail (not a blank rationale: see {@link CaseCommand})
   * with an {@link IllegalArgumentException} that names the field.
   */
  public RequestQualityRiskProfile {
    Checks.check(at != null, "RequestQualityRiskProfile: at is required but was absent");
    Checks.check(by != null, "RequestQualityRiskProfile: by is required but was absent");
    Checks.check(rationale != null, "RequestQualityRiskProfile: rationale is required but was absent (it may be blank)");
  }

  @Override
  public CaseAction action() {
    return CaseAction.REQUEST_QUALITY_RISK_PROFILE;
  }
}
