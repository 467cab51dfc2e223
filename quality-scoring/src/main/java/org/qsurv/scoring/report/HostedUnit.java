package org.qsurv.scoring.report;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import org.qsurv.model.Checks;
import org.qsurv.model.organisation.Provider;
import org.qsurv.model.surveillance.Level;

/**
 * One hosted unit's part of the host commissioner's notes (003 §5.3.4): its level of
 * surveillance, what the evidence advises, its latest regulator rating, the intelligence and
 * visit findings of the period (each with its id and date) and the triggers that fired.
 *
 * @param provider the unit
 * @param level its level of surveillance
 * @param advised the level the evidence advises
 * @param rating its latest regulator rating, or that none is recorded
 * @param intelligence the period's intelligence that may be shared, each with its source
 * @param visits the period's quality visits and their findings
 * @param concerns the triggers that fired, each naming its evidence
 * @param withheld how many of the period's intelligence items were not shared as sensitive
 * @since 1.0.0
 */
public record HostedUnit(Provider provider, Level level, Level advised, String rating,
    ImmutableList<String> intelligence, ImmutableList<String> visits,
    ImmutableList<String> concerns, int withheld) {

  /** A unit's note; the lists are copied. */
  public HostedUnit(Provider provider, Level level, Level advised, String rating,
      List<String> intelligence, List<String> visits, List<String> concerns, int withheld) {
    this(provider, level, advised, rating, ImmutableList.copyOf(intelligence),
        ImmutableList.copyOf(visits), ImmutableList.copyOf(concerns), withheld);
  }

  /**
   * Checks that every part is present and the count withheld is not negative.
   *
   * @throws IllegalArgumentException naming {@code withheld} if it is negative
   */
  public HostedUnit {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(advised, "advised");
    Objects.requireNonNull(rating, "rating");
    Objects.requireNonNull(intelligence, "intelligence");
    Objects.requireNonNull(visits, "visits");
    Objects.requireNonNull(concerns, "concerns");
    Checks.check(withheld >= 0,
        () -> "hosted unit withheld must not be negative but was " + withheld);
  }
}
