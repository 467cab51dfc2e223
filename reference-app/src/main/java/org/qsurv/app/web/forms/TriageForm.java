package org.qsurv.app.web.forms;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.qsurv.app.port.IntelligenceStore;
import org.qsurv.app.web.security.FormData;
import org.qsurv.model.Checks;
import org.qsurv.model.intelligence.IntelligenceId;
import org.qsurv.model.intelligence.IntelligenceItem;
import org.qsurv.model.intelligence.Triage;
import org.qsurv.model.intelligence.TriageOutcome;
import org.qsurv.model.organisation.OrganisationCode;

/**
 * The triage form of one intelligence item (004 §4.3, the weekly insights meeting): fields
 * {@code on} (the triage date, YYYY-MM-DD, not after today), {@code outcome} (NO_FURTHER_ACTION,
 * MONITOR, ACT or ESCALATE) and {@code credible} (yes or no; 001 §7.2 "credible and material").
 * The item must be the provider's: a form posted under one provider's page never triages another
 * provider's item (hazard H13, a decision recorded against the wrong provider).
 *
 * <pre>{@code
 * FormResult<IntelligenceItem> r = new TriageForm(ports.intelligence())
 *     .submit(provider, request.path("item"), request.form(), user.username(), today);
 * }</pre>
 *
 * @since 1.0.0
 */
public final class TriageForm {
  private final IntelligenceStore store;

  /** The form over {@code store}. */
  public TriageForm(IntelligenceStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /**
   * Reads the form and, if every field is accepted, records the triage of {@code itemId}.
   *
   * @param provider the provider whose page the form was posted from
   * @param itemId the item's id as the form's address names it
   * @param triagedBy the signed-in user, for the record
   * @param today the application's today: a triage is never dated after it
   * @return the item as triaged, or every refused field (nothing written)
   */
  public FormResult<IntelligenceItem> submit(OrganisationCode provider, String itemId,
      FormData form, String triagedBy, LocalDate today) {
    Optional<IntelligenceItem> item = item(provider, itemId);
    if (item.isEmpty()) {
      return FormResult.Refused.of("item", "item must be an intelligence item about "
          + provider + " but was " + Checks.quote(itemId));
    }
    FormReader f = new FormReader(form);
    Optional<LocalDate> on = f.date("on", today);
    Optional<TriageOutcome> outcome = f.oneOf("outcome", TriageOutcome.class);
    boolean credible = f.yesNo("credible");
    if (item.get().triage().isPresent()) {
      f.refuse("outcome", "intelligence " + itemId + " was already triaged on "
          + item.get().triage().get().on() + " (" + item.get().triage().get().outcome()
          + "): a triage is recorded once");
    }
    on.filter(d -> d.isBefore(item.get().received())).ifPresent(d -> f.refuse("on",
        "on must be on or after the day the item was received (" + item.get().received()
            + ") but was " + d));
    return f.result("on", () -> store.triage(item.get().id(),
        Triage.of(on.orElseThrow(), outcome.orElseThrow(), credible), triagedBy));
  }

  private Optional<IntelligenceItem> item(OrganisationCode provider, String itemId) {
    try {
      return store.item(IntelligenceId.of(itemId)).filter(i -> i.provider().equals(provider));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
