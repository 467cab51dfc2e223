package org.qsurv.scoring.risk;

import java.util.Optional;
import org.qsurv.model.Checks;
import org.qsurv.model.risk.ConsequenceDomain;

/**
 * The consequence scale of the NHS 5x5 risk matrix (NPSA, <em>A risk matrix for risk
 * managers</em>: NPSA 2008). Consequence is judged in one of eight domains, each with
 * its own descriptors; qsurv carries the descriptors of the safety domain (impact on the safety of
 * patients, staff or public), abridged from the NPSA table. For the other domains
 * {@link #descriptor} is empty: use the trust's own table.
 *
 * @since 0.1.0
 */
public enum Consequence {
  /** Score 1; for safety, minimal injury needing no or minimal intervention or treatment. */
  NEGLIGIBLE(1, "Negligible",
      "minimal injury needing no or minimal intervention or treatment; no time off work"),
  /** Score 2; for safety, minor injury or illness needing minor intervention. */
  MINOR(2, "Minor", "minor injury or illness needing minor intervention; time off work under "
      + "3 days; hospital stay longer by 1-3 days"),
  /** Score 3; for safety, moderate injury needing professional intervention. */
  MODERATE(3, "Moderate", "moderate injury needing professional intervention; time off work of "
      + "4-14 days; hospital stay longer by 4-15 days; an event affecting a small number of "
      + "patients"),
  /** Score 4; for safety, major injury leading to long-term incapacity or disability. */
  MAJOR(4, "Major", "major injury leading to long-term incapacity or disability; time off work "
      + "over 14 days; hospital stay longer by over 15 days; mismanagement of care with "
      + "long-term effects"),
  /** Score 5; for safety, death, multiple permanent injuries, or many patients affected. */
  CATASTROPHIC(5, "Catastrophic", "death; multiple permanent injuries or irreversible health "
      + "effects; an event affecting a large number of patients");

  private final int score;
  private final String label;
  private final String safety;

  Consequence(int score, String label, String safety) {
    this.score = score;
    this.label = label;
    this.safety = safety;
  }

  /** The score, 1-5. */
  public int score() {
    return score;
  }

  /** The name on the matrix, e.g. "Catastrophic". */
  public String label() {
    return label;
  }

  /** The NPSA descriptor of this consequence in {@code domain}, where qsurv carries it. */
  public Optional<String> descriptor(ConsequenceDomain domain) {
    return domain == ConsequenceDomain.SAFETY ? Optional.of(safety) : Optional.empty();
  }

  /**
   * The consequence with this score.
   *
   * @throws IllegalArgumentException if {@code score} is not 1-5
   */
  public static Consequence of(int score) {
    return values()[Checks.inRange("consequence", score, 1, 5) - 1];
  }
}
