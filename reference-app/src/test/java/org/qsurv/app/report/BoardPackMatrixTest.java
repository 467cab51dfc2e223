package org.qsurv.app.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.qsurv.model.framework.QualityDomain;
import org.qsurv.model.indicator.Frequency;
import org.qsurv.model.indicator.IndicatorDefinition;
import org.qsurv.model.indicator.IndicatorId;
import org.qsurv.model.indicator.Period;
import org.qsurv.model.indicator.Polarity;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.organisation.Provider;
import org.qsurv.model.organisation.ProviderKind;
import org.qsurv.scoring.report.IconSummaryMatrix;
import org.qsurv.scoring.report.IconSummaryMatrix.Cell;
import org.qsurv.scoring.report.IconSummaryMatrix.Row;
import org.qsurv.scoring.spc.Assurance;
import org.qsurv.scoring.spc.Variation;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The board pack's first pages (004 §4.4; MDC summary table): the icon summary matrix as a table
 * for each kind of provider, at most {@link ReportWriter#MATRIX_COLUMNS} indicators to a table,
 * so that every cell stays legible on a landscape page (hazard H56) and the PDF is made in
 * seconds. For any matrix, every value it holds is in the pack once, where its provider's row
 * meets its indicator's column, in words; every provider is there; a concerning cell says so.
 */
class BoardPackMatrixTest {
  private static final LocalDate AS_OF = LocalDate.of(2025, 7, 1);

  /** A table of the pack as read back: its column headings and its rows, heading first. */
  private record Table(List<String> columns, List<List<String>> rows) {}

  @Property
  void everyValueOfTheMatrixIsInThePackOnceWhereItsRowMeetsItsColumn(
      @ForAll("matrices") IconSummaryMatrix m) throws Exception {
    Document page = page(m);
    List<Table> tables = tables(page);
    Map<String, Map<String, String>> found = new HashMap<>();
    for (Table t : tables) {
      assertTrue(t.columns().size() - 1 <= ReportWriter.MATRIX_COLUMNS, t.columns().toString());
      assertEquals("Provider", t.columns().get(0));
      for (List<String> row : t.rows()) {
        for (int c = 1; c < row.size(); c++) {
          if (!row.get(c).equals("No data")) {
            String before = found.computeIfAbsent(row.get(0), r -> new HashMap<>())
                .put(t.columns().get(c), row.get(c));
            assertEquals(null, before, "a value is in the pack once: " + row.get(0));
          }
        }
      }
    }
    Map<String, Map<String, String>> expected = new HashMap<>();
    for (Row row : m.rows()) {
      for (int k = 0; k < m.indicators().size(); k++) {
        IndicatorDefinition d = m.indicators().get(k);
        row.cells().get(k).ifPresent(c -> expected.computeIfAbsent(name(row.provider()),
            r -> new HashMap<>()).put(d.name() + " (" + d.id().value() + ")", words(c)));
      }
    }
    assertEquals(expected, found);
  }

  /**
   * Each table is of one kind of provider: all its providers, in the matrix's order (most
   * concerning first), and only the indicators some of them have; the first table is of the
   * matrix's first provider's kind. A kind whose providers have no indicator lists them instead.
   */
  @Property
  void eachTableIsOneKindWholeInTheMatrixOrderWithItsOwnIndicators(
      @ForAll("matrices") IconSummaryMatrix m) throws Exception {
    Document page = page(m);
    List<Table> tables = tables(page);
    Map<String, ProviderKind> kindOf = new HashMap<>();
    m.rows().forEach(r -> kindOf.put(name(r.provider()), r.provider().kind()));
    Set<String> shown = new HashSet<>();
    for (Table t : tables) {
      List<String> providers = t.rows().stream().map(r -> r.get(0)).toList();
      ProviderKind kind = kindOf.get(providers.get(0));
      assertEquals(m.rows().stream().filter(r -> r.provider().kind() == kind)
          .map(r -> name(r.provider())).toList(), providers);
      for (int c = 1; c < t.columns().size(); c++) {
        int column = c;
        assertTrue(t.rows().stream().anyMatch(r -> !r.get(column).equals("No data")),
            "no column is empty: " + t.columns().get(c));
      }
      shown.addAll(providers);
    }
    if (!m.rows().isEmpty() && !tables.isEmpty()) {
      ProviderKind firstWithData = m.rows().stream().map(r -> r.provider().kind())
          .filter(k -> m.rows().stream().anyMatch(r -> r.provider().kind() == k
              && r.cells().stream().anyMatch(Optional::isPresent)))
          .findFirst().orElseThrow();
      assertEquals(firstWithData, kindOf.get(tables.get(0).rows().get(0).get(0)));
    }
    NodeList items = page.getElementsByTagName("li");
    for (int i = 0; i < items.getLength(); i++) {
      shown.add(items.item(i).getTextContent());
    }
    assertEquals(kindOf.keySet(), shown, "every provider is in the pack");
  }

  @Provide
  Arbitrary<IconSummaryMatrix> matrices() {
    Arbitrary<Cell> cells = Combinators.combine(Arbitraries.of(Variation.class),
        Arbitraries.of(Assurance.class), Arbitraries.integers().between(-500, 500))
        .as((v, a, value) -> new Cell(IndicatorId.of("draft"), Period.month(2025, 6),
            value / 4.0, v, a, "variation " + v, "assurance " + a));
    return Arbitraries.integers().between(1, 14).flatMap(columns -> Combinators.combine(
            Arbitraries.of(ProviderKind.class),
            cells.optional(0.4).list().ofSize(columns))
        .as(RowDraft::new).list().ofMaxSize(12)
        .map(rows -> matrix(columns, rows)));
  }

  private record RowDraft(ProviderKind kind, List<Optional<Cell>> cells) {}

  private static IconSummaryMatrix matrix(int columns, List<RowDraft> drafts) {
    List<IndicatorDefinition> indicators = IntStream.range(0, columns)
        .mapToObj(k -> IndicatorDefinition.builder().id(IndicatorId.of("i" + k))
            .name("Indicator <" + k + ">").domain(QualityDomain.SAFE).unit("%")
            .polarity(Polarity.HIGHER_IS_BETTER).frequency(Frequency.MONTHLY).build())
        .toList();
    List<Row> rows = new ArrayList<>();
    for (int p = 0; p < drafts.size(); p++) {
      RowDraft d = drafts.get(p);
      rows.add(new Row(Provider.of(OrganisationCode.of(String.format("A81%03d", p)), "Provider & " + p, d.kind()),
          IntStream.range(0, columns).mapToObj(k -> d.cells().get(k).map(c -> new Cell(
              indicators.get(k).id(), c.period(), c.value(), c.variation(), c.assurance(),
              c.variationText(), c.assuranceText()))).collect(ImmutableList.toImmutableList())));
    }
    return new IconSummaryMatrix("Every service", ImmutableSet.copyOf(ProviderKind.values()),
        AS_OF, ImmutableList.copyOf(indicators), ImmutableList.copyOf(rows))
        .sorted(IconSummaryMatrix.Order.CONCERNING_CELLS);
  }

  private static String name(Provider p) {
    return p.code().value() + " " + p.name();
  }

  /** A cell in words, as the pack prints it. */
  private static String words(Cell c) {
    double v = c.value();
    String value = v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    return (c.concerning() ? "Concern: " : "") + value + " (" + c.period() + "); "
        + c.variationText() + "; " + c.assuranceText();
  }

  private static Document page(IconSummaryMatrix m)
      throws ParserConfigurationException, SAXException, IOException {
    String html = ReportWriter.html(new BoardPack(m, new ReportDocument("Quality report", AS_OF,
        "Every service", List.of(), List.of())));
    return DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new InputSource(new StringReader(html)));
  }

  private static List<Table> tables(Document page) {
    List<Table> tables = new ArrayList<>();
    NodeList all = page.getElementsByTagName("table");
    for (int i = 0; i < all.getLength(); i++) {
      Element table = (Element) all.item(i);
      List<String> columns = texts((Element) table.getElementsByTagName("thead").item(0), "th");
      List<List<String>> rows = new ArrayList<>();
      NodeList trs = ((Element) table.getElementsByTagName("tbody").item(0))
          .getElementsByTagName("tr");
      for (int r = 0; r < trs.getLength(); r++) {
        Element tr = (Element) trs.item(r);
        List<String> row = new ArrayList<>(texts(tr, "th"));
        row.addAll(texts(tr, "td"));
        rows.add(row);
      }
      tables.add(new Table(columns, rows));
    }
    return tables;
  }

  private static List<String> texts(Element parent, String tag) {
    NodeList nodes = parent.getElementsByTagName(tag);
    return IntStream.range(0, nodes.getLength()).mapToObj(i -> nodes.item(i).getTextContent())
        .toList();
  }
}
