package org.qsurv.model.risk;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.qsurv.model.Checks;
import org.qsurv.model.QsurvStyle;

/**
 * A position on the NHS 5x5 risk matrix: likelihood 1-5 and consequence 1-5, whose product is the
 * score 1-25 (NPSA 2008; 004 §4.4). Bands and review intervals are judged in
 * {@code quality-scoring}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@QsurvStyle
@JsonSerialize(as = ImmutableRiskScore.class)
@JsonDeserialize(as = ImmutableRiskScore.class)
public abstract class RiskScore {
  /** Likelihood, 1 (rare) to 5 (almost certain). */
  @Value.Parameter
  public abstract int likelihood();

  /** Consequence, 1 (negligible) to 5 (catastrophic). */
  @Value.Parameter
  public abstract int consequence();

  /** Likelihood x consequence: one of 1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 15, 16, 20, 25. */
  @JsonIgnore
  public int score() {
    return likelihood() * consequence();
  }

  /**
   * The position with this likelihood and consequence.
   *
   * @throws IllegalArgumentException if either is not between 1 and 5
   */
  public static RiskScore of(int likelihood, int consequence) {
    return ImmutableRiskScore.of(likelihood, consequence);
  }

  /**
   * Rejects a likelihood or consequence outside 1-5, with an {@link IllegalArgumentException} that
   * names the field and the value.
   */
  @Value.Check
  protected void check() {
    Checks.inRange("likelihood", likelihood(), 1, 5);
    Checks.inRange("consequence", consequence(), 1, 5);
  }
}
