package org.qsurv.escalation.command;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import org.qsurv.escalation.authority.CaseAction;
import org.qsurv.escalation.procedure.KeyRisk;
import org.qsurv.model.Checks;
import org.qsurv.model.surveillance.Actor;

/**
 * Records key risks agreed with partners (003 §5.2.3 c). Needs the baseline review; ids must be
 * new to the episode.
 *
 * @param at the date it is done; it may not be before the case's latest event
 * @param by who does it
 * @param rationale why; a blank one can be written, and the case rejects it
 * @param risks the key risks agreed, at least one. Each id must be new: the command is rejected if
 *     an id repeats within it or is already agreed in the case's enhanced procedure
 * @since 0.1.0
 */
public record AgreeKeyRisks(LocalDate at, Actor by, String rationale,
    List<KeyRisk> risks) implements CaseCommand {
  /**
   * Rejects a missing field and a blank detail (not a blank rationale: see {@link CaseCommand})
   * with an {@link IllegalArgumentException} that names the field.
   */
  public AgreeKeyRisks {
    CommandChecks.requireWhoWhenWhy("AgreeKeyRisks", at, by, rationale);
    Checks.check(risks != null, "AgreeKeyRisks: risks is required but was absent");
    risks = ImmutableList.copyOf(risks);
    Checks.check(!risks.isEmpty(), "key risks to agree must name at least one risk but named none");
  }

  @Override
  public CaseAction action() {
    return CaseAction.AGREE_KEY_RISKS;
  }
}
