package org.qsurv.scoring.assurance;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.qsurv.model.organisation.OrganisationCode;

/**
 * A provider's current level of assurance as of a date (001 §7.1), what it rests on, and what
 * would move it: the deep-dive triggers that fired, an unannounced visit that intelligence calls
 * for, or the date a Level 2 assurance lapses.
 *
 * @param provider the provider
 * @param asOf the date it is as of
 * @param level the highest level the evidence gives
 * @param basis what the level rests on, each naming its evidence and date
 * @param toMove what would move it, up or down, each with its source
 * @since 1.0.0
 */
public record LevelOfAssurance(OrganisationCode provider, LocalDate asOf, AssuranceLevel level,
    ImmutableList<String> basis, ImmutableList<String> toMove) {

  /** A level of assurance; the lists are copied. */
  public LevelOfAssurance(OrganisationCode provider, LocalDate asOf, AssuranceLevel level,
      List<String> basis, List<String> toMove) {
    this(provider, asOf, level, ImmutableList.copyOf(basis), ImmutableList.copyOf(toMove));
  }

  /** Checks that every part is present. */
  public LevelOfAssurance {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(toMove, "toMove");
  }
}
