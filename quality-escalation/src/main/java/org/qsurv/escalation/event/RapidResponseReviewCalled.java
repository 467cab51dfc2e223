package org.qsurv.escalation.event;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A rapid response review was called, the urgent route at any level (003 Appendix 2: "could be
 * instigated at any point in the process if patient safety concerns require urgent action"). Like
 * a risk summit, it clears any sustained assurance.
 * @since 0.1.0
 */
public record RapidResponseReviewCalled() implements CaseFact {
  /** The call: it has no details of its own. */
  public static RapidResponseReviewCalled of() {
    return new RapidResponseReviewCalled();
  }

  @JsonIgnore
  @Override
  public FactType type() {
    return FactType.RAPID_RESPONSE_REVIEW_CALLED;
  }
}
