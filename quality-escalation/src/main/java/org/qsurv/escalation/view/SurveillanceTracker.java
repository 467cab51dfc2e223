package org.qsurv.escalation.view;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import org.qsurv.escalation.procedure.EnhancedProcedure;
import org.qsurv.escalation.surveillancecase.SurveillanceCase;
import org.qsurv.model.surveillance.Level;

/**
 * The surveillance tracker: every provider in enhanced or intensive surveillance, with its lead,
 * step, open actions and overdue ones, on a date (003 Appendix 1: "entered onto the surveillance tracker and actions recorded"). Intensive cases
 * come first, then enhanced; within a level, by provider code.
 *
 * <pre>{@code
 * ImmutableList<TrackerEntry> tracker = SurveillanceTracker.of(cases, LocalDate.of(2025, 7, 1));
 * for (TrackerEntry e : tracker) {
 *   print(e.provider() + " " + e.level() + " lead " + e.lead().orElse("-")
 *       + " overdue " + e.overdueActions().size());
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class SurveillanceTracker {
  private SurveillanceTracker() {}

  /** The tracker of {@code cases} on {@code asOf} (which decides what is overdue). */
  public static ImmutableList<TrackerEntry> of(Iterable<SurveillanceCase> cases, LocalDate asOf) {
    ImmutableList.Builder<TrackerEntry> entries = ImmutableList.builder();
    for (SurveillanceCase c : cases) {
      if (c.level() == Level.ROUTINE) {
        continue;
      }
      Optional<EnhancedProcedure> p = c.activeProcedure();
      entries.add(ImmutableTrackerEntry.builder()
          .provider(c.provider())
          .level(c.level())
          .pendingReview(c.pendingReview())
          .levelSince(c.levelSince().get())
          .lead(p.flatMap(EnhancedProcedure::lead))
          .step(p.flatMap(EnhancedProcedure::currentStep))
          .openActions(p.map(EnhancedProcedure::openActions).orElse(ImmutableList.of()))
          .overdueActions(p.map(x -> x.overdueActions(asOf)).orElse(ImmutableList.of()))
          .sustainedAssuranceUntil(c.sustainedAssuranceUntil())
          .build());
    }
    return entries.build().stream()
        .sorted(Comparator.comparing(TrackerEntry::level).reversed()
            .thenComparing(e -> e.provider().value()))
        .collect(ImmutableList.toImmutableList());
  }
}
