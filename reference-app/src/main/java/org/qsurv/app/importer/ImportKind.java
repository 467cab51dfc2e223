package org.qsurv.app.importer;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.qsurv.app.csv.RiskCsv;

/**
 * What a file to import holds, and for CSV its columns (a header row is required; column names are
 * matched ignoring case, spaces, hyphens and underscores, so {@code last_reviewed},
 * {@code Last Reviewed} and {@code lastReviewed} are one column).
 */
public enum ImportKind {
  /**
   * Indicator returns. Columns: {@code provider}, {@code indicator}, {@code period}
   * ({@code YYYY-MM} or {@code YYYY-Qn}, as the indicator's frequency), {@code value} (a number;
   * empty for a return that was due and not made); optional {@code numerator},
   * {@code denominator}.
   */
  OBSERVATIONS(ImmutableList.of("provider", "indicator", "period", "value"),
      ImmutableList.of("numerator", "denominator")),
  /**
   * Intelligence items. Columns: {@code id}, {@code provider}, {@code received}
   * ({@code YYYY-MM-DD}), {@code source}, {@code nature} ({@code HARD} or {@code SOFT}),
   * {@code domain}, {@code summary}; optional {@code reported_by}, {@code sensitive}
   * ({@code true}/{@code false}, {@code yes}/{@code no}).
   */
  INTELLIGENCE(ImmutableList.of("id", "provider", "received", "source", "nature", "domain",
      "summary"), ImmutableList.of("reported_by", "sensitive")),
  /** Risks: the columns of {@link RiskCsv}, of which {@link RiskCsv#REQUIRED} are required. */
  RISKS(RiskCsv.REQUIRED, ImmutableList.copyOf(RiskCsv.COLUMNS.stream()
      .filter(c -> !RiskCsv.REQUIRED.contains(c)).iterator())),
  /** A whole surveillance snapshot in the v1 JSON exchange format (SNAPSHOT.md). */
  SNAPSHOT(ImmutableList.of(), ImmutableList.of());

  private final ImmutableList<String> required;
  private final ImmutableList<String> optional;

  ImportKind(ImmutableList<String> required, ImmutableList<String> optional) {
    this.required = required;
    this.optional = optional;
  }

  /** The columns a CSV of this kind must have. */
  public ImmutableList<String> requiredColumns() {
    return required;
  }

  /** The columns a CSV of this kind may have. */
  public ImmutableList<String> optionalColumns() {
    return optional;
  }

  /** A column name as matched: lower case, letters and digits only. */
  static String normalise(String column) {
    return column.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }

  /**
   * The kind of a file: a snapshot if its name ends {@code .json}, otherwise the CSV kind whose
   * required columns its header has (observations have a period, intelligence a received date,
   * risks a likelihood).
   */
  static Optional<ImportKind> detect(String fileName, List<String> header) {
    if (fileName.toLowerCase(Locale.ROOT).endsWith(".json")) {
      return Optional.of(SNAPSHOT);
    }
    List<String> names = header.stream().map(ImportKind::normalise).toList();
    for (ImportKind kind : List.of(OBSERVATIONS, INTELLIGENCE, RISKS)) {
      if (kind.required.stream().map(ImportKind::normalise).allMatch(names::contains)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
