package org.qsurv.app.port;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.risk.Risk;
import org.qsurv.model.risk.RiskId;
import org.qsurv.model.risk.RiskReview;

/**
 * The commissioner's risk register (004 §4.4; 000 §6.5): each risk with its current score,
 * controls, initial and target scores, and the history of its reviews. A review is added, never
 * rewritten: the register keeps every past review so that the score history can be shown (004 §4.4:
 * risks of 15 or above are reviewed by their owner at least monthly).
 *
 * <pre>{@code
 * Risk reviewed = register.review(RiskId.of("R-1"), RiskReview.builder()
 *     .reviewed(LocalDate.of(2025, 6, 20)).reviewedBy("Deputy Chief Nurse")
 *     .score(RiskScore.of(3, 4)).note("Agency cover agreed for nights").build());
 * }</pre>
 */
public interface RiskRegister {
  /** Every risk, in the order first recorded. */
  ImmutableList<Risk> risks();

  /** The risks about one provider, in the order first recorded. */
  ImmutableList<Risk> risks(OrganisationCode provider);

  /** The risk with this id, if on the register. */
  Optional<Risk> risk(RiskId id);

  /**
   * Adds a new risk (one transaction).
   *
   * @throws IllegalArgumentException if a risk with its id is already on the register, or its
   *     provider is not in the directory
   */
  void add(Risk risk);

  /**
   * Records a review (one transaction): appends it to the risk's history, makes its score the
   * risk's current likelihood and consequence, and its date the risk's last review.
   *
   * @return the risk as it now stands
   * @throws IllegalArgumentException if there is no such risk, or the review is dated before the
   *     risk's last review
   */
  Risk review(RiskId id, RiskReview review);
}
