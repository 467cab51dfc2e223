package org.qsurv.scoring.risk;

import org.qsurv.model.risk.RiskScore;

/**
 * The rating band of a score on the NHS 5x5 risk matrix (NPSA, <em>A risk matrix for risk
 * managers</em>: NPSA 2008; SNAPSHOT.md {@code rating}): LOW 1-3, MODERATE 4-6, HIGH
 * 8-12, EXTREME 15-25. No product of two numbers from 1 to 5 is 7, 11, 13, 14, 17-19 or 21-24.
 *
 * <pre>{@code
 * RiskRating.of(16);   // EXTREME: reviewed at least monthly (004 §4.4)
 * }</pre>
 *
 * @since 0.1.0
 */
public enum RiskRating {
  /** Scores 1-3: a low risk, reviewed annually by default. */
  LOW(1, 3),
  /** Scores 4-6: a moderate risk, reviewed six-monthly by default. */
  MODERATE(4, 6),
  /** Scores 8-12: a high risk, reviewed quarterly by default. */
  HIGH(8, 12),
  /**
   * Scores 15-25: an extreme risk, reviewed and updated by its owner at least monthly (004 §4.4).
   */
  EXTREME(15, 25);

  private final int lowest;
  private final int highest;

  RiskRating(int lowest, int highest) {
    this.lowest = lowest;
    this.highest = highest;
  }

  /** The lowest score in the band. */
  public int lowest() {
    return lowest;
  }

  /** The highest score in the band. */
  public int highest() {
    return highest;
  }

  /**
   * The band of {@code score}.
   *
   * @throws IllegalArgumentException if {@code score} is not likelihood x consequence for some
   *     likelihood and consequence from 1 to 5
   */
  public static RiskRating of(int score) {
    if (!isScore(score)) {
      throw new IllegalArgumentException("risk score must be one of 1, 2, 3, 4, 5, 6, 8, 9, 10, "
          + "12, 15, 16, 20, 25 but was " + score);
    }
    return score <= 3 ? LOW : score <= 6 ? MODERATE : score <= 12 ? HIGH : EXTREME;
  }

  /** The band of a position on the matrix. */
  public static RiskRating of(RiskScore score) {
    return of(score.score());
  }

  /** Whether {@code score} is a product of two whole numbers from 1 to 5. */
  public static boolean isScore(int score) {
    for (int likelihood = 1; likelihood <= 5; likelihood++) {
      if (score % likelihood == 0 && score / likelihood >= 1 && score / likelihood <= 5) {
        return true;
      }
    }
    return false;
  }
}
