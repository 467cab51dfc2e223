package org.qsurv.escalation.event;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.qsurv.model.Checks;

/**
 * Feedback was given to the provider on the risks, with the sources used (003 §5.2.3 d).
 *
 * @param summary what was fed back to the provider, in brief; never blank
 * @since 0.1.0
 */
public record FeedbackGiven(String summary) implements CaseFact {
  /**
   * Rejects a missing or blank field, and the combinations the rule does not allow, with an
   * {@link IllegalArgumentException} that names the field.
   */
  public FeedbackGiven {
    Checks.notBlank("feedback summary", summary);
  }

  /** Feedback given, in brief. */
  public static FeedbackGiven of(String summary) {
    return new FeedbackGiven(summary);
  }

  @JsonIgnore
  @Override
  public FactType type() {
    return FactType.FEEDBACK_GIVEN;
  }
}
