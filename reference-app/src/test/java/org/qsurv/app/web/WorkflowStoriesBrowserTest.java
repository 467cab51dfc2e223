package org.qsurv.app.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.qsurv.evaluation.PolicyProfiles;

/**
 * Each framework's workflow story in a real browser, on its provider's page in the demo, with a
 * screenshot of the section that tells it (under {@code target/screenshots}): 000 §8.7 the CQRM
 * not held, 001 §7.1 the unannounced visit overdue, 002 QAF ¶40-41 the SI review panel, 003
 * Appendix 1 the INADEQUATE rating, 004 §5.1 the fallen rating. Skipped when chromium or
 * chromedriver is not installed.
 */
class WorkflowStoriesBrowserTest {
  private static final Path SHOTS = Path.of("target", "screenshots");

  private static BrowserSession session;
  private static WebDriver browser;

  @BeforeAll
  static void start() throws IOException {
    session = BrowserSession.startOrSkip();
    browser = session.driver;
    Files.createDirectories(SHOTS);
    session.signIn("m.ellery");
  }

  @AfterAll
  static void stop() {
    if (session != null) {
      session.close();
    }
  }

  /** Opens the provider's page at the section {@code id}, checks it shows {@code text}, shoots. */
  private static void story(String name, String provider, String id, String text)
      throws IOException {
    session.open("/providers/" + provider);
    WebElement heading = browser.findElement(By.id(id));
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", heading);
    assertTrue(browser.findElement(By.tagName("main")).getText().contains(text),
        provider + " shows " + text);
    Path shot = SHOTS.resolve(name + ".png");
    Files.write(shot, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    assertTrue(Files.size(shot) > 0);
  }

  @Test
  void eachFrameworksStoryPage() throws IOException {
    story("07-000-dorset-cqrm-not-held", "ZC1", "meetings", "no deputy was named");
    story("08-001-cannock-chase-visit-overdue", "ZM1", "visits",
        "Overdue: planned for 2025-06-11");
    story("09-002-lewisham-si-review-panel", "ZA1", "incidents",
        "More information requested at review on 2025-04-09");
    story("10-003-halton-warrington-inadequate", "1-999000000017", "ratings", "Inadequate");
    story("11-004-somerset-rating-fallen", "1-999000000064", "ratings", "2025-05-28");
  }

  /**
   * 001 §7.0-7.1 in its own profile: served under {@code cannock-chase-qs-2012}, the ambulance
   * trust's page opens on its level of assurance, above its level of surveillance: Level 1 on
   * 1 July (its March visit is more than a quarter old and June's was not done), and what would
   * move it: the concerns that let a director authorise a Level 3 deep dive.
   */
  @Test
  void theCannockChaseStoryLeadsWithTheLevelOfAssurance() throws IOException {
    BrowserSession cannock = BrowserSession.startOrSkip(
        PolicyProfiles.named("cannock-chase-qs-2012").orElseThrow());
    try {
      cannock.signIn("m.ellery");
      cannock.open("/providers/ZM1");
      WebDriver driver = cannock.driver;
      WebElement assurance = driver.findElement(By.id("assurance"));
      WebElement surveillance = driver.findElement(
          By.xpath("//main//p[contains(., 'level of surveillance')]"));
      assertTrue(assurance.getLocation().getY() < surveillance.getLocation().getY(),
          "the level of assurance comes before the level of surveillance");
      String level = driver.findElement(By.cssSelector("#assurance + p")).getText();
      assertTrue(level.startsWith("Level 1 (001 §7.1"), level);
      assertTrue(driver.findElement(By.tagName("main")).getText().contains(
          "a director may authorise a Level 3 deep dive after a formal risk assessment"));
      ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", assurance);
      Path shot = SHOTS.resolve("12-001-cannock-chase-level-of-assurance.png");
      Files.write(shot, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      assertTrue(Files.size(shot) > 0);
    } finally {
      cannock.close();
    }
  }
}
