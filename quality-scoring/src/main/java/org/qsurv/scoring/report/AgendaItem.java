package org.qsurv.scoring.report;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.qsurv.model.organisation.Provider;
import org.qsurv.model.surveillance.Level;

/**
 * One provider tabled at the Quality Surveillance Group: its level, since when, what the evidence
 * now advises, and what changed since the group last met.
 *
 * @param provider the provider
 * @param level its level of surveillance (enhanced or intensive)
 * @param levelSince the date of the decision that set it, if known
 * @param advised the level the evidence advises now
 * @param changes what changed since the last agenda; "first tabled" when it was not on it
 * @since 1.0.0
 */
public record AgendaItem(Provider provider, Level level, Optional<LocalDate> levelSince,
    Level advised, ImmutableList<String> changes) {

  /** An item; the changes are copied. */
  public AgendaItem(Provider provider, Level level, Optional<LocalDate> levelSince, Level advised,
      List<String> changes) {
    this(provider, level, levelSince, advised, ImmutableList.copyOf(changes));
  }

  /** Checks that every part is present. */
  public AgendaItem {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(levelSince, "levelSince");
    Objects.requireNonNull(advised, "advised");
    Objects.requireNonNull(changes, "changes");
  }
}
