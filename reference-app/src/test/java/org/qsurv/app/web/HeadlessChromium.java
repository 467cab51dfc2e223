package org.qsurv.app.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
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

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      TestDatabase.deleteRecursively(profile);
    }
  }
}
