package org.qsurv.model.intelligence;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.qsurv.model.QsurvStyle;

/**
 * The triage of one item of intelligence: when it was triaged, what was decided, and whether the
 * item was judged credible (004 §4.3, the weekly Insights Meeting). Whistleblowing is a risk-summit
 * trigger only when "credible and material" (001 §7.2): triage is where that is judged.
 *
 * <pre>{@code
 * Triage t = Triage.of(LocalDate.of(2025, 6, 17), TriageOutcome.MONITOR, true);
 * }</pre>
 *
 * @since 1.0.0
 */
@Value.Immutable
@QsurvStyle
@JsonSerialize(as = ImmutableTriage.class)
@JsonDeserialize(as = ImmutableTriage.class)
public abstract class Triage {
  /** The date the item was triaged. */
  public abstract LocalDate on();

  /** What was decided. */
  public abstract TriageOutcome outcome();

  /** Whether the item was judged credible. */
  public abstract boolean credible();

  /**
   * Whether, as of {@code asOf}, the triage has taken the item out of the evidence: it was triaged
   * on or before that date as needing no further action or as not credible.
   */
  public boolean discountsOn(LocalDate asOf) {
    return !on().isAfter(asOf) && (outcome() == TriageOutcome.NO_FURTHER_ACTION || !credible());
  }

  /** A triage on a date with its outcome and credibility. */
  public static Triage of(LocalDate on, TriageOutcome outcome, boolean credible) {
    return builder().on(on).outcome(outcome).credible(credible).build();
  }

  /** A builder for a triage: every attribute is required. */
  public static ImmutableTriage.Builder builder() {
    return ImmutableTriage.builder();
  }
}
