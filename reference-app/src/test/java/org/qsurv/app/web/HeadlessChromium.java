package org.qsurv.app.web;

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

/**
 * Debian's chromium driven by its chromedriver, headless, with a fresh profile that is deleted on
 * {@link #close()}: the browser of the browser, accessibility and print tests. Tests skip (with
 * {@code assumeTrue(HeadlessChromium.installed(), ...)}) when either is missing; {@code .ci/run}
 * installs both.
 */
final class HeadlessChromium implements AutoCloseable {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  final ChromeDriver driver;
  private final Path profile;

  private HeadlessChromium(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /** Whether chromium and chromedriver are installed. */
  static boolean installed() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
  }

  /** Starts a browser with a fresh profile in a window of 1280 x 1600 pixels. */
  static HeadlessChromium start() throws IOException {
    Path profile = Files.createTempDirectory("qsurv-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--disable-dev-shm-usage", "--window-size=1280,1600",
        "--user-data-dir=" + profile.toAbsolutePath());
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    // axe-core on a provider page with many charts takes a few seconds on a busy machine.
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
    return new HeadlessChromium(driver, profile);
  }

  /** Signs in on {@code base}'s sign-in page and waits for the page it leads to. */
  void signIn(String base, String user, String password) {
    driver.get(base + "/sign-in");
    driver.findElement(By.id("username")).sendKeys(user);
    driver.findElement(By.id("password")).sendKeys(password);
    button("Sign in").click();
    waitFor(d -> !h1().equals("Sign in"));
  }

  /** Signs out and waits for the sign-in page. */
  void signOut() {
    button("Sign out").click();
    waitFor(d -> h1().equals("Sign in"));
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
    }
  }
}
