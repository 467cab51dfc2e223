package org.qsurv.escalation.event;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.qsurv.model.Checks;

/**
 * The comprehensive baseline review was completed (003 §5.2.3 b: "a deep dive that looks at all
 * quality domains", led by the ICB quality lead).
 */
@Value.Immutable
@PublicImplementationStyle
@JsonSerialize(as = ImmutableBaselineReviewCompleted.class)
@JsonDeserialize(as = ImmutableBaselineReviewCompleted.class)
public abstract class BaselineReviewCompleted implements CaseFact {
  /** What the review found, in brief. */
  public abstract String summary();

  @JsonIgnore
  @Override
  public final FactType type() {
    return FactType.BASELINE_REVIEW_COMPLETED;
  }

  /** The fact that the baseline review was completed, with what it found. */
  public static BaselineReviewCompleted of(String summary) {
    return ImmutableBaselineReviewCompleted.builder().summary(summary).build();
  }

  /**
   * Rejects a blank summary with an {@link IllegalArgumentException} that names the field and the
   * value.
   */
  @Value.Check
  protected void check() {
    Checks.notBlank("baseline review summary", summary());
  }
}
