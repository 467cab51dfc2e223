package org.qsurv.app.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.google.common.hash.Hashing;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import com.openhtmltopdf.util.XRLog;

/**
 * A report's printable HTML ({@link ReportWriter}) as PDF, made in this process by openhtmltopdf
 * on Apache PDFBox, without a browser: the same page a browser prints, its print styles (A4, the
 * board pack's matrix on a landscape page) applied.
 *
 * <p>The PDF is tagged for accessibility (PDF/UA: its structure follows the headings, lists and
 * table headers of the HTML; the language and title are set) with one font embedded, Liberation
 * Sans Regular, which Apache PDFBox ships (SIL Open Font License 1.1). It has no bold face, so
 * bold text prints in the regular face; headings still differ by size.
 *
 * <p>The same HTML always makes the same bytes: the dates the PDF carries are the report's
 * as-of date, not the clock's, and the file identifier is derived from the content, so that a
 * pack made again from its archived snapshot can be compared byte for byte (hazard H53).
 */
public final class ReportPdf {
  static {
    // The engine's own log prints its CSS and timing notes to standard error; a failure to make
    // the PDF is an exception instead.
    XRLog.setLoggingEnabled(false);
  }
  /** The font, from the PDFBox jar. */
  static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
  static final String FONT_FAMILY = "Liberation Sans";

  private ReportPdf() {}

  /**
   * The PDF of {@code html}, a page {@link ReportWriter} made, dated {@code asOf}. Nothing outside
   * the page is read: any link to a stylesheet, image or font is refused.
   *
   * @throws IllegalArgumentException if the page is not well-formed XHTML
   */
  public static byte[] of(String html, java.time.LocalDate asOf) {
    // The document is dated and identified before its one save, in memory: loading the saved
    // PDF again to change them made PDFBox re-parse each object stream for every object it held
    // while saving it again, minutes of CPU for the demo's board pack.
    try (PDDocument document = new PDDocument(); TrueTypeFont font = font()) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.usePDDocument(document);
      builder.useFont(new PDFontSupplier(PDType0Font.load(document, font, true)), FONT_FAMILY,
          400, FontStyle.NORMAL, true);
      builder.usePdfUaAccessibility(true);
      builder.useExternalResourceAccessControl((uri, type) -> false,
          ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
      builder.useExternalResourceAccessControl((uri, type) -> false,
          ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
      builder.withProducer("qsurv");
      builder.withHtmlContent(html, null);
      try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
        renderer.createPDFWithoutClosing();
      }
      fix(document, asOf, Hashing.sha256().hashString(html, StandardCharsets.UTF_8).asBytes());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out, CompressParameters.DEFAULT_COMPRESSION);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot make the PDF", e);
    } catch (RuntimeException e) {
      if (e.getClass().getName().startsWith("com.openhtmltopdf")) {
        throw new IllegalArgumentException("cannot make the PDF of this page: "
            + e.getMessage(), e);
      }
      throw e;
    }
  }

  /** Sets the document's dates to {@code asOf} and takes its identifier from its content. */
  private static void fix(PDDocument document, java.time.LocalDate asOf, byte[] content) {
    Calendar date = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
    date.clear();
    date.set(asOf.getYear(), asOf.getMonthValue() - 1, asOf.getDayOfMonth());
    PDDocumentInformation info = document.getDocumentInformation();
    info.setCreationDate(date);
    info.setModificationDate(date);
    byte[] id = Arrays.copyOf(content, 16);
    COSArray ids = new COSArray();
    ids.add(new COSString(id));
    ids.add(new COSString(id));
    document.getDocument().getTrailer().setItem(COSName.ID, ids);
  }

  /**
   * The font, without its glyph substitutions (GSUB): PDFBox applies them to every string it
   * shows, compiling a pattern each time (over half the CPU of the demo's board pack), and a
   * ligature glyph can leave its letters out of the text a screen reader or a search reads. The
   * letters print as they are, each its own glyph.
   */
  private static TrueTypeFont font() throws IOException {
    try (InputStream in = ReportPdf.class.getResourceAsStream(FONT)) {
      if (in == null) {
        throw new IOException("the font " + FONT + " is not on the class path");
      }
      TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in));
      font.setEnableGsub(false);
      return font;
    }
  }

  /** Whether the font is there: for a health check and the tests. */
  static boolean fontPresent() {
    try (InputStream in = ReportPdf.class.getResourceAsStream(FONT)) {
      return in != null;
    } catch (IOException e) {
      return false;
    }
  }
}
