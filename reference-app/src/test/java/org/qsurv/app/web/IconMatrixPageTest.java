package org.qsurv.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qsurv.model.organisation.Provider;
import org.qsurv.model.organisation.ProviderKind;
import org.qsurv.scoring.report.IconSummaryMatrix;

/**
 * The icon summary matrix page of each service area on the demo (MDC summary table; the board's
 * first page): every icon is drawn once as a symbol and every cell's icons use a symbol the page
 * defines, each with its words beside it (text equivalents, WCAG 1.1.1); sorted by concerning
 * cells or by provider with links; the same data as CSV ({@code text/csv}, the library's CSV with
 * its formula guard); an area or sort that is not one is refused naming the field and the value.
 */
class IconMatrixPageTest {
  private static final Pattern CELL = Pattern.compile("<span class=\"mdc-pair\" aria-hidden="
      + "\"true\"><svg[^>]*><use href=\"#([a-z-]+)\"\\s*/?>(?:</use>)?</svg><svg[^>]*><use "
      + "href=\"#([a-z-]+)\"\\s*/?>(?:</use>)?</svg></span><span class=\"visually-hidden\">: "
      + "([^<;]+); ([^<]+)</span>");
  private static final Pattern SYMBOL = Pattern.compile("<symbol id=\"([a-z-]+)\"");
  private static final Pattern ROW = Pattern.compile("<th scope=\"row\"><a href=\"/providers/"
      + "([^\"]+)\">");

  private static TestApp app;

  @BeforeAll
  static void start() {
    app = new TestApp();
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  private static List<String> all(Pattern p, String body, int group) {
    List<String> found = new ArrayList<>();
    Matcher m = p.matcher(body);
    while (m.find()) {
      found.add(m.group(group));
    }
    return found;
  }

  @Test
  void everyCellUsesASymbolDrawnOnceWithItsWordsInEveryArea() throws Exception {
    TestApp.Client lead = app.signIn("m.ellery");
    Set<ProviderKind> kinds = new LinkedHashSet<>();
    app.ports.directory().providers().forEach(p -> kinds.add(p.kind()));
    for (ProviderKind kind : kinds) {
      HttpResponse<String> r = lead.get("/reports/icon-matrix?area=" + kind.name());
      assertEquals(200, r.statusCode(), kind.name());
      String body = r.body();
      List<String> symbols = all(SYMBOL, body, 1);
      assertEquals(Set.copyOf(symbols).size(), symbols.size(), "each symbol drawn once");
      List<String> uses = new ArrayList<>(all(CELL, body, 1));
      uses.addAll(all(CELL, body, 2));
      List<String> words = new ArrayList<>(all(CELL, body, 3));
      words.addAll(all(CELL, body, 4));
      assertEquals(body.split("class=\"matrix-cell").length - 1
          - (body.split("No data</td>").length - 1), all(CELL, body, 1).size(),
          "every cell with data has both icons and their words");
      long providers = app.ports.directory().providers().stream()
          .filter(p -> p.kind() == kind).count();
      assertEquals(providers, all(ROW, body, 1).size(), "a row per provider of " + kind);
      assertTrue(uses.size() >= 2, kind + ": cells drawn with icons");
      assertTrue(symbols.containsAll(uses), "every icon used is defined: " + uses);
      assertTrue(words.stream().noneMatch(String::isBlank), "every icon has its words");
      System.out.printf("icon matrix %s: %d providers, %d icons, %d symbols, %,d bytes%n", kind,
          providers, uses.size(), symbols.size(), body.length());
    }
  }

  @Test
  void itSortsByConcerningCellsOrByProviderWithLinks() throws Exception {
    TestApp.Client lead = app.signIn("m.ellery");
    ProviderKind kind = app.ports.directory().providers().get(0).kind();
    IconSummaryMatrix expected = IconSummaryMatrix.of("x", Set.of(kind),
        app.app.assessments().snapshot(), app.app.assessments().current(),
        IconSummaryMatrix.Order.CONCERNING_CELLS);
    String concerning = lead.get("/reports/icon-matrix?area=" + kind.name()).body();
    assertEquals(expected.rows().stream().map(r -> r.provider().code().value()).toList(),
        all(ROW, concerning, 1), "most concerning first, by default");
    assertTrue(concerning.contains("href=\"/reports/icon-matrix?area=" + kind.name()
        + "&amp;sort=provider\""), "a link to sort by provider");
    String byName = lead.get("/reports/icon-matrix?area=" + kind.name() + "&sort=provider")
        .body();
    assertEquals(expected.sorted(IconSummaryMatrix.Order.PROVIDER).rows().stream()
        .map(r -> r.provider().code().value()).toList(), all(ROW, byName, 1));
  }

  @Test
  void theCsvIsTheSameMatrixAndBadChoicesAreRefusedNamingFieldAndValue() throws Exception {
    TestApp.Client lead = app.signIn("m.ellery");
    Provider first = app.ports.directory().providers().get(0);
    HttpResponse<String> csv = lead.get("/reports/icon-matrix.csv?area=" + first.kind().name()
        + "&sort=provider");
    assertEquals(200, csv.statusCode());
    assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    assertEquals(IconSummaryMatrix.of("x", Set.of(first.kind()),
        app.app.assessments().snapshot(), app.app.assessments().current(),
        IconSummaryMatrix.Order.PROVIDER).csv(), csv.body());

    HttpResponse<String> area = lead.get("/reports/icon-matrix?area=HOSPITALS");
    assertEquals(400, area.statusCode());
    assertTrue(area.body().replace("&quot;", "\"").contains("area must be one of"), area.body());
    assertTrue(area.body().contains("HOSPITALS"), area.body());
    HttpResponse<String> sort = lead.get("/reports/icon-matrix.csv?sort=%3Dcmd");
    assertEquals(400, sort.statusCode());
    assertTrue(sort.body().contains("sort must be one of") && sort.body().contains("=cmd"),
        sort.body());
  }
}
