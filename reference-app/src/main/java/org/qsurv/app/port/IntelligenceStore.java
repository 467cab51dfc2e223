package org.qsurv.app.port;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.qsurv.model.intelligence.IntelligenceId;
import org.qsurv.model.intelligence.IntelligenceItem;
import org.qsurv.model.intelligence.Triage;
import org.qsurv.model.organisation.OrganisationCode;

/**
 * Hard and soft intelligence about providers (000 §6.9): complaints, incidents, whistleblowing,
 * inspections, coroners' reports... Items are recorded once and never changed (a correction is a
 * new item); the one thing added later is an item's triage (004 §4.3), once.
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

  /**
   * Records the triage of an untriaged item (one transaction): whether it is credible and what is
   * to be done about it, as decided at the weekly insights meeting (004 §4.3). A triage is
   * recorded once; a later change of mind is new intelligence or an escalation decision.
   *
   * @param triagedBy who recorded it (the signed-in user's name), for the record
   * @return the item as it now stands
   * @throws IllegalArgumentException if there is no such item, it is already triaged, or the
   *     triage is dated before the item was received
   * @since 1.0.0
   */
  IntelligenceItem triage(IntelligenceId id, Triage triage, String triagedBy);
}
