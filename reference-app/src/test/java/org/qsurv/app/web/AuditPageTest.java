package org.qsurv.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qsurv.app.web.html.Xhtml;
import org.qsurv.model.organisation.OrganisationCode;
import org.w3c.dom.Element;

/**
 * The audit page (003 §3: "an audit trail of actions and rationale for decisions made"): the
 * decisions of every case's log, newest first, and each case's hash chain verified against the
 * stored events on every request, so that an event changed behind the application's back (no
 * write through qsurv, so no cache moves on) is reported at once.
 */
class AuditPageTest {
  private static TestApp app;
  private static TestApp.Client lead;

  @BeforeAll
  static void start() throws Exception {
    app = new TestApp();
    lead = app.signIn("m.ellery");
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  private static Element table(String body, String caption) {
    return Xhtml.all(Xhtml.parse(body).getDocumentElement(), "table").stream()
        .filter(t -> Xhtml.all(t, "caption").get(0).getTextContent().startsWith(caption))
        .findFirst().orElseThrow();
  }

  private static List<Element> rows(Element table) {
    return Xhtml.all(Xhtml.all(table, "tbody").get(0), "tr");
  }

  @Test
  void theDecisionLogListsEveryCasesDecisionsNewestFirst() throws Exception {
    List<Element> rows = rows(table(lead.get("/audit").body(), "Escalation decisions"));
    assertEquals(app.ports.decisions().decisions().size(), rows.size());
    assertTrue(rows.size() > 1);
    for (int i = 1; i < rows.size(); i++) {
      LocalDate earlier = LocalDate.parse(Xhtml.all(rows.get(i), "td").get(0).getTextContent());
      LocalDate later = LocalDate.parse(Xhtml.all(rows.get(i - 1), "td").get(0)
          .getTextContent());
      assertTrue(!earlier.isAfter(later), "newest first at row " + i);
    }
  }

  @Test
  void anEventChangedBehindTheApplicationsBackIsReportedAtOnce() throws Exception {
    OrganisationCode acute = app.ports.directory().user("j.pike").orElseThrow().organisation();
    String before = lead.get("/audit").body();
    assertTrue(rows(table(before, "Each case")).stream().allMatch(r -> r.getTextContent()
        .contains("Intact")), "every chain intact");

    try (Connection c = app.database.dataSource().getConnection();
        PreparedStatement s = c.prepareStatement("UPDATE case_event SET payload = "
            + "REPLACE(payload, 'rising for six months', 'stable') WHERE case_id = ? AND seq = 1")) {
      s.setString(1, acute.value());
      assertEquals(1, s.executeUpdate());
    }

    String after = lead.get("/audit").body();
    Element row = rows(table(after, "Each case")).stream()
        .filter(r -> r.getTextContent().contains(app.ports.directory().provider(acute)
            .orElseThrow().name())).findFirst().orElseThrow();
    assertTrue(row.getTextContent().contains("Broken at event 1"), row.getTextContent());
  }
}
