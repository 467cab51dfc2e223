package org.qsurv.escalation.command;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import org.qsurv.escalation.authority.CaseAction;
import org.qsurv.model.Checks;
import org.qsurv.model.surveillance.Actor;

/**
 * Accepts a trigger into the case (003 §5.2.1), with the ids of its evidence. Accepting a trigger
 * clears any sustained assurance: a new trigger is fresh concern (003 §5.2.1), so the assurance
 * has not been sustained (003 Appendix 1).
 *
 * @param at the date it is done; it may not be before the case's latest event
 * @param by who does it
 * @param rationale why; a blank one can be written, and the case rejects it
 * @param code the trigger's code, e.g. {@code WHISTLEBLOWING}
 * @param evidence the ids of its evidence
 * @since 0.1.0
 */
public record AcceptTrigger(LocalDate at, Actor by, String rationale,
    String code, List<String> evidence) implements CaseCommand {
  /**
   * Rejects a missing field and a blank detail (not a blank rationale: see {@link CaseCommand})
   * with an {@link IllegalArgumentException} that names the field.
   */
  public AcceptTrigger {
    Checks.check(at != null, "AcceptTrigger: at is required but was absent");
    Checks.check(by != null, "AcceptTrigger: by is required but was absent");
    Checks.check(rationale != null, "AcceptTrigger: rationale is required but was absent (it may be blank)");
    Checks.check(evidence != null, "AcceptTrigger: evidence is required but was absent (it may be empty)");
    evidence = ImmutableList.copyOf(evidence);
    Checks.notBlank("trigger code", code);
    evidence.forEach(e -> Checks.notBlank("trigger evidence id", e));
  }

  @Override
  public CaseAction action() {
    return CaseAction.ACCEPT_TRIGGER;
  }
}
