package org.qsurv.app.report;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.qsurv.app.report.ReportDocument.Section;
import org.qsurv.model.indicator.IndicatorDefinition;
import org.qsurv.model.organisation.ProviderKind;
import org.qsurv.scoring.report.IconSummaryMatrix;

/**
 * Writes a {@link ReportDocument} as Markdown or as a standalone HTML page that prints well
 * (A4, headings kept with what follows, lists not split across pages). The date it is as of and
 * what was missing or stale come first in both. Every text of the report is escaped: Markdown's
 * own characters are backslash-escaped, so that a summary cannot turn into a link or a heading,
 * and HTML is escaped for its context.
 */
public final class ReportWriter {
  private static final Escaper HTML = HtmlEscapers.htmlEscaper();
  // Characters that make structure anywhere in a line, and list markers at its start.
  private static final Pattern MARKDOWN = Pattern.compile("[\\\\`*_\\[\\]<>#|~]");
  private static final Pattern LEADING_MARKER = Pattern.compile("^(\\d+)([.)])|^([-+=])");
  private static final String MISSING = "Missing or stale data";
  private static final String NOTHING_MISSING = "Nothing missing or stale: every provider in"
      + " this report has current returns or intelligence.";
  private static final String PRINT_CSS = """
      @page { size: A4; margin: 18mm 16mm; }
      body { font: 11pt/1.4 system-ui, "Segoe UI", Arial, "Liberation Sans", sans-serif; color: #000; max-width: 60em;
        margin: 1em auto; padding: 0 1em; }
      h1 { font-size: 1.6em; margin-bottom: 0.2em; }
      h2 { font-size: 1.25em; border-bottom: 1px solid #888; margin-top: 1.4em; }
      h3 { font-size: 1.05em; margin-top: 1em; }
      h1, h2, h3 { page-break-after: avoid; }
      li { page-break-inside: avoid; margin-bottom: 0.2em; }
      .as-of { font-weight: bold; }
      .missing { border: 2px solid #000; padding: 0.2em 1em; }
      @media print { body { max-width: none; margin: 0; padding: 0; } }
      @page matrix { size: A4 landscape; margin: 12mm 10mm; }
      .matrix { page: matrix; page-break-after: always; }
      /* The landscape page's width less its margins: the PDF engine keeps the portrait width. */
      @media print { .matrix { width: 277mm; } }
      .matrix table { border-collapse: collapse; font-size: 7pt; line-height: 1.2;
        width: 100%; table-layout: fixed; margin-bottom: 1em; }
      .matrix caption { text-align: left; font-weight: bold; }
      /* Each page of a table repeats its column headings (the PDF engine's own property). */
      .matrix table { -fs-table-paginate: paginate; }
      .matrix tr { page-break-inside: avoid; }
      .matrix th, .matrix td { border: 1px solid #000; padding: 2px 3px; vertical-align: top;
        text-align: left; word-wrap: break-word; }
      .matrix thead th { font-weight: bold; }
      .matrix .concern { border: 2px solid #000; font-weight: bold; }
      """;

  /**
   * The most indicators one table of the board pack's matrix has: with the provider column,
   * each cell keeps about thirty characters a line on a landscape A4 page.
   */
  static final int MATRIX_COLUMNS = 6;

  private ReportWriter() {}

  /** The report as Markdown. */
  public static String markdown(ReportDocument d) {
    StringBuilder md = new StringBuilder();
    md.append("# ").append(md(d.title())).append("\n\n");
    md.append("**As of ").append(d.asOf()).append("**. ").append(md(d.subtitle())).append("\n\n");
    md.append("## ").append(MISSING).append("\n\n");
    lines(md, d.missing(), NOTHING_MISSING);
    for (Section s : d.sections()) {
      md.append("#".repeat(s.depth())).append(' ').append(md(s.heading())).append("\n\n");
      lines(md, s.lines(), s.whenEmpty());
    }
    return md.toString();
  }

