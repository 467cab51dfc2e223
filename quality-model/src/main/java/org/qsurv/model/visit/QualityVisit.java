package org.qsurv.model.visit;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.qsurv.model.Checks;
import org.qsurv.model.organisation.OrganisationCode;

/**
 * A quality visit to a provider (SNAPSHOT.md {@code visits}): when, announced or not, planned,
 * done or cancelled, and what was found. Only a DONE visit has findings: a finding recorded on a
 * visit still marked PLANNED would never be counted, so it is rejected rather than lost.
 *
 * <pre>{@code
 * QualityVisit v = new QualityVisit(VisitId.of("V-1"), OrganisationCode.of("RH5"),
 *     LocalDate.of(2025, 6, 3), VisitKind.UNANNOUNCED, VisitStatus.DONE,
 *     List.of(new VisitFinding(QualityDomain.SAFE, Tone.CONCERN, "Two nurses for 28 beds")));
 * }</pre>
 *
 * @param id the visit's id, unique within a snapshot; what VISIT_OVERDUE and triggers cite
 * @param provider the provider visited
 * @param date the date it took, or is to take, place
 * @param kind announced or unannounced
 * @param status planned, done or cancelled
 * @param findings what the visitors found; empty unless DONE
 * @since 1.0.0
 */
public record QualityVisit(VisitId id, OrganisationCode provider, LocalDate date, VisitKind kind,
    VisitStatus status, ImmutableList<VisitFinding> findings) {

  /** A visit; {@code findings} is copied. */
  public QualityVisit(VisitId id, OrganisationCode provider, LocalDate date, VisitKind kind,
      VisitStatus status, List<VisitFinding> findings) {
    this(id, provider, date, kind, status, ImmutableList.copyOf(findings));
  }

  /**
   * Checks that every part is present and that only a DONE visit has findings.
   *
   * @throws IllegalArgumentException naming the visit and its status if a visit not done has
   *     findings
   */
  public QualityVisit {
    Objects.requireNonNull(id, "visit id");
    Objects.requireNonNull(provider, "visit provider");
    Objects.requireNonNull(date, "visit date");
    Objects.requireNonNull(kind, "visit kind");
    Objects.requireNonNull(status, "visit status");
    Objects.requireNonNull(findings, "visit findings");
    Checks.check(findings.isEmpty() || status == VisitStatus.DONE,
        () -> "visit " + id + " is " + status
        + " and so cannot have findings: record them when it is DONE");
  }

  /** Whether it was done on or before {@code asOf}. */
  public boolean doneBy(LocalDate asOf) {
    return status == VisitStatus.DONE && !date.isAfter(asOf);
  }

  /** Whether, as of {@code asOf}, it is still planned for a date that has passed. */
  public boolean overdueOn(LocalDate asOf) {
    return status == VisitStatus.PLANNED && date.isBefore(asOf);
  }
}
