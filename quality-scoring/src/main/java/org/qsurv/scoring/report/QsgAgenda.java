package org.qsurv.scoring.report;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The agenda of a Quality Surveillance Group meeting: every provider in enhanced or intensive
 * surveillance tabled, with what changed since the last agenda (004 §4.3: enhanced and intensive
 * surveillance "tabled through the SQG"; NQB 2022), the date it is as of, the date of the agenda
 * it is compared with, and what was missing.
 *
 * @param asOf the date the agenda is as of
 * @param since the date of the previous agenda it reports changes against, if there was one
 * @param items the providers tabled, intensive first, then enhanced, each in snapshot order
 * @param missing what the evidence lacks: returns not received, providers with no data
 * @since 1.0.0
 */
public record QsgAgenda(LocalDate asOf, Optional<LocalDate> since, ImmutableList<AgendaItem> items,
    ImmutableList<String> missing) {
  /** Checks that every part is present and the previous agenda is not later than this one. */
  public QsgAgenda {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(since, "since");
    Objects.requireNonNull(items, "items");
    Objects.requireNonNull(missing, "missing");
    since.ifPresent(s -> org.qsurv.model.Checks.check(!s.isAfter(asOf),
        () -> "the previous agenda of "
        + s + " is after this one's date " + asOf));
  }
}
