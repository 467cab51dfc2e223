package org.qsurv.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code qsurv.jar report KIND FILE --format pdf --output FILE}: every governance report as a PDF
 * made without a browser, read back with Apache PDFBox. A board must see from the PDF alone what
 * the report is as of and what was missing or stale (hazard H54; 001 §7.3: requested information
 * not forthcoming is itself a finding), and the board pack (004 §4.4) opens on its icon summary
 * matrix. Bad options exit 2 naming the option and write nothing.
 */
class ReportPdfCommandTest {
  private static final String EXAMPLE =
      "../quality-model/src/test/resources/snapshots/example-1.1.json";

  @TempDir
  Path dir;

  private static String text(PDDocument pdf, int from, int to) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setStartPage(from);
    stripper.setEndPage(to);
    return stripper.getText(pdf).replaceAll("\\s+", " ");
  }

  /** Every kind opens as a PDF that says what it is as of and what is missing, stderr silent. */
  @Test
  void everyKindOfReportIsAPdfThatSaysItsDateAndWhatIsMissing() throws IOException {
    for (String kind : ReportCommand.KINDS) {
      Path out = dir.resolve(kind + ".pdf");
      Cli.Run run = Cli.run("report", kind, EXAMPLE, "--format", "pdf", "--output",
          out.toString());
      assertEquals(0, run.status(), kind + ": " + run.err());
      assertEquals("", run.out(), kind);
      assertEquals("", run.err(), kind);
      try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
        assertTrue(pdf.getNumberOfPages() >= 1, kind);
        String text = text(pdf, 1, pdf.getNumberOfPages());
        assertTrue(text.contains("As of 2025-07-01"), kind + ": " + text);
        assertTrue(text.contains("Missing or stale data"), kind + ": " + text);
        assertTrue(pdf.getDocumentInformation().getTitle().endsWith(" as of 2025-07-01"), kind);
      }
    }
  }

  /**
   * The board pack: the icon summary matrix is the first page (landscape), naming every provider
   * with its cells' icons in words; the report follows with its providers, and the stale data
   * of the example (RH5's returns stop in 2024-07) is said on the first page and listed after.
   */
  @Test
  void theBoardPackOpensOnTheMatrixAndSaysWhatIsStale() throws IOException {
    Path out = dir.resolve("pack.pdf");
    assertEquals(0, Cli.run("report", "service-area", EXAMPLE, "--format", "pdf", "--output",
        out.toString()).status());
    try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
      assertTrue(pdf.getNumberOfPages() >= 2, "matrix page and report");
      PDPage first = pdf.getPage(0);
      assertTrue(first.getMediaBox().getWidth() > first.getMediaBox().getHeight(),
          "the matrix page is landscape");
      String page1 = text(pdf, 1, 1);
      assertTrue(page1.contains("Icon summary matrix: All services as of 2025-07-01"), page1);
      assertTrue(page1.contains("RH5 Somerset NHS Foundation Trust"), page1);
      assertTrue(page1.contains("1-101234567 Oak House"), page1);
      assertTrue(page1.contains("Not enough data for SPC limits"), page1);
      assertTrue(page1.contains("Missing or stale data: 3 items, listed after this page"), page1);
      String rest = text(pdf, 2, pdf.getNumberOfPages());
      assertTrue(rest.contains("RH5: stale data: its latest indicator return is for a period"
          + " ending 2024-07-31"), rest);
      assertTrue(rest.indexOf("Missing or stale data") < rest.indexOf("Routine ("), rest);
      assertTrue(rest.contains("RH5 Somerset NHS Foundation Trust: insight"), rest);
    }
  }

  /**
   * The PDF is tagged for assistive technology (PDF/UA): marked, with a structure tree, its
   * language and title, and every font embedded.
   */
  @Test
  void thePdfIsTaggedWithItsLanguageAndEmbeddedFonts() throws IOException {
    Path out = dir.resolve("directors.pdf");
    assertEquals(0, Cli.run("report", "directors", EXAMPLE, "--format", "pdf", "--output",
        out.toString()).status());
    try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
      assertTrue(pdf.getDocumentCatalog().getMarkInfo().isMarked());
      assertNotNull(pdf.getDocumentCatalog().getStructureTreeRoot());
      assertEquals("en-GB", pdf.getDocumentCatalog().getLanguage());
      assertEquals("Quality and risk report to directors as of 2025-07-01",
          pdf.getDocumentInformation().getTitle());
      for (PDPage page : pdf.getPages()) {
        for (COSName name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertTrue(font.isEmbedded(), font.getName());
        }
      }
    }
  }

  /** The same snapshot and options make the same bytes: a pack can be made again and compared. */
  @Test
  void theSameReportMakesTheSameBytes() throws IOException {
    Path a = dir.resolve("a.pdf");
    Path b = dir.resolve("b.pdf");
    Cli.run("report", "service-area", EXAMPLE, "--format", "pdf", "--output", a.toString());
    Cli.run("report", "service-area", EXAMPLE, "--format", "pdf", "--output", b.toString());
    assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
  }

  /** An earlier --as-of is the PDF's date too. */
  @Test
  void anEarlierAsOfIsThePdfsDate() throws IOException {
    Path out = dir.resolve("june.pdf");
    assertEquals(0, Cli.run("report", "service-area", EXAMPLE, "--as-of", "2025-06-01",
        "--format", "pdf", "--output", out.toString()).status());
    try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
      assertTrue(text(pdf, 1, 1).contains("as of 2025-06-01"));
      assertEquals(2025, pdf.getDocumentInformation().getCreationDate().get(java.util.Calendar.YEAR));
    }
  }

  /**
   * A PDF to the terminal, an output in a folder that does not exist or that is a folder: exit 2
   * naming the option and the value, nothing written.
   */
  @Test
  void badPdfOptionsExit2NamingThemAndWriteNothing() throws IOException {
    Path missing = dir.resolve("no-such-folder").resolve("pack.pdf");
    String[][] cases = {
        {"report", "service-area", EXAMPLE, "--format", "pdf"},
        {"report", "service-area", EXAMPLE, "--format", "pdf", "--output", missing.toString()},
        {"report", "service-area", EXAMPLE, "--format", "pdf", "--output", dir.toString()},
        {"report", "service-area", EXAMPLE, "--format", "PDF", "--output", "x.pdf"}};
    String[] expected = {
        "--format pdf needs --output FILE: a PDF is not text for a terminal",
        "--output " + missing + " cannot be written: its folder " + missing.getParent()
            + " does not exist",
        "--output " + dir + " is a folder, not a file",
        "--format \"PDF\" is not a format; the formats are: markdown, html, pdf"};
    for (int i = 0; i < cases.length; i++) {
      Cli.Run run = Cli.run(cases[i]);
      assertEquals(2, run.status(), String.join(" ", cases[i]));
      assertEquals("", run.out());
      assertEquals("qsurv report: " + expected[i], run.err().strip());
    }
    try (Stream<Path> left = Files.list(dir)) {
      assertFalse(left.findAny().isPresent(), "nothing written");
    }
  }

  /** The HTML of the board pack is the page the PDF is made from: the matrix first there too. */
  @Test
  void theHtmlBoardPackHasTheMatrixFirst() throws IOException {
    Path out = dir.resolve("pack.html");
    assertEquals(0, Cli.run("report", "service-area", EXAMPLE, "--format", "html", "--output",
        out.toString()).status());
    String html = Files.readString(out);
    int matrix = html.indexOf("<h2 id=\"matrix\">Icon summary matrix");
    assertTrue(matrix > 0 && matrix < html.indexOf("<h2>Missing or stale data</h2>"), html);
    assertTrue(html.contains("<th scope=\"row\">RH5 Somerset NHS Foundation Trust</th>"), html);
  }
}
