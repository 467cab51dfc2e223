package org.qsurv.app.port;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.visit.QualityVisit;
import org.qsurv.model.visit.VisitFinding;
import org.qsurv.model.visit.VisitId;

/**
 * Quality visits to providers (001 §7.1 Level 2; 000 §6.5; 003 §5.2.3 c): planned, then done with
 * what the visitors found, or cancelled. A visit is recorded once; the one thing that happens to it
 * later is that a planned visit is done or cancelled, once. Its findings are first-hand evidence,
 * counted from the day it was done.
 *
 * <pre>{@code
 * visits.record(new QualityVisit(VisitId.of("V-1"), OrganisationCode.of("RH5"),
 *     LocalDate.of(2025, 6, 3), VisitKind.UNANNOUNCED, VisitStatus.PLANNED, List.of()));
 * visits.done(VisitId.of("V-1"),
 *     List.of(new VisitFinding(QualityDomain.SAFE, Tone.CONCERN, "Two nurses for 28 beds")));
 * }</pre>
 *
 * @since 1.0.0
 */
public interface QualityVisits {
  /** Every visit, in the order recorded. */
  ImmutableList<QualityVisit> visits();

  /** The visits to one provider, in the order recorded. */
  ImmutableList<QualityVisit> visits(OrganisationCode provider);

  /** The visit with this id, if recorded. */
  Optional<QualityVisit> visit(VisitId id);

  /**
   * Records one new visit, planned, done (with its findings) or cancelled (one transaction).
   *
   * @throws IllegalArgumentException if a visit with its id is already recorded, or its provider
   *     is not in the directory
   */
  void record(QualityVisit visit);

  /**
   * Records that a planned visit was done on its date, with what was found (one transaction).
   *
   * @return the visit as it now stands
   * @throws IllegalArgumentException if there is no such visit or it is not PLANNED
   */
  QualityVisit done(VisitId id, List<VisitFinding> findings);

  /**
   * Records that a planned visit was cancelled (one transaction).
   *
   * @return the visit as it now stands
   * @throws IllegalArgumentException if there is no such visit or it is not PLANNED
   */
  QualityVisit cancel(VisitId id);
}
