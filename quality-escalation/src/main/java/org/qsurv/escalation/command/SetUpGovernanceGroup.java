package org.qsurv.escalation.command;

import java.time.LocalDate;
import org.qsurv.escalation.authority.CaseAction;
import org.qsurv.model.Checks;
import org.qsurv.model.surveillance.Actor;

/**
 * Records the governance group set up for the case (003 §5.2.3 a).
 *
 * @param at the date it is done; it may not be before the case's latest event
 * @param by who does it
 * @param rationale why; a blank one can be written, and the case rejects it
 * @param name the group's name, e.g. "RH5 enhanced surveillance group"; never blank
 * @since 0.1.0
 */
public record SetUpGovernanceGroup(LocalDate at, Actor by, String rationale,
    String name) implements CaseCommand {
  /**
   * Rejects a missing field and a blank detail (not a blank rationale: see {@link CaseCommand})
   * with an {@link IllegalArgumentException} that names the field.
   */
  public SetUpGovernanceGroup {
    Checks.check(at != null, "SetUpGovernanceGroup: at is required but was absent");
    Checks.check(by != null, "SetUpGovernanceGroup: by is required but was absent");
    Checks.check(rationale != null, "SetUpGovernanceGroup: rationale is required but was absent (it may be blank)");
    Checks.notBlank("governance group", name);
  }

  @Override
  public CaseAction action() {
    return CaseAction.SET_UP_GOVERNANCE_GROUP;
  }
}
