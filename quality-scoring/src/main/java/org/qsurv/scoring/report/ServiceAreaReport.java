package org.qsurv.scoring.report;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Objects;
import org.qsurv.model.organisation.ProviderKind;
import org.qsurv.model.surveillance.Level;

/**
 * The bi-monthly quality report of one service area (004 §4.4): a section for routine, one for
 * enhanced and one for intensive, each provider in insight, involvement and improvement; the
 * assurance on statutory and regulatory responsibilities; the date it is as of; and what was
 * missing, so that no reader takes old data for current.
 *
 * @param serviceArea the service area's name, e.g. "Acute and independent services"
 * @param kinds the provider kinds the area covers
 * @param asOf the date the report is as of
 * @param routine the routine section
 * @param enhanced the enhanced section
 * @param intensive the intensive section
 * @param statutoryAssurance the assurance on statutory and regulatory responsibilities:
 *     regulator ratings, enforcement with no enhanced case, system risks
 * @param missing what the report lacks: returns not received, providers with no data
 * @since 1.0.0
 */
public record ServiceAreaReport(String serviceArea, ImmutableSet<ProviderKind> kinds,
    LocalDate asOf, ImmutableList<ProviderReport> routine, ImmutableList<ProviderReport> enhanced,
    ImmutableList<ProviderReport> intensive, ImmutableList<String> statutoryAssurance,
    ImmutableList<String> missing) {

  /** Checks that every part is present. */
  public ServiceAreaReport {
    Objects.requireNonNull(serviceArea, "serviceArea");
    Objects.requireNonNull(kinds, "kinds");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(routine, "routine");
    Objects.requireNonNull(enhanced, "enhanced");
    Objects.requireNonNull(intensive, "intensive");
    Objects.requireNonNull(statutoryAssurance, "statutoryAssurance");
    Objects.requireNonNull(missing, "missing");
  }

  /** The section of providers at {@code level}. */
  public ImmutableList<ProviderReport> section(Level level) {
    return switch (level) {
      case ROUTINE -> routine;
      case ENHANCED -> enhanced;
      case INTENSIVE -> intensive;
    };
  }
}
