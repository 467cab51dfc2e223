package org.qsurv.escalation.command;

import org.immutables.value.Value;
import org.qsurv.escalation.authority.CaseAction;
import org.qsurv.model.Checks;

/**
 * Records a correction of an earlier event of the case, referenced by its version (DOMAIN.md §6:
 * "a correction is a new record").
 */
@Value.Immutable
@PublicImplementationStyle
public abstract class RecordCorrection implements CaseCommand {
  /** The version of the event corrected. */
  public abstract long corrects();

  /** What was wrong and what is right. */
  public abstract String note();

  @Override
  public final CaseAction action() {
    return CaseAction.RECORD_CORRECTION;
  }

  /**
   * A builder for the command: {@code at}, {@code by}, {@code rationale}, {@code corrects} and
   * {@code note} are required. The case rejects a version it does not yet have.
   */
  public static ImmutableRecordCorrection.Builder builder() {
    return ImmutableRecordCorrection.builder();
  }

  /**
   * Rejects a version below 1 or a blank note with an {@link IllegalArgumentException} that names
   * the field and the value.
   */
  @Value.Check
  protected void check() {
    Checks.check(corrects() >= 1, "corrects must be the version of an earlier event (1 or more) but was " + corrects());
    Checks.notBlank("correction note", note());
  }
}
