package org.qsurv.model.risk;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.qsurv.model.Checks;
import org.qsurv.model.QsurvStyle;

/**
 * One review of a risk by its owner: when, by whom, and the score it left (004 §4.4: risks of 15 or
 * above are reviewed and updated by the risk owner at least monthly).
 *
 * @since 0.1.0
 */
@Value.Immutable
@QsurvStyle
@JsonSerialize(as = ImmutableRiskReview.class)
@JsonDeserialize(as = ImmutableRiskReview.class)
public abstract class RiskReview {
  /** The date the review was done. */
  public abstract LocalDate reviewed();

  /** Who reviewed it. */
  public abstract String reviewedBy();

  /** The current score the review left. */
  public abstract RiskScore score();

  /** What changed, or why not. */
  public abstract Optional<String> note();

  /**
   * A builder for a review: {@code reviewed}, {@code reviewedBy} and {@code score} are required;
   * the note is optional.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link RiskReview}: every setter returns this builder, and {@code build()}
   * returns the checked value.
   *
   * @since 1.0.0
   */
  public static final class Builder extends ImmutableRiskReview.Builder {}

  /**
   * Rejects a blank reviewer or note, with an {@link IllegalArgumentException} that names the
   * field.
   */
  @Value.Check
  protected void check() {
    Checks.notBlank("risk review reviewedBy", reviewedBy());
    note().ifPresent(n -> Checks.notBlank("risk review note", n));
  }
}
