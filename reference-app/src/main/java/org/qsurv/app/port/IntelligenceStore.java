package org.qsurv.app.port;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.qsurv.model.intelligence.IntelligenceId;
import org.qsurv.model.intelligence.IntelligenceItem;
import org.qsurv.model.organisation.OrganisationCode;

/**
 * Hard and soft intelligence about providers (000 §6.9): complaints, incidents, whistleblowing,
 * inspections, coroners' reports... Items are recorded once and never changed (a correction is a
 * new item).
 *
 * <pre>{@code
 * store.record(IntelligenceItem.builder().id(IntelligenceId.of("I-1"))
 *     .provider(OrganisationCode.of("RH5")).received(LocalDate.of(2025, 6, 10))
 *     .source(IntelligenceSource.WHISTLEBLOWING).nature(Nature.SOFT).domain(QualityDomain.SAFE)
 *     .summary("Staff report unsafe night staffing on ward 4").sensitive(true).build());
 * }</pre>
 */
public interface IntelligenceStore {
  /** Every item, in the order recorded. */
  ImmutableList<IntelligenceItem> intelligence();

  /** The items about one provider, in the order recorded. */
  ImmutableList<IntelligenceItem> intelligence(OrganisationCode provider);

  /** The item with this id, if recorded. */
  Optional<IntelligenceItem> item(IntelligenceId id);

  /**
   * Records one new item (one transaction).
   *
   * @throws IllegalArgumentException if an item with its id is already recorded, or its provider
   *     is not in the directory
   */
  void record(IntelligenceItem item);
}
