package org.qsurv.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.print.PrintOptions;
import org.qsurv.app.web.html.Section;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.surveillance.Level;

/**
 * The pages a quality lead prints, printed to PDF by the browser with its default settings (A4 or
 * letter, no background graphics, as a user's "Save as PDF" would) and read back with PDFBox: the
 * bi-monthly quality report (004 §4.4) keeps its routine / enhanced / intensive sections, the
 * surveillance tracker its table with every column, a provider page its SPC charts; none prints
 * the navigation, the skip link, the sign-out button or a form. The PDFs, and each page rendered
 * as PNG, are saved under {@code target/print}. Skipped when chromium or chromedriver is not
 * installed ({@code .ci/run} installs both).
 */
class PrintTest {
  private static final Path PRINTS = Path.of("target", "print");

  private static BrowserSession session;
  private static TestApp app;
  private static WebDriver browser;

  @BeforeAll
  static void start() throws IOException {
    System.setProperty("java.awt.headless", "true");
    session = BrowserSession.startOrSkip();
    app = session.app;
    browser = session.driver;
    Files.createDirectories(PRINTS);
    session.signIn("m.ellery");
  }

  @AfterAll
  static void stop() {
    if (session != null) {
      session.close();
    }
  }

  @Test
  void theQualityReportPrintsItsThreeSectionsAndNoNavigation() throws IOException {
    Printed report = print("/reports/quality", "quality-report");
    for (Level level : Level.values()) {
      String heading = org.qsurv.app.web.html.Labels.words(level) + " surveillance (";
      assertTrue(report.text.contains(heading), "the report prints the section " + heading);
    }
    // The sections in the report's order: routine, then enhanced, then intensive.
    assertTrue(report.text.indexOf("Routine surveillance") < report.text.indexOf(
        "Enhanced surveillance") && report.text.indexOf("Enhanced surveillance")
        < report.text.indexOf("Intensive surveillance"), "sections in order");
    for (String part : List.of("Insight", "Involvement", "Improvement")) {
      assertTrue(report.text.contains(part), part);
    }
    report.assertNoScreenOnlyParts();
  }

  @Test
  void theTrackerPrintsEveryColumnOfItsTableAndNoNavigation() throws IOException {
    session.open("/tracker");
    List<String> headings = browser.findElements(By.cssSelector("main table thead th")).stream()
        .map(WebElement::getText).toList();
    List<String> providers = browser.findElements(By.cssSelector("main table tbody tr th, "
        + "main table tbody tr td:first-child")).stream().map(WebElement::getText).toList();
    assertFalse(providers.isEmpty(), "the tracker lists providers");
    Printed tracker = print("/tracker", "tracker");
    String flat = tracker.flat();
    for (String heading : headings) {
      assertTrue(flat.contains(heading.replaceAll("\\s+", "")), "the printed tracker has the "
          + "column " + heading);
    }
    for (String provider : providers) {
      assertTrue(flat.contains(provider.replaceAll("\\s+", "")), "the printed tracker lists "
          + provider);
    }
    tracker.assertNoScreenOnlyParts();
  }

  @Test
  void aProviderPagePrintsItsChartsWithoutItsForms() throws IOException {
    OrganisationCode provider = app.app.assessments().current().providers().stream()
        .filter(p -> p.level() == Level.ENHANCED)
        .filter(p -> !p.quality().indicators().isEmpty()).findFirst().orElseThrow().code();
    session.open("/providers/" + provider.value());
    List<String> legends = browser.findElements(By.cssSelector("figure.chart svg g.legend text"))
        .stream().map(e -> e.getDomProperty("textContent")).distinct().toList();
    assertFalse(legends.isEmpty(), "the provider page has charts");
    Printed page = print("/providers/" + provider.value(), "provider");
    for (String legend : legends) {
      assertTrue(page.text.contains(legend), "the printed charts keep their legend " + legend);
    }
    page.assertNoScreenOnlyParts();
  }

  /** A printed page: the PDF's text, and the screen text the print must leave out. */
  private record Printed(String path, String text, List<String> screenOnly) {
    /** The text without white space, for words a narrow column wraps. */
    String flat() {
      return text.replaceAll("\\s+", "");
    }

    void assertNoScreenOnlyParts() {
      for (String part : screenOnly) {
        assertFalse(text.contains(part), path + " prints the screen-only text '" + part + "'");
      }
    }
  }

  /**
   * Prints {@code path} to {@code target/print/<name>.pdf}, renders each page to PNG beside it,
   * and answers its text with the screen-only texts: the skip link, the sign-out button, each
   * navigation link and each form's buttons, unless the printed content also says it.
   */
  private static Printed print(String path, String name) throws IOException {
    session.open(path);
    String main = (String) ((JavascriptExecutor) browser).executeScript(
        "var m = document.querySelector('main').cloneNode(true);"
            + "m.querySelectorAll('form').forEach(function (f) { f.remove(); });"
            + "return m.textContent;");
    List<String> screenOnly = new ArrayList<>(List.of("Skip to main content", "Sign out"));
    for (Section section : Section.values()) {
      if (!main.contains(section.label())) {
        screenOnly.add(section.label());
      }
    }
    browser.findElements(By.cssSelector("main form button")).stream().map(WebElement::getText)
        .filter(t -> !main.contains(t)).forEach(screenOnly::add);

    String base64 = ((PrintsPage) browser).print(new PrintOptions()).getContent();
    byte[] pdf = Base64.getDecoder().decode(base64);
    Path file = PRINTS.resolve(name + ".pdf");
    Files.write(file, pdf);
    assertTrue(pdf.length > 1000 && new String(pdf, 0, 5, java.nio.charset.StandardCharsets
        .US_ASCII).equals("%PDF-"), "a PDF was printed: " + file);
    try (PDDocument document = Loader.loadPDF(pdf);
        java.util.stream.Stream<Path> old = Files.list(PRINTS)) {
      for (Path png : old.filter(p -> p.getFileName().toString().matches(
          java.util.regex.Pattern.quote(name) + "-[0-9]+\\.png")).toList()) {
        Files.delete(png);
      }
      assertTrue(document.getNumberOfPages() >= 1);
      PDFRenderer renderer = new PDFRenderer(document);
      for (int i = 0; i < document.getNumberOfPages(); i++) {
        BufferedImage image = renderer.renderImageWithDPI(i, 72);
        ImageIO.write(image, "png", PRINTS.resolve(name + "-" + (i + 1) + ".png").toFile());
      }
      String text = new PDFTextStripper().getText(document);
      assertEquals(false, text.isBlank(), "the PDF has text");
      return new Printed(path, text, screenOnly);
    }
  }
}
