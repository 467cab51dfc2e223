package org.qsurv.scoring.risk;

import org.qsurv.model.Checks;

/**
 * The likelihood scale of the NHS 5x5 risk matrix with its frequency and probability descriptors
 * (NPSA, <em>A risk matrix for risk managers</em>, NPSA 2008). Trusts word these
 * differently; these are the NPSA's.
 *
 * @since 0.1.0
 */
public enum Likelihood {
  /** 1 (rare): not expected to happen for years; will only occur in exceptional circumstances. */
  RARE(1, "Rare", "not expected to happen for years",
      "will only occur in exceptional circumstances"),
  /** 2 (unlikely): expected to occur at least annually; could occur at some time. */
  UNLIKELY(2, "Unlikely", "expected to occur at least annually", "could occur at some time"),
  /** 3 (possible): expected to occur at least monthly; might occur. */
  POSSIBLE(3, "Possible", "expected to occur at least monthly", "might occur"),
  /** 4 (likely): expected to occur at least weekly; will probably occur. */
  LIKELY(4, "Likely", "expected to occur at least weekly", "will probably occur"),
  /** 5 (almost certain): expected to occur at least daily; will undoubtedly occur. */
  ALMOST_CERTAIN(5, "Almost certain", "expected to occur at least daily",
      "will undoubtedly occur");

  private final int score;
  private final String label;
  private final String frequency;
  private final String probability;

  Likelihood(int score, String label, String frequency, String probability) {
    this.score = score;
    this.label = label;
    this.frequency = frequency;
    this.probability = probability;
  }

  /** The score, 1-5. */
  public int score() {
    return score;
  }

  /** The name on the matrix, e.g. "Almost certain". */
  public String label() {
    return label;
  }

  /** How often, e.g. "expected to occur at least weekly". */
  public String frequency() {
    return frequency;
  }

  /** How probable, e.g. "will probably occur". */
  public String probability() {
    return probability;
  }

  /**
   * The likelihood with this score.
   *
   * @throws IllegalArgumentException if {@code score} is not 1-5
   */
  public static Likelihood of(int score) {
    return values()[Checks.inRange("likelihood", score, 1, 5) - 1];
  }
}
