package org.qsurv.app.web.html;

import gg.jte.Content;
import gg.jte.TemplateOutput;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * A fragment of markup that is safe to send: the output of a template ({@link Templates}), every
 * piece of data in it escaped by jte. There is deliberately no way to wrap an arbitrary string, so
 * user data can only reach a page through the escaping. The templates write well-formed XML (void
 * elements closed with {@code />}, no named entities but XML's), so tests parse pages with the
 * JDK's XML parser.
 *
 * <p>It is jte {@link Content}: a template writes it as it is ({@code ${fragment}}), as it writes
 * the output of another template, because every piece of data in it has already been escaped.
 */
public final class SafeHtml implements Content {
  /** No markup at all. */
  public static final SafeHtml EMPTY = new SafeHtml(new byte[0]);

  // The markup as UTF-8: a fragment is encoded once, when it is made, and a page made of cached
  // fragments (a provider's charts) is sent without encoding them again (hazard H57).
  private final byte[] utf8;

  SafeHtml(byte[] utf8) {
    this.utf8 = Objects.requireNonNull(utf8, "utf8");
  }

  /** These fragments one after another. */
  public static SafeHtml concat(SafeHtml... parts) {
    return concat(java.util.Arrays.asList(parts));
  }

  /** These fragments one after another. */
  public static SafeHtml concat(Iterable<SafeHtml> parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (SafeHtml part : parts) {
      out.writeBytes(part.utf8);
    }
    return new SafeHtml(out.toByteArray());
  }

  /** Whether there is no markup. */
  public boolean isEmpty() {
    return utf8.length == 0;
  }

  @Override
  public void writeTo(TemplateOutput output) {
    output.writeBinaryContent(utf8);
  }

  /** The markup. */
  public String markup() {
    return new String(utf8, StandardCharsets.UTF_8);
  }

  /** The markup in UTF-8, to write into a response body; not to be changed. */
  public byte[] utf8() {
    return utf8;
  }

  @Override
  public String toString() {
    return markup();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SafeHtml html && Arrays.equals(html.utf8, utf8);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(utf8);
  }
}
