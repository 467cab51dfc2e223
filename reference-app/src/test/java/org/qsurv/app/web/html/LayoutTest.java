package org.qsurv.app.web.html;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.qsurv.app.web.WebRoutes;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.qsurv.app.web.security.CurrentUser;
import org.qsurv.app.web.security.Csrf;
import org.qsurv.app.web.security.Session;
import org.qsurv.app.web.security.SessionPolicy;
import org.qsurv.app.web.security.Sessions;
import org.qsurv.evaluation.PolicyProfiles;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.surveillance.Role;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class LayoutTest {
  private final Sessions sessions =
      new Sessions(SessionPolicy.defaults(), Clock.systemUTC());

  @Test
  void theDocumentIsEnglishUkWithTitleAndStylesheet() {
    String markup = render("Risk register", Optional.empty(), false, SafeHtml.EMPTY, Role.ICB_QUALITY_LEAD);
    assertTrue(markup.startsWith("<!DOCTYPE html>\n<html lang=\"en-GB\">"), markup);
    Document doc = Xhtml.parse(markup);
    assertEquals("Risk register \u2013 qsurv", Xhtml.all(doc, "title").get(0).getTextContent());
    Element link = Xhtml.all(doc, "link").get(0);
    assertEquals("/static/qsurv.css", link.getAttribute("href"));
    assertEquals("utf-8", Xhtml.all(doc, "meta").get(0).getAttribute("charset"));
  }

  @Test
  void everyLandmarkIsThereOnce() {
    Document doc = Xhtml.parse(render("Overview", Optional.of(Section.OVERVIEW), false,
        SafeHtml.EMPTY, Role.ICB_DIRECTOR));
    for (String landmark : List.of("header", "nav", "main", "footer")) {
      assertEquals(1, Xhtml.all(doc, landmark).size(), landmark);
    }
    assertEquals("Main", Xhtml.all(doc, "nav").get(0).getAttribute("aria-label"));
  }

  @Test
  void theSkipLinkComesFirstAndLeadsToMain() {
    Document doc = Xhtml.parse(render("Overview", Optional.empty(), false, SafeHtml.EMPTY, Role.VIEWER));
    Element body = Xhtml.all(doc, "body").get(0);
    Element first = Xhtml.all(body, "*").get(0);
    assertEquals("a", first.getTagName());
    assertEquals("Skip to main content", first.getTextContent());
    String target = first.getAttribute("href").substring(1);
    assertEquals("main", Xhtml.byId(doc, target).getTagName());
  }

  @Test
  void thePageTitleIsTheOnlyH1AndHeadingsAreInOrder() {
    SafeHtml content = new SafeHtml(
        "<h2>Providers by level</h2><h3>Enhanced</h3><h2>Overdue reviews</h2>".getBytes(UTF_8));
    Document doc = Xhtml.parse(render("Overview", Optional.empty(), false, content, Role.VIEWER));
    assertEquals(List.of(1, 2, 3, 2), Xhtml.headingLevels(doc));
    assertTrue(Xhtml.headingsInOrder(doc));
    Element h1 = Xhtml.all(doc, "h1").get(0);
    assertEquals("main", ((Element) h1.getParentNode()).getTagName());
    assertEquals("Overview", h1.getTextContent());
  }

  @Test
  void aHeadingThatSkipsALevelIsDetected() {
    SafeHtml content = new SafeHtml("<h3>Too deep</h3>".getBytes(UTF_8));
    assertFalse(Xhtml.headingsInOrder(Xhtml.parse(render(
        "Overview", Optional.empty(), false, content, Role.VIEWER))));
  }

  @Test
  void theSignedInUserIsShownWithASignOutFormCarryingTheCsrfToken() {
    Session session = sessions.signIn(Optional.empty(), user(Role.ICB_DIRECTOR, "QSL"));
    Document doc = Xhtml.parse(layout("Overview", session));
    Element header = Xhtml.all(doc, "header").get(0);
    assertTrue(header.getTextContent().contains("Signed in as Dr <A> O'Brien (ICB director, QSL)"),
        header.getTextContent());
    Element form = Xhtml.all(header, "form").get(0);
    assertEquals("post", form.getAttribute("method"));
    assertEquals("/sign-out", form.getAttribute("action"));
    Element token = Xhtml.all(form, "input").get(0);
    assertEquals("hidden", token.getAttribute("type"));
    assertEquals(Csrf.FIELD_NAME, token.getAttribute("name"));
    assertEquals(session.csrfToken(), token.getAttribute("value"));
    assertEquals("Sign out", Xhtml.all(form, "button").get(0).getTextContent());
  }

  @Test
  void theNavigationOffersEverySectionInOrderToACommissioner() {
    Document doc = Xhtml.parse(render("Providers", Optional.of(Section.PROVIDERS), false,
        SafeHtml.EMPTY, Role.ICB_QUALITY_LEAD));
    List<Element> links = Xhtml.all(Xhtml.all(doc, "nav").get(0), "a");
    assertEquals(List.of("Overview", "Providers", "Risk register", "Escalation", "Tracker",
        "Quality report", "Audit", "Reminders sent", "Import"),
        links.stream().map(Element::getTextContent).toList());
    assertEquals(List.of("/", "/providers", "/risks", "/escalation", "/tracker",
        "/reports/quality", "/audit", "/reminders", "/import"),
        links.stream().map(a -> a.getAttribute("href")).toList());
    List<Element> current = links.stream().filter(a -> a.hasAttribute("aria-current")).toList();
    assertEquals(1, current.size());
    assertEquals("Providers", current.get(0).getTextContent());
    assertEquals("page", current.get(0).getAttribute("aria-current"));
  }

  @Test
  void theNavigationShowsOnlyWhatTheRoleMayOpen() {
    Document viewer = Xhtml.parse(render("Overview", Optional.empty(), false, SafeHtml.EMPTY, Role.VIEWER));
    List<String> labels = Xhtml.all(Xhtml.all(viewer, "nav").get(0), "a").stream()
        .map(Element::getTextContent).toList();
    assertFalse(labels.contains("Import"), "a viewer never imports: " + labels);
    assertTrue(labels.contains("Audit"));

    Session provider = sessions.signIn(Optional.empty(), user(Role.PROVIDER, "RH5"));
    Document doc = Xhtml.parse(layout("Somerset", provider));
    assertEquals(0, Xhtml.all(doc, "nav").size(), "a provider user has no system-wide section");
    assertEquals("/providers/RH5", Xhtml.all(Xhtml.all(doc, "header").get(0), "a").get(0)
        .getAttribute("href"));
  }

  @Test
  void nobodySignedInSeesNoNavigationAndNoSignOut() {
    Document doc = Xhtml.parse(layout("Sign in", sessions.start()));
    assertEquals(0, Xhtml.all(doc, "nav").size());
    assertEquals(0, Xhtml.all(doc, "form").size());
    assertEquals(1, Xhtml.all(doc, "main").size());
  }

  @Test
  void aPageWithFormErrorsSaysSoInItsTitle() {
    Document doc = Xhtml.parse(render("Record a decision", Optional.empty(), true,
        SafeHtml.EMPTY, Role.ICB_DIRECTOR));
    assertEquals("Error: Record a decision \u2013 qsurv",
        Xhtml.all(doc, "title").get(0).getTextContent());
  }

  @Test
  void theTitleIsEscaped() {
    Document doc = Xhtml.parse(render("<b>Oak & Ash</b>", Optional.empty(), false,
        SafeHtml.EMPTY, Role.VIEWER));
    assertEquals("<b>Oak & Ash</b>", Xhtml.all(doc, "h1").get(0).getTextContent());
    assertEquals(0, Xhtml.all(doc, "b").size());
  }

  /** The layout as the application renders it, with its route table's navigation. */
  private static String render(String title, Optional<Section> section, boolean hasErrors,
      SafeHtml content, Optional<Session> session) {
    return Templates.render("layout.jte", Map.of("title", title, "section", section, "session",
        session, "hasErrors", hasErrors, "routes", WebRoutes.table(), "profile",
        PolicyProfiles.all().get(0), "content", content))
        .markup();
  }

  private String render(String title, Optional<Section> section, boolean hasErrors,
      SafeHtml content, Role role) {
    Session session = sessions.signIn(Optional.empty(),
        user(role, role == Role.PROVIDER ? "RH5" : "QSL"));
    return render(title, section, hasErrors, content, Optional.of(session));
  }

  private static String layout(String title, Session session) {
    return render(title, Optional.empty(), false, SafeHtml.EMPTY, Optional.of(session));
  }

  private static CurrentUser user(Role role, String organisation) {
    return new CurrentUser("user", "Dr <A> O'Brien", role, OrganisationCode.of(organisation));
  }
}
