package org.qsurv.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qsurv.app.port.User;
import org.qsurv.app.web.html.Xhtml;
import org.qsurv.app.web.security.CurrentUser;
import org.qsurv.app.web.security.HttpMethod;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.risk.Risk;
import org.qsurv.model.surveillance.Role;
import org.w3c.dom.Element;

/**
 * The risk register's add-risk form (004 §4.4, "all risks relevant to the ICB"; NPSA 2008 5x5
 * scoring): shown exactly to the roles the route {@code POST /risks} admits (the ICB's); a refused
 * risk comes back on the register page with each refused field marked by a message naming the
 * field and the value, and nothing written; an accepted one is stored and shown.
 */
class RiskRegisterFormTest {
  private static TestApp app;

  @BeforeAll
  static void start() throws Exception {
    app = new TestApp();
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  private static String text(String page) {
    return Xhtml.parse(page).getDocumentElement().getTextContent();
  }

  /** Every demo user who may read the register sees the form iff the route admits the role. */
  @Test
  void theFormIsShownExactlyToTheRolesTheRoutePermits() throws Exception {
    Set<Role> shownTo = new HashSet<>();
    for (String name : List.of("m.ellery", "f.hale", "p.lanyon", "j.pike", "c.tamar")) {
      User u = app.ports.directory().user(name).orElseThrow();
      HttpResponse<String> page = app.signIn(name).get("/risks");
      boolean permitted = WebRoutes.table().permits(Optional.of(new CurrentUser(u.username(),
          u.displayName(), u.role(), u.organisation())), HttpMethod.POST, "/risks");
      boolean shown = page.statusCode() == 200
          && page.body().contains("<form method=\"post\" action=\"/risks\"");
      assertEquals(permitted, shown, name + " (" + u.role() + ")");
      if (shown) {
        shownTo.add(u.role());
      }
    }
    assertEquals(Set.of(Role.ICB_QUALITY_LEAD, Role.ICB_DIRECTOR), shownTo);
  }

  /**
   * A risk with an unknown provider, no title and a likelihood of 0 is refused with the register
   * page again (400): each of the three fields marked with its message, the entered values kept,
   * ids unique on the page, and the register unchanged.
   */
  @Test
  void aRefusedRiskNamesEachFieldAndValueOnTheRegisterPageAndWritesNothing() throws Exception {
    TestApp.Client lead = app.signIn("m.ellery");
    int before = app.ports.risks().risks().size();
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("provider", "ZZZ99");
    fields.put("title", "");
    fields.put("description", "Ambulance handover delays");
    fields.put("domain", "SAFE");
    fields.put("owner", "ICB Chief Nurse");
    fields.put("likelihood", "0");
    fields.put("consequence", "4");
    HttpResponse<String> r = lead.post("/risks", fields);
    assertEquals(400, r.statusCode());
    String shown = text(r.body());
    for (String message : List.of("provider must be a provider's code or system but was",
        "ZZZ99", "title is required but was empty", "likelihood", "but was")) {
      assertTrue(shown.contains(message), "the page says " + message + ": " + shown);
    }
    Element page = Xhtml.parse(r.body()).getDocumentElement();
    List<String> invalid = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (Element e : Xhtml.all(page, "*")) {
      if ("true".equals(e.getAttribute("aria-invalid"))) {
        invalid.add(e.getAttribute("name"));
      }
      if (e.hasAttribute("id")) {
        ids.add(e.getAttribute("id"));
      }
    }
    assertEquals(List.of("provider", "title", "likelihood"), invalid);
    assertEquals(ids.size(), new HashSet<>(ids).size(), "ids are unique: " + ids);
    assertTrue(r.body().contains("Ambulance handover delays"), "what was entered is kept");
    assertTrue(shown.contains("Show risks"), "it is the register page, with its filter");
    assertEquals(before, app.ports.risks().risks().size(), "nothing was written");
  }

  /** A provider's risk added on the form is stored with its provider and score, and shown. */
  @Test
  void anAcceptedRiskIsStoredAndShown() throws Exception {
    TestApp.Client director = app.signIn("f.hale");
    OrganisationCode provider = app.ports.directory().providers().get(0).code();
    int before = app.ports.risks().risks().size();
    HttpResponse<String> r = director.post("/risks", Map.of("provider", provider.value(),
        "title", "Theatre list cancellations", "domain", "EFFECTIVE", "owner",
        "Deputy Chief Nurse", "likelihood", "3", "consequence", "5"));
    assertEquals(303, r.statusCode(), r.body());
    assertEquals(before + 1, app.ports.risks().risks().size());
    Risk added = app.ports.risks().risks().get(before);
    assertEquals(Optional.of(provider), added.provider());
    assertEquals(15, added.likelihood() * added.consequence());
    String location = r.headers().firstValue("Location").orElseThrow();
    assertTrue(location.endsWith("/risks/" + added.id().value()), location);
    assertTrue(text(director.get("/risks").body()).contains("Theatre list cancellations"));
  }
}
