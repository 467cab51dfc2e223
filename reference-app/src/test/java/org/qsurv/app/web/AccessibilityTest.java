package org.qsurv.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.qsurv.app.port.User;
import org.qsurv.app.web.security.HttpMethod;
import org.qsurv.app.web.security.QsurvRoutes;
import org.qsurv.app.web.security.Route;
import org.qsurv.app.web.security.Scope;
import org.qsurv.evaluation.PolicyProfiles;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.organisation.Provider;
import org.qsurv.model.organisation.ProviderKind;
import org.qsurv.model.surveillance.Level;
import org.qsurv.model.surveillance.Role;

/**
 * WCAG 2.2 AA in a real browser: axe-core ({@link Axe}) checks every page of the route table as a
 * quality lead, an ICB director (who sees the decision forms) and a provider user, and the pages
 * around them (sign-in, a sign-in error, forms with validation errors, an import's validation
 * report, 403 and 404), and fails listing each violation (rule, impact, page, element). The
 * results are saved as JSON under {@code target/accessibility}. What axe cannot judge is checked
 * by keyboard: the first Tab stop is the "skip to main content" link (2.4.1 bypass blocks), and
 * every Tab stop of the sign-in page and a form page shows a visible focus indicator (2.4.7) in
 * a tab order that reaches every control (2.1.1, 2.4.3); and every page reflows to 320 CSS
 * pixels (1.4.10). Skipped when chromium or chromedriver is
 * not installed ({@code .ci/run} installs both).
 */
class AccessibilityTest {
  private static final Path RESULTS = Path.of("target", "accessibility");
  private static final String LEAD = "m.ellery";
  private static final String DIRECTOR = "f.hale";
  private static final String PROVIDER_USER = "j.pike";

  private static BrowserSession session;
  private static TestApp app;
  private static WebDriver browser;
  private static Axe axe;

  @BeforeAll
  static void start() throws IOException {
    session = BrowserSession.startOrSkip();
    app = session.app;
    browser = session.driver;
    axe = Axe.fromWebJar();
    Files.createDirectories(RESULTS);
  }

  @AfterAll
  static void stop() {
    if (session != null) {
      session.close();
    }
  }

  /** The pages checked and what axe said of each, written to the JSON report. */
  private final ArrayNode report = Axe.json().createArrayNode();
  private final List<Axe.Violation> violations = new ArrayList<>();
  private final Set<String> patternsChecked = new LinkedHashSet<>();

  @BeforeEach
  void signedOut() {
    browser.manage().deleteAllCookies();
  }

