package org.qsurv.scoring.report;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.qsurv.model.Checks;
import org.qsurv.model.organisation.Commissioner;

/**
 * The notes a host commissioner owes the placing commissioners of the inpatient units for people
 * with a learning disability, autism or both in its area (003 §5.3.4, after NHS England's Host
 * Commissioner Guidance 2020): who the host commissioner is and how to reach them, and for each
 * unit the intelligence and visits that placing commissioners should know of, with the unit's
 * level of surveillance. Intelligence marked sensitive is not shared, and the notes say how much
 * was withheld.
 *
 * @param host the host commissioner (the ICB whose snapshot it is)
 * @param namedContact the named individual acting as host commissioner, with contact details
 * @param asOf the date they are as of
 * @param since the start of the period whose intelligence and visits they share
 * @param units one note per hosted unit, in snapshot order
 * @param missing what the notes lack: no named contact, returns not received, stale data
 * @since 1.0.0
 */
public record HostCommissionerNotes(Commissioner host, Optional<String> namedContact,
    LocalDate asOf, LocalDate since, ImmutableList<HostedUnit> units,
    ImmutableList<String> missing) {
  /** Checks that every part is present and the period does not start after its date. */
  public HostCommissionerNotes {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(namedContact, "namedContact");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(since, "since");
    Checks.check(!since.isAfter(asOf), () -> "host commissioner notes since " + since
        + " is after their date " + asOf);
    Objects.requireNonNull(units, "units");
    Objects.requireNonNull(missing, "missing");
  }
}
