package org.qsurv.escalation.event;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.qsurv.model.Checks;

/**
 * A correction of an earlier event of the same case, which it references by version (DOMAIN.md
 * §6: "nothing recorded is ever changed: a correction is a new record"). The corrected event
 * stays in the log as it was; views show it with its corrections.
 */
@Value.Immutable
@PublicImplementationStyle
@JsonSerialize(as = ImmutableCorrectionRecorded.class)
@JsonDeserialize(as = ImmutableCorrectionRecorded.class)
public abstract class CorrectionRecorded implements CaseFact {
  /** The version of the event corrected. */
  public abstract long corrects();

  /** What was wrong and what is right. */
  public abstract String note();

  @JsonIgnore
  @Override
  public final FactType type() {
    return FactType.CORRECTION_RECORDED;
  }

  /** The fact that the event of version {@code corrects} was corrected, with {@code note}. */
  public static CorrectionRecorded of(long corrects, String note) {
    return ImmutableCorrectionRecorded.builder().corrects(corrects).note(note).build();
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
