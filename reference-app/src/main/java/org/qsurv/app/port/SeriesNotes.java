package org.qsurv.app.port;

import com.google.common.collect.ImmutableList;
import org.qsurv.model.indicator.IndicatorAnnotation;
import org.qsurv.model.indicator.LimitsRecalculation;

/**
 * The recorded recalculations of SPC limits and the annotations of providers' series (SNAPSHOT.md
 * {@code recalculations} and {@code annotations}): limits step only at a recalculation recorded
 * with its reason (MDC; PTD declines automatic rebasing), and an annotation shows the reader of a
 * chart the context the analyst saw. Filled by imports ({@link ImportBatch}) and by the indicator
 * page's forms; each is written once and never changed.
 *
 * <pre>{@code
 * notes.recalculate(new LimitsRecalculation(OrganisationCode.of("RH5"), IndicatorId.of("shmi"),
 *     Period.parse("2024-04"), "Merged with Yeovil District Hospital", Optional.of("a.analyst")));
 * }</pre>
 */
public interface SeriesNotes {
  /** Every recorded recalculation, in the order recorded. */
  ImmutableList<LimitsRecalculation> recalculations();

  /** Every recorded annotation, in the order recorded. */
  ImmutableList<IndicatorAnnotation> annotations();

  /**
   * Records a recalculation.
   *
   * @throws IllegalArgumentException if the series is already recalculated from that period (a
   *     series is recalculated once from a period, with one reason), or the provider or indicator
   *     is not recorded
   */
  void recalculate(LimitsRecalculation recalculation);

  /**
   * Records an annotation.
   *
   * @throws IllegalArgumentException if the provider or indicator is not recorded
   */
  void annotate(IndicatorAnnotation annotation);
}
