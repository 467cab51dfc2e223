package org.qsurv.app.report;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.qsurv.app.demo.DemoDataSet;
import org.qsurv.evaluation.PolicyProfile;
import org.qsurv.evaluation.PolicyProfiles;
import org.qsurv.model.snapshot.SnapshotWriter;

/**
 * The README's picture of the board pack (004 §4.4): the first page of the report after the
 * matrix, of the demo data set, rendered by PDFBox from the PDF the application makes. Run with
 * {@code -Dqsurv.pictures=write} to write {@code docs/images/board-pack.png} again; every run
 * checks that the page renders with text on it and that the committed picture is a page of that
 * size, shown in the README.
 */
class BoardPackPictureTest {
  private static final PolicyProfile NATIONAL = PolicyProfiles.nhsDefaults();
  private static final Path PICTURE = Path.of("../docs/images/board-pack.png");
  private static final float DPI = 60;

  @Test
  void theReadmeShowsAPageOfTheBoardPack() throws IOException {
    byte[] json = SnapshotWriter.write(DemoDataSet.generate(DemoDataSet.DEFAULT_SEED).snapshot())
        .getBytes(UTF_8);
    BoardPacks.Made made = BoardPacks.fromSnapshot(json, NATIONAL);
    BufferedImage page;
    try (PDDocument pdf = Loader.loadPDF(made.pdf())) {
      assertTrue(pdf.getNumberOfPages() >= 2, "matrix and report");
      // The matrix's landscape pages come first; the picture is the report's first page.
      int first = 0;
      while (first < pdf.getNumberOfPages() && pdf.getPage(first).getMediaBox().getWidth()
          > pdf.getPage(first).getMediaBox().getHeight()) {
        first++;
      }
      assertTrue(first > 0, "the matrix is the board's first page, landscape");
      assertTrue(first < pdf.getNumberOfPages(), "the report follows the matrix");
      page = new PDFRenderer(pdf).renderImageWithDPI(first, DPI, ImageType.RGB);
    }
    assertTrue(page.getHeight() > page.getWidth(), "the report's pages are portrait A4");
    assertTrue(darkPixels(page) > 1_000, "the page has text on it");
    if ("write".equals(System.getProperty("qsurv.pictures"))) {
      ImageIO.write(page, "png", PICTURE.toFile());
    }
    BufferedImage committed = ImageIO.read(PICTURE.toFile());
    assertNotNull(committed, PICTURE + " is a PNG");
    assertEquals(page.getWidth(), committed.getWidth());
    assertEquals(page.getHeight(), committed.getHeight());
    assertTrue(Files.readString(Path.of("../README.md")).contains("docs/images/board-pack.png"),
        "the README shows it");
  }

  private static int darkPixels(BufferedImage image) {
    int dark = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        if (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff) < 200) {
          dark++;
        }
      }
    }
    return dark;
  }
}
