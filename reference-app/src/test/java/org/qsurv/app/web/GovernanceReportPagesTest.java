package org.qsurv.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qsurv.app.web.html.Xhtml;
import org.w3c.dom.Element;

/**
 * The governance reports as pages for the ICB's roles (000 §6.7 directors' report, 004 §4.3 QSG
 * agenda, 003 §5.3.4 host commissioner's notes): each says what it is as of and lists missing or
 * stale data before anything else (H36); other roles are refused.
 */
class GovernanceReportPagesTest {
  private static final List<String> PAGES = List.of("/reports/directors", "/reports/qsg-agenda",
      "/reports/host-notes");
  private static TestApp app;

  @BeforeAll
  static void start() throws Exception {
    app = new TestApp();
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void eachReportPageSaysWhatItIsAsOfAndWhatIsMissingFirst() throws Exception {
    for (String user : List.of("m.ellery", "f.hale")) {
      TestApp.Client client = app.signIn(user);
      for (String page : PAGES) {
        HttpResponse<String> r = client.get(page);
        assertEquals(200, r.statusCode(), user + " " + page);
        Element root = Xhtml.parse(r.body()).getDocumentElement();
        List<Element> h2 = Xhtml.all(root, "h2");
        assertTrue(!h2.isEmpty() && h2.get(0).getTextContent().equals("Missing or stale data"),
            page + ": " + r.body());
        assertTrue(r.body().contains("<strong>As of "), page);
      }
    }
  }

  @Test
  void theDirectorsReportNamesTheProvidersInEnhancedSurveillance() throws Exception {
    String body = app.signIn("f.hale").get("/reports/directors").body();
    assertTrue(body.contains("Providers in enhanced or intensive surveillance"), body);
    assertTrue(body.contains("; assurance LEVEL_"), body);
  }

  /** A provider, the region and a viewer are not the ICB: the reports are refused them. */
  @Test
  void otherRolesAreRefused() throws Exception {
    for (String user : List.of("j.pike", "p.lanyon", "c.tamar")) {
      TestApp.Client client = app.signIn(user);
      for (String page : PAGES) {
        assertEquals(403, client.get(page).statusCode(), user + " " + page);
      }
    }
  }

  /** The provider page shows the provider's level of assurance and what would move it (001 §7.1). */
  @Test
  void theProviderPageShowsTheLevelOfAssurance() throws Exception {
    String acute = app.ports.directory().user("j.pike").orElseThrow().organisation().value();
    String body = app.signIn("m.ellery").get("/providers/" + acute).body();
    assertTrue(body.contains("<h2 id=\"assurance\">Level of assurance</h2>"), body);
    assertTrue(body.contains("What would move it:"), body);
  }
}
