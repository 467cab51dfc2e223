package org.qsurv.app.web.html;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * How old the data behind an assessment is: the date the assessment is as of, the newest period
 * with a value, and whether that period is older than the policy allows, so that a page never
 * shows months-old data as if it were current.
 *
 * <p>The policy: the return for a period is expected {@link #EXPECTED_RETURN} after the period
 * ends (monthly returns are made the following month, 001 §7.3 counts a missing one as a finding);
 * the data is stale when the return that follows the newest period is more than {@link #GRACE}
 * overdue. For monthly data as of 1 July, May's values are current; April's are current until
 * 31 July (May's return, due 30 June, a month late), and stale after.
 *
 * @param asOf the date the assessment is as of
 * @param newest the newest period with a value, if there is any data at all
 * @param staleAfter the last date on which the newest data counts as current, if there is data
 * @since 1.0.0
 */
public record DataAge(LocalDate asOf, Optional<org.qsurv.model.indicator.Period> newest,
    Optional<LocalDate> staleAfter) {
  /** How long after a period ends its return is expected. */
  public static final Period EXPECTED_RETURN = Period.ofMonths(1);
  /** How long an expected return may be late before the data counts as stale. */
  public static final Period GRACE = Period.ofMonths(1);

  /** Checks that every part is present and that the dates go with the newest period. */
  public DataAge {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(newest, "newest");
    Objects.requireNonNull(staleAfter, "staleAfter");
    if (newest.isPresent() != staleAfter.isPresent()) {
      throw new IllegalArgumentException("data age must have a stale-after date exactly when it "
          + "has a newest period, but had newest " + newest + " and stale after " + staleAfter);
    }
  }

  /** The age of data whose periods with values are {@code periods}, as of {@code asOf}. */
  public static DataAge of(LocalDate asOf, Collection<org.qsurv.model.indicator.Period> periods) {
    Optional<org.qsurv.model.indicator.Period> newest = periods.stream()
        .max(Comparator.comparing(org.qsurv.model.indicator.Period::end));
    return new DataAge(asOf, newest, newest.map(p -> p.next().end().plus(EXPECTED_RETURN)
        .plus(GRACE)));
  }

  /** Whether there is no data, or the newest is older than the policy allows. */
  public boolean stale() {
    return staleAfter.map(asOf::isAfter).orElse(true);
  }

  /** Days from the end of the newest period to the as-of date, if there is data. */
  public Optional<Long> daysOld() {
    return newest.map(p -> ChronoUnit.DAYS.between(p.end(), asOf));
  }
}
