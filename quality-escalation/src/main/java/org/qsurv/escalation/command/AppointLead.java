package org.qsurv.escalation.command;

import java.time.LocalDate;
import org.qsurv.escalation.authority.CaseAction;
import org.qsurv.model.Checks;
import org.qsurv.model.surveillance.Actor;

/**
 * Names the ICB quality lead for the case (003 §5.2.3 a). The first step of the procedure: the
 * other steps need a named lead.
 *
 * @param at the date it is done; it may not be before the case's latest event
 * @param by who does it
 * @param rationale why; a blank one can be written, and the case rejects it
 * @param lead the lead's name
 * @since 0.1.0
 */
public record AppointLead(LocalDate at, Actor by, String rationale, String lead) implements CaseCommand {
  /**
   * Rejects a missing field and a blank detail (not a blank rationale: see {@link CaseCommand})
   * with an {@link IllegalArgumentException} that names the field.
   */
  public AppointLead {
    Checks.check(at != null, "AppointLead: at is required but was absent");
    Checks.check(by != null, "AppointLead: by is required but was absent");
    Checks.check(rationale != null, "AppointLead: rationale is required but was absent (it may be blank)");
    Checks.notBlank("ICB quality lead", lead);
  }

  @Override
  public CaseAction action() {
    return CaseAction.APPOINT_LEAD;
  }
}
