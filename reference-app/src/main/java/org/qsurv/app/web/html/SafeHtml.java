package org.qsurv.app.web.html;

import gg.jte.Content;
import gg.jte.TemplateOutput;
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
  public static final SafeHtml EMPTY = new SafeHtml("");

  private final String markup;

  SafeHtml(String markup) {
    this.markup = Objects.requireNonNull(markup, "markup");
  }

  /** These fragments one after another. */
  public static SafeHtml concat(SafeHtml... parts) {
    return concat(java.util.Arrays.asList(parts));
  }

  /** These fragments one after another. */
  public static SafeHtml concat(Iterable<SafeHtml> parts) {
    StringBuilder out = new StringBuilder();
    for (SafeHtml part : parts) {
      out.append(part.markup);
    }
    return new SafeHtml(out.toString());
  }

  /** Whether there is no markup. */
  public boolean isEmpty() {
    return markup.isEmpty();
  }

  @Override
  public void writeTo(TemplateOutput output) {
    output.writeContent(markup);
  }

  /** The markup, to write into the response body. */
  public String markup() {
    return markup;
  }

  @Override
  public String toString() {
    return markup;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SafeHtml && ((SafeHtml) other).markup.equals(markup);
  }

  @Override
  public int hashCode() {
    return markup.hashCode();
  }
}
