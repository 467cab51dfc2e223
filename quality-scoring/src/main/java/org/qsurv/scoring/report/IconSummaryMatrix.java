package org.qsurv.scoring.report;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.qsurv.model.Checks;
import org.qsurv.model.CsvCells;
import org.qsurv.model.indicator.IndicatorDefinition;
import org.qsurv.model.indicator.IndicatorId;
import org.qsurv.model.indicator.Period;
import org.qsurv.model.indicator.Polarity;
import org.qsurv.model.organisation.Provider;
import org.qsurv.model.organisation.ProviderKind;
import org.qsurv.model.snapshot.Snapshot;
import org.qsurv.scoring.assessment.Assessment;
import org.qsurv.scoring.assessment.IndicatorAssessment;
import org.qsurv.scoring.assessment.ProviderAssessment;
import org.qsurv.scoring.spc.Assurance;
import org.qsurv.scoring.spc.Variation;

/**
 * The icon summary matrix of one service area, a board's first page: providers down, indicators
 * across, each cell the <em>Making Data Count</em> variation and assurance icons of the
 * indicator's latest point with its value and period (MDC summary table), empty where a provider
 * has no such indicator. Every icon has its text equivalent, so that the matrix reads the same
 * without colour or images, and the same data renders as CSV.
 *
 * <pre>{@code
 * IconSummaryMatrix m = IconSummaryMatrix.of("Acute", Set.of(ProviderKind.ACUTE), snapshot,
 *     assessment, IconSummaryMatrix.Order.CONCERNING_CELLS);
 * m.rows().get(0).provider();     // the provider with the most concerning cells
 * String csv = m.csv();
 * }</pre>
 *
 * @param serviceArea the service area's name
 * @param kinds the provider kinds the area covers, as {@link ServiceAreaReport} takes them
 * @param asOf the date the matrix is as of: the assessment's
 * @param indicators the columns: the indicators any provider of the area has a latest point of,
 *     in snapshot order
 * @param rows the providers of the area, in the order asked for
 * @since 1.0.0
 */
