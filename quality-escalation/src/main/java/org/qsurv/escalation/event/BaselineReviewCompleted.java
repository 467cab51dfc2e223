package org.qsurv.escalation.event;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.qsurv.model.Checks;

/**
 * The comprehensive baseline review was completed (003 §5.2.3 b: "a deep dive that looks at all
 * quality domains", led by the ICB quality lead).
 *
 * @param summary what the review found, in brief
 * @since 0.1.0
 */
public record BaselineReviewCompleted(String summary) implements CaseFact {
  /**
   * Rejects a missing or blank field, and the combinations the rule does not allow, with an
   * {@link IllegalArgumentException} that names the field.
   */
  public BaselineReviewCompleted {
    Checks.notBlank("baseline review summary", summary);
  }

  /** The baseline review completed, with its findings in brief. */
  public static BaselineReviewCompleted of(String summary) {
    return new BaselineReviewCompleted(summary);
  }

  @JsonIgnore
  @Override
  public FactType type() {
    return FactType.BASELINE_REVIEW_COMPLETED;
  }
}
