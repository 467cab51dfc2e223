package org.qsurv.app.port;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.regulation.RatingId;
import org.qsurv.model.regulation.RegulatorRating;

/**
 * The regulator's published ratings of providers (004 §5.1: know the CQC status of every
 * provider): each provider's rating history, from which the evaluation takes the latest rating
 * published on or before the day evaluated. A rating is recorded once and never changed: a new
 * inspection is a new rating.
 *
 * <pre>{@code
 * ratings.record(new RegulatorRating(RatingId.of("CQC-2"), OrganisationCode.of("RH5"),
 *     Regulator.CQC, LocalDate.of(2025, 3, 14), Rating.REQUIRES_IMPROVEMENT,
 *     Map.of(KeyQuestion.SAFE, Rating.INADEQUATE)));
 * }</pre>
 *
 * @since 1.0.0
 */
public interface RegulatorRatings {
  /** Every rating, in the order recorded. */
  ImmutableList<RegulatorRating> ratings();

  /** The rating history of one provider, in the order recorded. */
  ImmutableList<RegulatorRating> ratings(OrganisationCode provider);

  /** The rating with this id, if recorded. */
  Optional<RegulatorRating> rating(RatingId id);

  /**
   * Records one new rating (one transaction).
   *
   * @throws IllegalArgumentException if a rating with its id, or a rating of its provider
   *     published the same day, is already recorded, or its provider is not in the directory
   */
  void record(RegulatorRating rating);
}