public record IconSummaryMatrix(String serviceArea, ImmutableSet<ProviderKind> kinds,
    LocalDate asOf, ImmutableList<IndicatorDefinition> indicators, ImmutableList<Row> rows) {

  /**
   * How the rows are sorted; both are stable, so equal rows keep the order of the snapshot.
   *
   * @since 1.0.0
   */
  public enum Order {
    /** By provider name, then code. */
    PROVIDER,
    /**
     * Most concerning cells first ({@link Cell#concerning()}), then by provider name and code:
     * where a board should look first.
     */
    CONCERNING_CELLS
  }

  /**
   * One provider's row: a cell per column of the matrix, empty where it has no such indicator.
   *
   * @param provider the provider
   * @param cells one per column of {@link #indicators()}, in the same order
   * @since 1.0.0
   */
  public record Row(Provider provider, ImmutableList<Optional<Cell>> cells) {
    /** Checks that every part is present. */
    public Row {
      Objects.requireNonNull(provider, "row provider");
      Objects.requireNonNull(cells, "row cells");
    }

    /** How many of its cells are concerning. */
    public int concerningCells() {
      return (int) cells.stream().flatMap(Optional::stream).filter(Cell::concerning).count();
    }
  }

  /**
   * One provider's indicator at its latest point: value, period and the two icons.
   *
   * @param indicator the indicator
   * @param period the latest period with a value
   * @param value the value of that period
   * @param variation the variation icon of the latest point
   * @param assurance the assurance icon
   * @param variationText the variation icon in words, as MDC names it
   * @param assuranceText the assurance icon in words, as MDC names it
   * @since 1.0.0
   */
  public record Cell(IndicatorId indicator, Period period, double value, Variation variation,
      Assurance assurance, String variationText, String assuranceText) {
    /** Checks that every part is present and the value is finite. */
    public Cell {
      Objects.requireNonNull(indicator, "cell indicator");
      Objects.requireNonNull(period, "cell period");
      Checks.finite("cell value", value);
      Objects.requireNonNull(variation, "cell variation");
      Objects.requireNonNull(assurance, "cell assurance");
      Checks.notBlank("cell variationText", variationText);
      Checks.notBlank("cell assuranceText", assuranceText);
    }

    /**
     * Whether a board should look at it: special cause concerning variation, or a process
     * consistently falling short of its target (MDC).
     */
    public boolean concerning() {
      return variation == Variation.SPECIAL_CAUSE_CONCERN
          || assurance == Assurance.CONSISTENT_FAIL;
    }
  }

  /** Checks that every part is present and each row has a cell per column. */
  public IconSummaryMatrix {
    Checks.notBlank("service area name", serviceArea);
    Objects.requireNonNull(kinds, "kinds");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(indicators, "indicators");
    Objects.requireNonNull(rows, "rows");
    for (Row row : rows) {
      Checks.check(row.cells().size() == indicators.size(), () -> "row of " + row.provider().code()
          + " has " + row.cells().size() + " cells but the matrix has " + indicators.size()
          + " indicators");
    }
  }

  /**
   * The matrix of the providers of {@code kinds} in {@code assessment} (an assessment of
   * {@code snapshot}), sorted by {@code order}.
   *
   * @throws IllegalArgumentException if the assessment is not of the snapshot's date
   */
  public static IconSummaryMatrix of(String serviceArea, Set<ProviderKind> kinds,
      Snapshot snapshot, Assessment assessment, Order order) {
    Checks.check(assessment.asOf().equals(snapshot.asOf()), () -> "the assessment is as of "
        + assessment.asOf() + " but the snapshot as of " + snapshot.asOf());
    List<ProviderAssessment> inScope = new ArrayList<>();
    Set<IndicatorId> seen = new LinkedHashSet<>();
    for (ProviderAssessment p : assessment.providers()) {
      if (kinds.contains(snapshot.provider(p.code()).orElseThrow().kind())) {
        inScope.add(p);
        p.quality().indicators().forEach(i -> seen.add(i.id()));
      }
    }
    ImmutableList<IndicatorDefinition> columns = snapshot.indicators().stream()
        .filter(d -> seen.contains(d.id())).collect(ImmutableList.toImmutableList());
    List<Row> rows = new ArrayList<>();
    for (ProviderAssessment p : inScope) {
      Map<IndicatorId, IndicatorAssessment> byId = new HashMap<>();
      p.quality().indicators().forEach(i -> byId.put(i.id(), i));
      ImmutableList.Builder<Optional<Cell>> cells = ImmutableList.builder();
      for (IndicatorDefinition d : columns) {
        cells.add(Optional.ofNullable(byId.get(d.id())).map(i -> cell(d, i)));
      }
      rows.add(new Row(snapshot.provider(p.code()).orElseThrow(), cells.build()));
    }
    return new IconSummaryMatrix(serviceArea, ImmutableSet.copyOf(kinds), assessment.asOf(),
        columns, ImmutableList.copyOf(rows)).sorted(order);
  }

  /** The same matrix with its rows sorted by {@code order} (a stable sort). */
  public IconSummaryMatrix sorted(Order order) {
    Comparator<Row> byProvider = Comparator.comparing((Row r) -> r.provider().name())
        .thenComparing(r -> r.provider().code().value());
    Comparator<Row> comparator = switch (order) {
      case PROVIDER -> byProvider;
      case CONCERNING_CELLS -> Comparator.comparingInt(Row::concerningCells).reversed()
          .thenComparing(byProvider);
    };
    return new IconSummaryMatrix(serviceArea, kinds, asOf, indicators,
        ImmutableList.sortedCopyOf(comparator, rows));
  }

  /**
   * The matrix as CSV (RFC 4180, CRLF): a header, then a record per row; four columns per
   * indicator (period, value, variation, assurance, the icons in words), blank for an empty
   * cell. Cells are guarded against spreadsheet formulas as every qsurv CSV is ({@link CsvCells}).
   */
  public String csv() {
    StringBuilder out = new StringBuilder();
    List<String> header = new ArrayList<>(List.of("provider", "name"));
    for (IndicatorDefinition d : indicators) {
      String id = d.id().value();
      header.addAll(List.of(id + " period", id + " value", id + " variation", id + " assurance"));
    }
    record(out, header);
    for (Row row : rows) {
      List<String> cells = new ArrayList<>(List.of(row.provider().code().value(),
          row.provider().name()));
      for (Optional<Cell> cell : row.cells()) {
        if (cell.isPresent()) {
          Cell c = cell.get();
          cells.addAll(List.of(c.period().toString(), number(c.value()), c.variationText(),
              c.assuranceText()));
        } else {
          cells.addAll(List.of("", "", "", ""));
        }
      }
      record(out, cells);
    }
    return out.toString();
  }

  private static void record(StringBuilder out, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      out.append(i == 0 ? "" : ",").append(CsvCells.field(cells.get(i)));
    }
    out.append("\r\n");
  }

  private static Cell cell(IndicatorDefinition d, IndicatorAssessment i) {
    return new Cell(i.id(), i.period(), i.value(), i.variation(), i.assurance(),
        variationText(i.variation(), d.polarity(), high(i)), assuranceText(i.assurance()));
  }

  /**
   * Whether the latest point's special cause is high: for a concern or an improvement the
   * polarity says (a concern on a lower-is-better indicator is high); for a neutral indicator,
   * whether the latest value is above the mean of its limits.
   */
  private static boolean high(IndicatorAssessment i) {
    return i.spc().limits().map(l -> i.value() > l.mean()).orElse(false);
  }

  /** The variation icon in words, as MDC's icons are named. */
  static String variationText(Variation variation, Polarity polarity, boolean aboveMean) {
    boolean lowerIsBetter = polarity == Polarity.LOWER_IS_BETTER;
    return switch (variation) {
      case COMMON_CAUSE -> "Common cause variation";
      case SPECIAL_CAUSE_CONCERN -> "Special cause concerning variation - "
          + (lowerIsBetter ? "high" : "low");
      case SPECIAL_CAUSE_IMPROVEMENT -> "Special cause improving variation - "
          + (lowerIsBetter ? "low" : "high");
      case SPECIAL_CAUSE_NEUTRAL -> "Special cause neither improving nor concerning variation - "
          + (aboveMean ? "high" : "low");
      case NOT_ENOUGH_DATA -> "Not enough data for SPC limits";
    };
  }

  /** The assurance icon in words, as MDC's icons are named. */
  static String assuranceText(Assurance assurance) {
    return switch (assurance) {
      case CONSISTENT_PASS -> "Variation indicates consistently passing the target";
      case CONSISTENT_FAIL -> "Variation indicates consistently falling short of the target";
      case INCONSISTENT -> "Variation indicates inconsistently passing and falling short of the"
          + " target";
      case NONE -> "No target assurance (no target, or not enough data)";
    };
  }

  private static String number(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
  }
}
