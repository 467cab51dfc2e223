package org.qsurv.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

/**
 * The README's picture of the icon summary matrix (the board's first page), taken in a real
 * browser from the demo: the GP practices, most concerning cells first. The browser shows every
 * icon from its symbol (each {@code <use>} is drawn at its size), and the picture is written to
 * {@code docs/images/icon-matrix.png} for the README. Skipped when chromium or chromedriver is not
 * installed.
 */
class IconMatrixPictureTest {
  private static final Path PICTURE = Path.of("..", "docs", "images", "icon-matrix.png");
  private static BrowserSession session;

  @BeforeAll
  static void start() throws IOException {
    session = BrowserSession.startOrSkip();
  }

  @AfterAll
  static void stop() {
    if (session != null) {
      session.close();
    }
  }

  @Test
  void theMatrixIsDrawnAndPictured() throws IOException {
    session.signIn("m.ellery");
    session.open("/reports/icon-matrix?area=GP_PRACTICE&sort=concerning");
    assertEquals("Icon summary matrix: Gp practice", session.h1());
    var icons = session.driver.findElements(By.cssSelector(".icon-matrix .mdc-pair svg"));
    assertTrue(icons.size() > 100, "icons drawn: " + icons.size());
    assertTrue(icons.get(0).getSize().getWidth() > 10, "an icon is drawn at its size");
    Files.createDirectories(PICTURE.getParent());
    Files.write(PICTURE, ((TakesScreenshot) session.driver).getScreenshotAs(OutputType.BYTES));
    assertTrue(Files.size(PICTURE) > 20_000, "a picture of the page: " + Files.size(PICTURE));
  }
}