  @Test
  void everyPageMeetsWcag22AaAsAxeCoreJudgesIt() throws IOException {
    // Signed out: the sign-in page, and its answer to a wrong password.
    session.open("/sign-in");
    check("sign-in", QsurvRoutes.SIGN_IN);
    browser.findElement(By.id("username")).sendKeys(LEAD);
    browser.findElement(By.id("password")).sendKeys("not the password");
    session.submit("Sign in");
    session.waitFor(d -> !d.findElements(By.cssSelector(".error-summary, .error-message")).isEmpty());
    check("sign-in with an error", QsurvRoutes.SIGN_IN);

    OrganisationCode own = app.ports.directory().user(PROVIDER_USER).orElseThrow()
        .organisation();
    List<OrganisationCode> byLevel = List.of(provider(Level.ROUTINE), provider(Level.ENHANCED),
        provider(Level.INTENSIVE));

    for (String user : List.of(LEAD, DIRECTOR, PROVIDER_USER)) {
      Role role = app.ports.directory().user(user).map(User::role).orElseThrow();
      List<OrganisationCode> providers = role == Role.PROVIDER ? List.of(own) : byLevel;
      session.signIn(user);
      for (Route route : htmlPages()) {
        if (!route.roles().contains(role)) {
          continue;
        }
        if (route.scope() == Scope.PROVIDER) {
          for (OrganisationCode provider : providers) {
            visit(user, route, path(route, provider));
          }
        } else {
          visit(user, route, path(route, own));
        }
      }
      if (role == Role.ICB_QUALITY_LEAD) {
        leadsFormsAndAnswers(byLevel.get(1));
      }
      if (role == Role.ICB_DIRECTOR) {
        session.open("/escalation/" + byLevel.get(0).value());
        session.submit("Record decision");
        check(user + ": decision form refused", "/escalation/{provider}/decisions");
      }
      if (role == Role.PROVIDER) {
        OrganisationCode another = byLevel.stream().filter(p -> !p.equals(own)).findFirst()
            .orElseThrow();
        session.open("/providers/" + another.value());
        check(user + ": refused (403)", "/providers/{provider}");
      }
      session.open("/no-such-page");
      check(user + ": page not found (404)", "/no-such-page");
      session.signOut();
    }

    Files.writeString(RESULTS.resolve("axe-results.json"), Axe.json()
        .writerWithDefaultPrettyPrinter().writeValueAsString(summary()), StandardCharsets.UTF_8);

    Set<String> unchecked = htmlPages().stream().map(Route::pattern)
        .filter(p -> !patternsChecked.contains(p)).collect(Collectors.toCollection(
            LinkedHashSet::new));
    assertEquals(Set.of(), unchecked, "GET pages of the route table that no user checked");
    assertEquals("", violations.stream().map(Axe.Violation::toString)
        .collect(Collectors.joining("\n")), violations.size() + " WCAG 2.2 AA violations (axe-core "
        + axe.version() + "), by rule " + countsByRule() + "; see " + RESULTS);
  }

  @Test
  void axeReportsTheViolationsOfAPageBuiltToHaveThem() {
    // The check above can fail: the same engine, run the same way, finds a known-bad page's faults.
    browser.get("about:blank");
    js().executeScript("document.open(); document.write(arguments[0]); document.close();",
        "<!DOCTYPE html><html><head></head><body><img src='chart.png'>"
            + "<p style='color: #aaaaaa; background: #ffffff'>Pale grey on white</p>"
            + "<input type='text' name='unlabelled'><a href='/somewhere'></a></body></html>");
    Set<String> rules = Axe.violations("known-bad page", axe.run(browser)).stream()
        .map(Axe.Violation::rule).collect(Collectors.toSet());
    assertEquals(Set.of("html-has-lang", "document-title", "image-alt", "color-contrast",
        "label", "link-name"), rules);
  }

