package org.qsurv.model.regulation;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.qsurv.model.organisation.OrganisationCode;

/**
 * A rating a regulator published about a provider (SNAPSHOT.md {@code ratings}): the overall
 * rating and, where given, the rating of each key question. The ratings of one provider make its
 * rating history; the latest published on or before the evaluation date is its current status
 * (004 §5.1), whatever the order they are listed in.
 *
 * <pre>{@code
 * RegulatorRating r = new RegulatorRating(RatingId.of("CQC-1"), OrganisationCode.of("RH5"),
 *     Regulator.CQC, LocalDate.of(2025, 3, 14), Rating.REQUIRES_IMPROVEMENT,
 *     Map.of(KeyQuestion.SAFE, Rating.INADEQUATE));
 * r.inadequateAnywhere();   // true
 * }</pre>
 *
 * @param id the rating's id, unique within a snapshot; what CQC_RATING_CONCERN cites
 * @param provider the provider rated
 * @param regulator who published it
 * @param published the date it was published
 * @param overall the overall rating
 * @param keyQuestions the rating of each key question given; may be empty or partial
 * @since 1.0.0
 */
public record RegulatorRating(RatingId id, OrganisationCode provider, Regulator regulator,
    LocalDate published, Rating overall, ImmutableMap<KeyQuestion, Rating> keyQuestions) {

  /**
   * A rating; {@code keyQuestions} is copied.
   *
   * @throws NullPointerException if any part is absent
   */
  public RegulatorRating(RatingId id, OrganisationCode provider, Regulator regulator,
      LocalDate published, Rating overall, Map<KeyQuestion, Rating> keyQuestions) {
    this(id, provider, regulator, published, overall, ImmutableMap.copyOf(keyQuestions));
  }

  /** Checks that every part is present. */
  public RegulatorRating {
    Objects.requireNonNull(id, "rating id");
    Objects.requireNonNull(provider, "rating provider");
    Objects.requireNonNull(regulator, "rating regulator");
    Objects.requireNonNull(published, "rating published");
    Objects.requireNonNull(overall, "rating overall");
    Objects.requireNonNull(keyQuestions, "rating keyQuestions");
  }

  /** Whether it is INADEQUATE overall or in any key question. */
  public boolean inadequateAnywhere() {
    return overall == Rating.INADEQUATE || keyQuestions.containsValue(Rating.INADEQUATE);
  }
}
