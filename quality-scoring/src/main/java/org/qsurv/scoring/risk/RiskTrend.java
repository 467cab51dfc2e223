package org.qsurv.scoring.risk;

/**
 * Whether a risk's score has gone up, down or stayed the same since its previous review.
 *
 * @since 0.1.0
 */
public enum RiskTrend {
  /** The current score is above the earlier score it is compared with. */
  RISING,
  /** The current score is below the earlier score it is compared with. */
  FALLING,
  /** The score is unchanged, or there is no earlier score to compare it with. */
  STATIC
}