  @Test
  void everyPageReflowsToAWindow320CssPixelsWide() {
    // WCAG 2.2 1.4.10: no sideways scrolling of the page at 320 CSS px (400 % zoom of 1280);
    // a wide data table may scroll inside its own box.
    session.signIn(LEAD);
    OrganisationCode provider = provider(Level.ENHANCED);
    List<String> overflowing = new ArrayList<>();
    session.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 320,
        "height", 640, "deviceScaleFactor", 1, "mobile", true));
    try {
      for (Route route : htmlPages()) {
        if (!route.roles().contains(Role.ICB_QUALITY_LEAD)) {
          continue;
        }
        session.open(path(route, provider));
        long width = (Long) js().executeScript(
            "return document.documentElement.scrollWidth;");
        if (width > 320) {
          // Name the innermost elements that reach past the window's right edge.
          // An element inside a box that clips it (a scrolling table, a visually hidden table)
          // reaches past the edge without widening the page: it is not a culprit.
          Object culprits = js().executeScript("var out = [];"
              + "var clipped = function (x) { for (var a = x.parentElement; a; a = a.parentElement)"
              + "  { if (getComputedStyle(a).overflowX !== 'visible') { return true; } }"
              + "  return false; };"
              + "document.querySelectorAll('body *').forEach(function (e) {"
              + "  var wide = function (x) { return x.getBoundingClientRect().right > 321"
              + "    && !clipped(x); };"
              + "  if (wide(e) && !Array.from(e.children).some(wide)) {"
              + "    out.push(e.tagName.toLowerCase() + (e.className ? '.' + e.className : '')"
              + "      + ' \u201c' + e.textContent.trim().slice(0, 40) + '\u201d'); } });"
              + "var walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);"
              + "while (walk.nextNode()) { var r = document.createRange();"
              + "  r.selectNodeContents(walk.currentNode);"
              + "  if (r.getBoundingClientRect().right > 321"
              + "      && !clipped(walk.currentNode)) {"
              + "    out.push('text \u201c' + walk.currentNode.textContent.trim().slice(0, 60)"
              + "      + '\u201d'); } }"
              + "return out.slice(0, 5).join('; ');");
          overflowing.add(route.pattern() + " is " + width + " px wide: " + culprits);
        }
      }
    } finally {
      session.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
      session.signOut();
    }
    assertEquals(List.of(), overflowing);
  }

  /**
   * Under a profile that leads with the level of assurance (001 §7.0-7.1: the Cannock Chase
   * profile) the pages it reorders, the overview, the providers and a provider's page, meet WCAG
   * 2.2 AA as axe-core judges them and reflow to 320 CSS pixels (1.4.10).
   */
  @Test
  void thePagesThatLeadWithTheLevelOfAssuranceMeetWcag22AaAndReflow() throws IOException {
    BrowserSession cannock = BrowserSession.startOrSkip(
        PolicyProfiles.named("cannock-chase-qs-2012").orElseThrow());
    try {
      cannock.signIn(LEAD);
      OrganisationCode provider = cannock.app.app.assessments().current().providers().stream()
          .filter(p -> !p.quality().indicators().isEmpty()).findFirst().orElseThrow().code();
      List<Axe.Violation> found = new ArrayList<>();
      List<String> wide = new ArrayList<>();
      for (String path : List.of("/", "/providers", "/providers/" + provider.value())) {
        cannock.open(path);
        found.addAll(Axe.violations("cannock-chase-qs-2012 " + path, axe.run(cannock.driver)));
        cannock.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width",
            320, "height", 640, "deviceScaleFactor", 1, "mobile", true));
        try {
          cannock.open(path);
          long width = (Long) cannock.driver.executeScript(
              "return document.documentElement.scrollWidth;");
          if (width > 320) {
            wide.add(path + " is " + width + " px wide");
          }
        } finally {
          cannock.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
      }
      assertEquals("", found.stream().map(Axe.Violation::toString)
          .collect(Collectors.joining("\n")));
      assertEquals(List.of(), wide);
    } finally {
      cannock.close();
    }
  }

  /** The quality lead's forms answered with validation errors, filters, time travel, import. */
  private void leadsFormsAndAnswers(OrganisationCode enhanced) throws IOException {
    session.open("/providers/" + enhanced.value());
    session.submit("Record intelligence");
    check(LEAD + ": intelligence form refused", "/providers/{provider}/intelligence");

    String risk = app.ports.risks().risks().get(0).id().value();
    session.open("/risks/" + risk);
    session.submit("Record review");
    check(LEAD + ": risk review form refused", "/risks/{risk}/reviews");

    session.open("/risks?min-score=15&overdue=yes&sort=due");
    check(LEAD + ": risk register filtered", "/risks");

    // The largest service area's icon matrix (every provider of the kind with the most), by
    // provider: the page with the most icons, which must stay quick for axe (each icon a symbol).
    ProviderKind largest = app.ports.directory().providers().stream()
        .collect(Collectors.groupingBy(Provider::kind, Collectors.counting())).entrySet()
        .stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    session.open("/reports/icon-matrix?area=" + largest.name() + "&sort=provider");
    check(LEAD + ": icon matrix of the largest service area", "/reports/icon-matrix");

    // An indicator page whose chart steps at a recalculation and marks an annotation, and its
    // forms refused.
    String indicator = app.app.assessments().provider(enhanced).orElseThrow().quality()
        .indicators().get(0).id().value();
    session.open("/providers/" + enhanced.value() + "/indicators/" + indicator);
    session.submit("Record recalculation");
    check(LEAD + ": recalculation form refused",
        "/providers/{provider}/indicators/{indicator}/recalculations");

    session.open("/risks");
    session.submit("Add risk");
    session.waitFor(d -> session.h1().startsWith("The risk was not added"));
    check(LEAD + ": add-risk form refused", "/risks (POST)");

    session.open("/audit/" + enhanced.value() + "?as-of=2025-03-01");
    check(LEAD + ": audit as of a date", "/audit/{provider}");

    Path csv = Files.createTempFile(RESULTS.toAbsolutePath(), "import", ".csv");
    Files.writeString(csv, "not,a,known,file\n1,2,3,4\n", StandardCharsets.UTF_8);
    session.open("/import");
    browser.findElement(By.id("file")).sendKeys(csv.toAbsolutePath().toString());
    session.submit("Check the file");
    session.waitFor(d -> session.h1().startsWith("Import:"));
    check(LEAD + ": import validation report", "/import (POST)");
    Files.delete(csv);
  }

  private void visit(String user, Route route, String path) {
    session.open(path);
    patternsChecked.add(route.pattern());
    check(user + ": " + route.pattern(), route.pattern());
  }

  private void check(String page, String pattern) {
    long started = System.nanoTime();
    JsonNode result = axe.run(browser);
    long millis = (System.nanoTime() - started) / 1_000_000;
    System.out.printf("axe %,6d ms  %s%n", millis, page);
    List<Axe.Violation> found = Axe.violations(page, result);
    violations.addAll(found);
    ObjectNode entry = report.addObject();
    entry.put("page", page);
    entry.put("route", pattern);
    entry.put("url", browser.getCurrentUrl().replace(app.base(), ""));
    entry.put("title", browser.getTitle());
    entry.put("axeMillis", millis);
    entry.set("violations", result.get("violations"));
    entry.set("incomplete", result.get("incomplete"));
    entry.set("passes", result.get("passes"));
  }

  private ObjectNode summary() {
    ObjectNode root = Axe.json().createObjectNode();
    root.put("engine", "axe-core " + axe.version());
    root.set("tags", Axe.json().valueToTree(Axe.TAGS));
    root.put("pagesChecked", report.size());
    root.put("violations", violations.size());
    root.set("violationsByRule", Axe.json().valueToTree(countsByRule()));
    root.set("pages", report);
    return root;
  }

  private Map<String, Long> countsByRule() {
    return violations.stream().collect(Collectors.groupingBy(Axe.Violation::rule, TreeMap::new,
        Collectors.counting()));
  }

  /**
   * The route table's GET pages that answer HTML (not the style sheet, health check, CSV or a
   * board pack's PDF and snapshot downloads).
   */
  private static List<Route> htmlPages() {
    return WebRoutes.table().routes().stream()
        .filter(r -> r.method() == HttpMethod.GET)
        .filter(r -> !r.pattern().startsWith("/static/") && !r.pattern().equals("/health")
            && !r.pattern().endsWith(".csv") && !r.pattern().startsWith("/board-packs/"))
        .filter(r -> r.scope() != Scope.PUBLIC)
        .toList();
  }

  private static String path(Route route, OrganisationCode provider) {
    String indicator = app.app.assessments().provider(provider).orElseThrow().quality()
        .indicators().get(0).id().value();
    String risk = app.ports.risks().risks().get(0).id().value();
    return route.pattern().replace("{provider}", provider.value())
        .replace("{indicator}", indicator).replace("{risk}", risk);
  }

  private static OrganisationCode provider(Level level) {
    return app.app.assessments().current().providers().stream()
        .filter(p -> p.level() == level)
        .filter(p -> !p.quality().indicators().isEmpty()).findFirst().orElseThrow().code();
  }

  // Keyboard ----------------------------------------------------------------------------------

  @Test
  void theFirstTabStopIsTheSkipLinkAndItMovesFocusToMain() {
    session.open("/sign-in");
    WebElement first = tab();
    assertEquals("Skip to main content", first.getText());
    assertEquals("#main-content", first.getDomAttribute("href"));
    assertTrue(first.isDisplayed() && first.getSize().getHeight() > 0,
        "the skip link is shown when focused");
    first.sendKeys(Keys.ENTER);
    assertEquals("main-content", active().getDomAttribute("id"));
  }

  @Test
  void everyTabStopOfTheSignInPageShowsWhereFocusIs() {
    session.open("/sign-in");
    List<String> stops = tabThroughAssertingVisibleFocus("/sign-in");
    assertTrue(stops.size() >= 4, "skip link, user name, password, button: " + stops);
  }

  @Test
  void everyTabStopOfAFormPageShowsWhereFocusIs() {
    session.signIn(LEAD);
    try {
      session.open("/risks");
      List<String> stops = tabThroughAssertingVisibleFocus("/risks");
      assertTrue(stops.stream().anyMatch(s -> s.contains("Show risks")), stops.toString());
    } finally {
      session.signOut();
    }
  }

  @Test
  void everyTabStopOfTheDirectorsDecisionFormsShowsWhereFocusIs() {
    session.signIn(DIRECTOR);
    try {
      String page = "/escalation/" + provider(Level.ENHANCED).value();
      session.open(page);
      List<String> stops = tabThroughAssertingVisibleFocus(page);
      assertTrue(stops.stream().anyMatch(s -> s.contains("Record decision")), stops.toString());
    } finally {
      session.signOut();
    }
  }

  /**
   * Tabs from the top of the page to its end, checking at each stop that the focused element
   * looks different from the same element unfocused (an outline, a shadow, a background or a
   * border), and that the tab order reaches every focusable element in document order.
   */
  private static List<String> tabThroughAssertingVisibleFocus(String page) {
    @SuppressWarnings("unchecked")
    List<WebElement> focusable = (List<WebElement>) js().executeScript(
        "return Array.from(document.querySelectorAll("
            + "'a[href], button, input:not([type=hidden]), select, textarea, [tabindex]'))"
            + ".filter(function (e) { return e.tabIndex >= 0 && !e.disabled"
            + " && getComputedStyle(e).visibility !== 'hidden'"
            + " && (e.type !== 'radio' || e.checked"
            + "     || !document.querySelector('input[type=radio][name=\"' + e.name"
            + "         + '\"]:checked') && e === document.querySelector("
            + "         'input[type=radio][name=\"' + e.name + '\"]')); });");
    List<String> stops = new ArrayList<>();
    WebElement previous = null;
    for (int i = 0; i < focusable.size(); i++) {
      WebElement focused = tab();
      // A date input takes one Tab per part (day, month, year) before focus leaves it.
      for (int part = 0; part < 3 && focused.equals(previous); part++) {
        focused = tab();
      }
      previous = focused;
      String name = describe(focused);
      assertEquals(describe(focusable.get(i)), name, page + ": tab stop " + (i + 1));
      String withFocus = look(focused);
      js().executeScript("arguments[0].blur()", focused);
      String without = look(focused);
      js().executeScript("arguments[0].focus()", focused);
      assertFalse(withFocus.equals(without), page + ": no visible focus on " + name + " ("
          + withFocus + ")");
      stops.add(name);
    }
    return stops;
  }

  private static WebElement tab() {
    active().sendKeys(Keys.TAB);
    return active();
  }

  private static WebElement active() {
    return browser.switchTo().activeElement();
  }

  private static String describe(WebElement e) {
    return e.getTagName() + "#" + e.getDomAttribute("id") + " '" + e.getText().trim() + "'"
        + " name=" + e.getDomAttribute("name");
  }

  /** The computed styles a focus indicator changes. */
  private static String look(WebElement e) {
    return (String) js().executeScript(
        "var s = getComputedStyle(arguments[0]); return [s.outlineStyle, s.outlineWidth,"
            + " s.outlineColor, s.boxShadow, s.backgroundColor, s.color, s.borderColor,"
            + " s.textDecorationLine].join(' | ');", e);
  }

  // Browser ------------------------------------------------------------------------------------

  private static JavascriptExecutor js() {
    return (JavascriptExecutor) browser;
  }
}
