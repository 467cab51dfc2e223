package org.qsurv.app.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.qsurv.app.jdbc.TestDatabase;
import org.qsurv.evaluation.PolicyProfile;
import org.qsurv.evaluation.PolicyProfiles;

/**
 * A {@link TestApp} and Debian's chromium driven by its chromedriver, headless, with a fresh
 * profile; {@link #close()} stops both and deletes the profile. The session of the browser,
 * accessibility and print tests, with the steps they share (open a page, sign in and out, wait for
 * a page). Tests skip ({@link #startOrSkip()}) when chromium or chromedriver is missing;
 * {@code .ci/run} installs both.
 */
final class BrowserSession implements AutoCloseable {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  final TestApp app;
  final ChromeDriver driver;
  private final Path profile;

  private BrowserSession(TestApp app, ChromeDriver driver, Path profile) {
    this.app = app;
    this.driver = driver;
    this.profile = profile;
  }

  /** Whether chromium and chromedriver are installed. */
  private static boolean installed() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
  }

  /**
   * Starts the application on the demo data and a browser with a fresh profile in a window of
   * 1280 x 1600 pixels; skips the calling test class (a JUnit assumption) when chromium or
   * chromedriver is not installed.
   */
  static BrowserSession startOrSkip() throws IOException {
    return startOrSkip(PolicyProfiles.nhsDefaults());
  }

  /** As {@link #startOrSkip()}, with the application evaluating under {@code policy}. */
  static BrowserSession startOrSkip(PolicyProfile policy) throws IOException {
    assumeTrue(installed(), "chromium and chromedriver are not installed");
    TestApp app = new TestApp(policy);
    Path profile = Files.createTempDirectory("qsurv-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--disable-dev-shm-usage", "--window-size=1280,1600",
        "--user-data-dir=" + profile.toAbsolutePath());
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    ChromeDriver driver;
    try {
      driver = new ChromeDriver(service, options);
    } catch (RuntimeException e) {
      TestDatabase.deleteRecursively(profile);
      app.close();
      throw e;
    }
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    // axe-core on a provider page with many charts takes a few seconds on a busy machine.
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
    return new BrowserSession(app, driver, profile);
  }

  /** Opens {@code path} of the application. */
  void open(String path) {
    driver.get(app.base() + path);
    // chromedriver can return while a large page is still arriving (document.readyState
    // "loading"): a test would then read half a page.
    waitFor(d -> "complete".equals(driver.executeScript("return document.readyState;")));
  }

  /** Signs in as {@code user} (a demo user) and waits for the page it leads to. */
  void signIn(String user) {
    open("/sign-in");
    driver.findElement(By.id("username")).sendKeys(user);
    driver.findElement(By.id("password")).sendKeys(app.passwords.get(user));
    submit("Sign in");
    if (h1().equals("Sign in")) {
      throw new IllegalStateException("could not sign in as " + user);
    }
  }

  /** Signs out and waits for the sign-in page. */
  void signOut() {
    submit("Sign out");
    waitFor(d -> h1().equals("Sign in"));
  }

  /**
   * Clicks the button whose text is {@code text} and waits until the browser has loaded the page
   * that the form's answer leads to. The current page is marked with a script variable first; the
   * next document has a new window object, so the wait ends only once the mark is gone and the new
   * document has loaded. This does not depend on how chromedriver reports a replaced element: it
   * answers "stale element reference" or "node does not belong to the document" by timing.
   */
  void submit(String text) {
    WebElement button = button(text);
    driver.executeScript("window.qsurvLeftBehind = true;");
    button.click();
    waitFor(d -> Boolean.TRUE.equals(driver.executeScript(
        "return window.qsurvLeftBehind === undefined && document.readyState === 'complete';")));
  }

  /**
   * Waits up to 30 s for {@code loaded}, e.g. for a submitted form's answer (a click returns
   * before it has loaded). What is read while the browser is still replacing the page (a stale
   * element, a node "that does not belong to the document") is read again at the next poll.
   */
  void waitFor(Function<WebDriver, Boolean> loaded) {
    new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(WebDriverException.class)
        .until(loaded::apply);
  }

  /** The text of the page's first heading, or "" if it has none. */
  String h1() {
    return driver.findElements(By.tagName("h1")).stream().findFirst().map(WebElement::getText)
        .orElse("");
  }

  /** The button whose text is {@code text}. */
  WebElement button(String text) {
    return driver.findElement(By.xpath("//button[normalize-space()='" + text + "']"));
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      TestDatabase.deleteRecursively(profile);
      app.close();
    }
  }
}
