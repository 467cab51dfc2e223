package org.qsurv.escalation.event;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A rapid response review was called, the urgent route at any level (003 Appendix 2: "could be
 * instigated at any point in the process if patient safety concerns require urgent action"). Like
 * a risk summit, it clears any sustained assurance.
 */
@Value.Immutable
@PublicImplementationStyle
@JsonSerialize(as = ImmutableRapidResponseReviewCalled.class)
@JsonDeserialize(as = ImmutableRapidResponseReviewCalled.class)
public abstract class RapidResponseReviewCalled implements CaseFact {
  @JsonIgnore
  @Override
  public final FactType type() {
    return FactType.RAPID_RESPONSE_REVIEW_CALLED;
  }

  private static final RapidResponseReviewCalled INSTANCE = ImmutableRapidResponseReviewCalled.builder().build();

  /** The fact that a rapid response review was called; it carries nothing else. */
  public static RapidResponseReviewCalled of() {
    return INSTANCE;
  }
}
