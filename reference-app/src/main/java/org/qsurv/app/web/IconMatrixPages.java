package org.qsurv.app.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.qsurv.app.port.Ports;
import org.qsurv.app.web.chart.MdcIcons;
import org.qsurv.app.web.forms.FieldValues;
import org.qsurv.app.web.html.Labels;
import org.qsurv.app.web.html.MatrixRow;
import org.qsurv.app.web.html.Section;
import org.qsurv.app.web.html.Templates;
import org.qsurv.app.web.html.UrlPath;
import org.qsurv.model.indicator.IndicatorId;
import org.qsurv.model.organisation.Provider;
import org.qsurv.model.organisation.ProviderKind;
import org.qsurv.scoring.assessment.IndicatorAssessment;
import org.qsurv.scoring.assessment.ProviderAssessment;
import org.qsurv.scoring.report.IconSummaryMatrix;

/**
 * The icon summary matrix of a service area (a kind of provider), a board's first page (MDC
 * summary table): providers down, indicators across, each cell the latest value with its
 * variation and assurance icons and their words; sorted by concerning cells (default) or by
 * provider ({@code ?sort=concerning} or {@code provider}), by links, no script; printable; the
 * same data as CSV at {@code /reports/icon-matrix.csv} (formula guard: {@code CsvCells}). Each
 * icon is drawn once in the page as a symbol that the cells use ({@link MdcIcons#symbols()}), so
 * that a matrix of hundreds of cells stays small for the browser and for accessibility checks.
 * An area or sort that is not one answers 400 naming the field and the value.
 */
final class IconMatrixPages {
  private final Ports ports;
  private final Assessments assessments;

  IconMatrixPages(Ports ports, Assessments assessments) {
    this.ports = ports;
    this.assessments = assessments;
  }

  /** The area and order a request asks for, or why it cannot be read. */
  private record Asked(ProviderKind area, IconSummaryMatrix.Order order) {}

  /** GET /reports/icon-matrix. */
  void page(Context ctx) {
    List<ProviderKind> kinds = kinds();
    Asked choice;
    try {
      choice = choice(ctx, kinds);
    } catch (FieldValues.Refused e) {
      Pages.render(ctx, 400, "Icon summary matrix", Optional.of(Section.QUALITY_REPORT),
          Pages.paragraph("The matrix was not shown: " + e.getMessage()));
      return;
    }
    IconSummaryMatrix m = matrix(choice);
    Map<String, Object> model = new HashMap<>();
    model.put("matrix", m);
    model.put("rows", assessments.derived("icon-matrix-rows:" + choice.area() + ":"
        + choice.order(), () -> rows(m)));
    model.put("symbols", MdcIcons.symbols());
    model.put("periods", periods(m));
    model.put("area", choice.area().name());
    model.put("sort", sortName(choice.order()));
    model.put("areas", kinds.stream().map(k -> new org.qsurv.app.web.html.Choice(k.name(),
        Labels.words(k))).toList());
    model.put("csv", UrlPath.withQuery("/reports/icon-matrix.csv", "area", choice.area().name(),
        "sort", sortName(choice.order())));
    Pages.render(ctx, "Icon summary matrix: " + Labels.words(choice.area()),
        Section.QUALITY_REPORT, "system/icon-matrix.jte", model);
  }

  /** GET /reports/icon-matrix.csv. */
  void csv(Context ctx) {
    Asked choice;
    try {
      choice = choice(ctx, kinds());
    } catch (FieldValues.Refused e) {
      ctx.status(400).contentType("text/plain; charset=utf-8").result(e.getMessage() + "\n");
      return;
    }
    ctx.header("Content-Disposition", "attachment; filename=\"icon-matrix-"
        + choice.area().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ".csv\"")
        .contentType("text/csv; charset=utf-8").result(matrix(choice).csv());
  }

  private List<ProviderKind> kinds() {
    return assessments.derived("provider-kinds", () -> ports.directory().providers().stream()
        .map(Provider::kind).distinct().sorted().toList());
  }

  private static Asked choice(Context ctx, List<ProviderKind> kinds) {
    String area = Pages.query(ctx, "area");
    String sort = Pages.query(ctx, "sort");
    ProviderKind kind = area.isEmpty() ? kinds.stream().findFirst().orElse(ProviderKind.ACUTE)
        : FieldValues.oneOf("area", area, ProviderKind.class);
    String order = sort.isEmpty() ? "concerning"
        : FieldValues.oneOf("sort", sort, List.of("concerning", "provider"));
    return new Asked(kind, order.equals("provider") ? IconSummaryMatrix.Order.PROVIDER
        : IconSummaryMatrix.Order.CONCERNING_CELLS);
  }

  private static String sortName(IconSummaryMatrix.Order order) {
    return order == IconSummaryMatrix.Order.PROVIDER ? "provider" : "concerning";
  }

  private IconSummaryMatrix matrix(Asked choice) {
    return assessments.derived("icon-matrix:" + choice.area() + ":" + choice.order(),
        () -> IconSummaryMatrix.of(Labels.words(choice.area()), Set.of(choice.area()),
            assessments.snapshot(), assessments.current(), choice.order()));
  }

  /** Each column's most common latest period, shown once under its heading. */
  private static List<String> periods(IconSummaryMatrix m) {
    List<String> periods = new ArrayList<>();
    for (int k = 0; k < m.indicators().size(); k++) {
      Map<String, Integer> counts = new HashMap<>();
      for (IconSummaryMatrix.Row row : m.rows()) {
        row.cells().get(k).ifPresent(c -> counts.merge(c.period().toString(), 1, Integer::sum));
      }
      periods.add(counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
          .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(""));
    }
    return periods;
  }

  private List<MatrixRow> rows(IconSummaryMatrix m) {
    List<MatrixRow> rows = new ArrayList<>();
    for (IconSummaryMatrix.Row row : m.rows()) {
      Map<IndicatorId, IndicatorAssessment> assessed = new HashMap<>();
      assessments.provider(row.provider().code()).map(ProviderAssessment::quality)
          .ifPresent(q -> q.indicators().forEach(i -> assessed.put(i.id(), i)));
      List<Optional<MatrixRow.Cell>> cells = new ArrayList<>();
      for (Optional<IconSummaryMatrix.Cell> cell : row.cells()) {
        cells.add(cell.map(c -> view(c, Optional.ofNullable(assessed.get(c.indicator())))));
      }
      rows.add(new MatrixRow(row.provider(), row.concerningCells(), cells));
    }
    return rows;
  }

  private static MatrixRow.Cell view(IconSummaryMatrix.Cell c, Optional<IndicatorAssessment> i) {
    var variation = Charts.variation(c.variation());
    var direction = i.flatMap(a -> Charts.direction(a.value(), a.spc().limits()));
    return new MatrixRow.Cell(Labels.number(c.value()), c.period().toString(),
        MdcIcons.symbolId(variation, direction), c.variationText(),
        MdcIcons.symbolId(Charts.assurance(c.assurance())), c.assuranceText(), c.concerning());
  }
}
