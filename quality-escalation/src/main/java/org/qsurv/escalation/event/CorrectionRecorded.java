package org.qsurv.escalation.event;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.qsurv.model.Checks;

/**
 * A correction of an earlier event of the same case, which it references by version: nothing
 * recorded is ever changed, a correction is a new record, so the audit trail stays whole (003
 * §3.0: "an audit trail of actions and rationale for decisions made"). The corrected event
 * stays in the log as it was; views show it with its corrections.
 *
 * @param corrects the version of the event corrected
 * @param note what was wrong and what is right
 * @since 0.1.0
 */
public record CorrectionRecorded(long corrects, String note) implements CaseFact {
  /**
   * Rejects a missing or blank field, and the combinations the rule does not allow, with an
   * {@link IllegalArgumentException} that names the field.
   */
  public CorrectionRecorded {
    Checks.check(corrects >= 1,
        () -> "corrects must be the version of an earlier event (1 or more) but was " + corrects);
    Checks.notBlank("correction note", note);
  }

  /** A correction of event {@code corrects}, explained by {@code note}. */
  public static CorrectionRecorded of(long corrects, String note) {
    return new CorrectionRecorded(corrects, note);
  }

  @JsonIgnore
  @Override
  public FactType type() {
    return FactType.CORRECTION_RECORDED;
  }
}