  /**
   * The report as a standalone HTML page with print styles. It is well-formed XML too (XHTML), so
   * that the PDF engine ({@link ReportPdf}) reads the very page a browser shows.
   */
  public static String html(ReportDocument d) {
    return html(d, Optional.empty());
  }

  /**
   * The board pack as one HTML page: the icon summary matrix first, on its own landscape page,
   * then the service area report.
   */
  public static String html(BoardPack pack) {
    return html(pack.report(), Optional.of(pack.matrix()));
  }

  private static String html(ReportDocument d, Optional<IconSummaryMatrix> firstPage) {
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\" />\n")
        .append("<title>").append(HTML.escape(d.title())).append(" as of ").append(d.asOf())
        .append("</title>\n<meta name=\"description\" content=\"")
        .append(HTML.escape(d.subtitle())).append("\" />\n<style>\n").append(PRINT_CSS).append("</style>\n</head>\n<body>\n")
        .append(firstPage.isPresent() ? "<div class=\"matrix\">\n" : "")
        .append("<h1>").append(HTML.escape(d.title())).append("</h1>\n")
        .append("<p><span class=\"as-of\">As of <time datetime=\"").append(d.asOf())
        .append("\">").append(d.asOf()).append("</time></span>. ")
        .append(HTML.escape(d.subtitle())).append("</p>\n");
    firstPage.ifPresent(m -> matrix(h, m, d.missing()));
    h.append("<section class=\"missing\">\n<h2>").append(MISSING).append("</h2>\n");
    items(h, d.missing(), NOTHING_MISSING);
    h.append("</section>\n");
    for (Section s : d.sections()) {
      h.append("<h").append(s.depth()).append('>').append(HTML.escape(s.heading()))
          .append("</h").append(s.depth()).append(">\n");
      items(h, s.lines(), s.whenEmpty());
    }
    return h.append("</body>\n</html>\n").toString();
  }

  /**
   * The icon summary matrix as tables with row and column headers, each cell's icons in words
   * (no colour or image carries meaning), a concerning cell marked in words too; what was missing
   * or stale is repeated under it, so that the first page alone does not pass old data as current.
   *
   * <p>A table per kind of provider (each kind is a service area of its own on the matrix page),
   * in the order the matrix puts its first provider (most concerning first), with the indicators
   * its providers have, at most {@link #MATRIX_COLUMNS} to a table, the providers repeated in
   * each: every value of the matrix is there, each cell legible on a landscape page; only the
   * columns of indicators no provider of the kind has are left out. The one table of every
   * indicator across had 88 columns for the demo, 16,659 of its 18,832 cells "No data" and each
   * a letter wide: over 300 landscape pages, and most of the PDF's CPU.
   */
  private static void matrix(StringBuilder h, IconSummaryMatrix m, List<String> missing) {
    h.append("<section aria-labelledby=\"matrix\">\n<h2 id=\"matrix\">")
        .append("Icon summary matrix: ").append(HTML.escape(m.serviceArea())).append(" as of ")
        .append(m.asOf()).append("</h2>\n");
    if (!missing.isEmpty()) {
      h.append("<p><strong>").append(MISSING).append(": ").append(missing.size())
          .append(missing.size() == 1 ? " item" : " items")
          .append(", listed after this page.</strong></p>\n");
    }
    if (m.rows().isEmpty()) {
      h.append("<p>No provider in this service area.</p>\n</section>\n</div>\n");
      return;
    }
    h.append("<p>A table for each kind of provider, the kind with the most concerning provider"
        + " first; in each, the indicators its providers have (at most ").append(MATRIX_COLUMNS)
        .append(" to a table) and the most concerning providers first. Each cell is the latest"
        + " point of the indicator: value and period, variation and assurance (Making Data"
        + " Count).</p>\n");
    Map<ProviderKind, List<IconSummaryMatrix.Row>> byKind = new LinkedHashMap<>();
    for (IconSummaryMatrix.Row row : m.rows()) {
      byKind.computeIfAbsent(row.provider().kind(), k -> new ArrayList<>()).add(row);
    }
    byKind.forEach((kind, rows) -> {
      List<Integer> columns = IntStream.range(0, m.indicators().size())
          .filter(k -> rows.stream().anyMatch(r -> r.cells().get(k).isPresent())).boxed()
          .toList();
      h.append("<h3>").append(kind).append(": ").append(rows.size())
          .append(rows.size() == 1 ? " provider, " : " providers, ").append(columns.size())
          .append(columns.size() == 1 ? " indicator" : " indicators").append("</h3>\n");
      if (columns.isEmpty()) {
        h.append("<p>No indicator data for:</p>\n");
        items(h, rows.stream().map(r -> r.provider().code().value() + " "
            + r.provider().name()).toList(), "");
        return;
      }
      for (int from = 0; from < columns.size(); from += MATRIX_COLUMNS) {
        int to = Math.min(from + MATRIX_COLUMNS, columns.size());
        h.append("<table>\n<caption>").append(kind).append(", indicators ").append(from + 1)
            .append(" to ").append(to).append(" of ").append(columns.size())
            .append(": latest point of each indicator; most concerning providers first")
            .append("</caption>\n<thead><tr><th scope=\"col\">Provider</th>");
        for (int k : columns.subList(from, to)) {
          IndicatorDefinition i = m.indicators().get(k);
          h.append("<th scope=\"col\">").append(HTML.escape(i.name())).append(" (")
              .append(HTML.escape(i.id().value())).append(")</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        for (IconSummaryMatrix.Row row : rows) {
          h.append("<tr><th scope=\"row\">").append(HTML.escape(row.provider().code().value()))
              .append(' ').append(HTML.escape(row.provider().name())).append("</th>");
          for (int k : columns.subList(from, to)) {
            cell(h, row.cells().get(k));
          }
          h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n");
      }
    });
    h.append("</section>\n</div>\n");
  }

  private static void cell(StringBuilder h, Optional<IconSummaryMatrix.Cell> cell) {
    if (cell.isEmpty()) {
      h.append("<td>No data</td>");
      return;
    }
    IconSummaryMatrix.Cell c = cell.get();
    h.append(c.concerning() ? "<td class=\"concern\">Concern: " : "<td>")
        .append(HTML.escape(number(c.value()))).append(" (")
        .append(HTML.escape(c.period().toString())).append("); ")
        .append(HTML.escape(c.variationText())).append("; ")
        .append(HTML.escape(c.assuranceText())).append("</td>");
  }

  private static String number(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d)
        : Double.toString(d);
  }

  private static void lines(StringBuilder md, java.util.List<String> lines, String whenEmpty) {
    if (lines.isEmpty()) {
      if (!whenEmpty.isEmpty()) {
        md.append(md(whenEmpty)).append("\n\n");
      }
      return;
    }
    for (String line : lines) {
      md.append("- ").append(md(line)).append('\n');
    }
    md.append('\n');
  }

  private static void items(StringBuilder h, java.util.List<String> lines, String whenEmpty) {
    if (lines.isEmpty()) {
      if (!whenEmpty.isEmpty()) {
        h.append("<p>").append(HTML.escape(whenEmpty)).append("</p>\n");
      }
      return;
    }
    h.append("<ul>\n");
    for (String line : lines) {
      h.append("<li>").append(HTML.escape(line)).append("</li>\n");
    }
    h.append("</ul>\n");
  }

  /**
   * Text with the Markdown characters that could make a link, emphasis, HTML, a heading, a table
   * or a list escaped, and line breaks made spaces, so that it stays one line of text.
   */
  static String md(String text) {
    String escaped = MARKDOWN.matcher(text.replaceAll("[\\r\\n]+", " "))
        .replaceAll(m -> Matcher.quoteReplacement("\\" + m.group()));
    return LEADING_MARKER.matcher(escaped).replaceFirst(m -> Matcher.quoteReplacement(
        m.group(3) != null ? "\\" + m.group(3) : m.group(1) + "\\" + m.group(2)));
  }
}
