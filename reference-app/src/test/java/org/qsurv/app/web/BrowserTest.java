package org.qsurv.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.surveillance.Level;

/**
 * The web application in a real browser (Debian's chromium and chromium-driver, headless): sign
 * in, open a provider, read its SPC chart, record a decision as an ICB director, see the domain
 * refuse a decision the NHS England region may not take (003 §5.2.1: entry to and exit from
 * enhanced are the ICB's), see the decision form refused to a quality lead, open the report.
 * Screenshots are saved under {@code target/screenshots}. Skipped when chromium or chromedriver is
 * not installed ({@code .ci/run} installs both).
 */
class BrowserTest {
  private static final Path SHOTS = Path.of("target", "screenshots");

  private static BrowserSession session;
  private static TestApp app;
  private static WebDriver browser;

  @BeforeAll
  static void start() throws IOException {
    session = BrowserSession.startOrSkip();
    app = session.app;
    browser = session.driver;
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  static void stop() {
    if (session != null) {
      session.close();
    }
  }

  private static void screenshot(String name) throws IOException {
    byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
    Files.write(SHOTS.resolve(name + ".png"), png);
  }

  private static OrganisationCode routineProvider() {
    return app.app.assessments().current().providers().stream()
        .filter(p -> p.level() == Level.ROUTINE)
        .filter(p -> !p.quality().indicators().isEmpty()).findFirst().orElseThrow().code();
  }

  @Test
  void aQualityTeamWeekInTheBrowser() throws IOException {
    OrganisationCode provider = routineProvider();
    String name = app.ports.directory().provider(provider).orElseThrow().name();

    session.signIn("f.hale");
    assertEquals("System overview", browser.findElement(By.tagName("h1")).getText());
    screenshot("01-overview");

    // Open a provider and read its first SPC chart: named, described, one mark per point.
    session.open("/providers/" + provider.value());
    assertEquals(name, browser.findElement(By.tagName("h1")).getText());
    WebElement chart = browser.findElement(By.cssSelector("figure.chart svg"));
    String title = chart.findElement(By.tagName("title")).getDomProperty("textContent");
    String indicator = app.ports.observations().indicator(app.app.assessments()
        .provider(provider).orElseThrow().quality().indicators().get(0).id()).orElseThrow()
        .name();
    assertTrue(title.contains(indicator), title);
    String description = chart.findElement(By.tagName("desc")).getDomProperty("textContent");
    assertFalse(description.isBlank());
    List<WebElement> rows = browser.findElements(
        By.cssSelector("figure.chart:first-of-type table tbody tr"));
    assertTrue(rows.size() > 0, "the chart's data table has a row per point");
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", chart);
    screenshot("02-provider-spc-chart");

    // The director places the provider on enhanced surveillance.
    session.open("/escalation/" + provider.value());
    new Select(browser.findElement(By.id("decision"))).selectByValue("PLACE_ON_ENHANCED");
    browser.findElement(By.id("rationale")).sendKeys("Rising mortality and two serious incidents");
    session.submit("Record decision");
    session.waitFor(d -> d.getPageSource().contains("Rising mortality and two serious incidents"));
    assertEquals(Level.ENHANCED, app.app.assessments().provider(provider).orElseThrow().level());
    screenshot("03-decision-recorded");
    session.signOut();

    // The region may open the form, but the domain refuses a step down it may not take.
    session.signIn("p.lanyon");
    session.open("/escalation/" + provider.value());
    long version = app.ports.cases().version(org.qsurv.app.cases.SurveillanceCases
        .caseId(provider));
    new Select(browser.findElement(By.id("decision"))).selectByValue("RETURN_TO_ROUTINE");
    browser.findElement(By.id("rationale")).sendKeys("Assurance given at the meeting");
    session.submit("Record decision");
    session.waitFor(d -> !d.findElements(By.cssSelector(".rejection-reason")).isEmpty());
    String reason = browser.findElement(By.cssSelector(".rejection-reason")).getText();
    assertFalse(reason.isBlank());
    assertTrue(browser.getPageSource().contains("Nothing was changed."));
    assertEquals(version, app.ports.cases().version(org.qsurv.app.cases.SurveillanceCases
        .caseId(provider)));
    screenshot("04-decision-rejected-by-the-domain");
    session.signOut();

    // A quality lead is not shown the decision form, and a forged one is refused with 403.
    session.signIn("m.ellery");
    session.open("/escalation/" + provider.value());
    assertTrue(browser.findElements(By.id("decision")).isEmpty());
    ((JavascriptExecutor) browser).executeScript(
        "var token = document.querySelector('input[name=\"csrf-token\"]').value;"
            + "var f = document.createElement('form'); f.method = 'post';"
            + "f.action = arguments[0];"
            + "[['csrf-token', token], ['decision', 'RETURN_TO_ROUTINE'], ['rationale', 'x']]"
            + ".forEach(function (p) { var i = document.createElement('input');"
            + " i.type = 'hidden'; i.name = p[0]; i.value = p[1]; f.appendChild(i); });"
            + "document.body.appendChild(f); f.submit();",
        "/escalation/" + provider.value() + "/decisions");
    session.waitFor(d -> session.h1().equals("You cannot do this"));
    assertEquals("You cannot do this", browser.findElement(By.tagName("h1")).getText());
    screenshot("05-decision-refused-to-quality-lead");

    // The bi-monthly report, with the provider now in the enhanced section.
    session.open("/reports/quality");
    assertEquals("Bi-monthly quality report", browser.findElement(By.tagName("h1")).getText());
    String enhanced = browser.findElement(By.cssSelector("section[aria-labelledby='level-ENHANCED']"))
        .getText();
    assertTrue(enhanced.contains(name), "the report lists " + name + " under enhanced");
    screenshot("06-quality-report");
    assertTrue(new File(SHOTS.toFile(), "06-quality-report.png").length() > 0);
  }
}
