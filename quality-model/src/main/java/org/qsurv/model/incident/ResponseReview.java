package org.qsurv.model.incident;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The commissioner's review of a learning response (002 QAF ¶40: "to seek assurance that lessons
 * have been identified and credible recommendations and action plans are made and agreed").
 *
 * @param on the date of the review (for example the SI review panel)
 * @param outcome what it decided
 * @since 1.0.0
 */
public record ResponseReview(LocalDate on, ReviewOutcome outcome) {
  /** Checks that both parts are present. */
  public ResponseReview {
    Objects.requireNonNull(on, "review on");
    Objects.requireNonNull(outcome, "review outcome");
  }
}
