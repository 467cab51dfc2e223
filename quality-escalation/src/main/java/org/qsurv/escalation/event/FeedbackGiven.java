package org.qsurv.escalation.event;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.qsurv.model.Checks;

/**
 * Feedback was given to the provider on the risks, with the sources used (003 §5.2.3 d).
 */
@Value.Immutable
@PublicImplementationStyle
@JsonSerialize(as = ImmutableFeedbackGiven.class)
@JsonDeserialize(as = ImmutableFeedbackGiven.class)
public abstract class FeedbackGiven implements CaseFact {
  /** What was fed back to the provider, in brief; never blank. */
  public abstract String summary();

  @JsonIgnore
  @Override
  public final FactType type() {
    return FactType.FEEDBACK_GIVEN;
  }

  /** The fact that feedback was given, summarised as {@code summary}. */
  public static FeedbackGiven of(String summary) {
    return ImmutableFeedbackGiven.builder().summary(summary).build();
  }

  /** Rejects a blank summary with an {@link IllegalArgumentException} that names the field. */
  @Value.Check
  protected void check() {
    Checks.notBlank("feedback summary", summary());
  }
}
