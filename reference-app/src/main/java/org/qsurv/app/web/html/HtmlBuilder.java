package org.qsurv.app.web.html;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes markup in which every piece of data is escaped: text through {@link #text}, attribute
 * values through {@link Attributes}. Element names come from code and are checked; elements are
 * closed in order (a builder with an element left open cannot be built), so the output is always
 * well-formed. Void elements ({@code input}, {@code br} ...) and the elements of inline SVG are
 * written as {@code <x ... />}.
 *
 * <pre>{@code
 * SafeHtml html = new HtmlBuilder()
 *     .open("p", "class", "lede")
 *     .text("Provider: ").element("strong", provider.name())
 *     .close()
 *     .build();
 * }</pre>
 *
 * <p>Not thread-safe: one builder per fragment.
 */
public final class HtmlBuilder {
  private static final Pattern TAG = Pattern.compile("[a-zA-Z][a-zA-Z0-9]*");
  // Script and style are not to be written at all: the pages have neither (and the content
  // security policy would block them).
  private static final Set<String> FORBIDDEN = Set.of("script", "style", "iframe", "object",
      "embed", "frame", "frameset", "base", "foreignobject");
  private static final Set<String> VOID = Set.of("area", "br", "col", "hr", "img", "input", "link",
      "meta", "source", "track", "wbr");

  private final StringBuilder out = new StringBuilder(256);
  private final Deque<String> open = new ArrayDeque<>();
  private int svgDepth;

  /** Opens an element with attributes given as name, value pairs. */
  public HtmlBuilder open(String tag, String... namesAndValues) {
    return open(tag, Attributes.of(namesAndValues));
  }

  /** Opens an element. */
  public HtmlBuilder open(String tag, Attributes attributes) {
    checkTag(tag);
    if (VOID.contains(tag)) {
      throw new IllegalArgumentException("<" + tag + "> is a void element: use empty()");
    }
    startTag(tag, attributes);
    out.append('>');
    open.push(tag);
    if (tag.equals("svg")) {
      svgDepth++;
    }
    return this;
  }

  /** Closes the innermost open element. */
  public HtmlBuilder close() {
    if (open.isEmpty()) {
      throw new IllegalStateException("no element is open");
    }
    String tag = open.pop();
    if (tag.equals("svg")) {
      svgDepth--;
    }
    out.append("</").append(tag).append('>');
    return this;
  }

  /**
   * Closes the innermost open element, which must be {@code tag}: a check that the code's nesting
   * is what its author meant.
   */
  public HtmlBuilder close(String tag) {
    if (!tag.equals(open.peek())) {
      throw new IllegalStateException("closing <" + tag + "> but <" + open.peek() + "> is open");
    }
    return close();
  }

  /** An element containing only {@code text}, escaped. */
  public HtmlBuilder element(String tag, String text, String... namesAndValues) {
    return element(tag, text, Attributes.of(namesAndValues));
  }

  /** An element containing only {@code text}, escaped. */
  public HtmlBuilder element(String tag, String text, Attributes attributes) {
    return open(tag, attributes).text(text).close();
  }

  /** An element containing {@code content}. */
  public HtmlBuilder element(String tag, SafeHtml content, Attributes attributes) {
    return open(tag, attributes).append(content).close();
  }

  /**
   * An element with no content, written {@code <tag ... />}: an HTML void element ({@code input},
   * {@code br}, {@code meta} ...) or any element inside {@code <svg>}.
   */
  public HtmlBuilder empty(String tag, String... namesAndValues) {
    return empty(tag, Attributes.of(namesAndValues));
  }

  /** An element with no content: see {@link #empty(String, String...)}. */
  public HtmlBuilder empty(String tag, Attributes attributes) {
    checkTag(tag);
    if (!VOID.contains(tag) && svgDepth == 0 && !tag.equals("svg")) {
      // <div /> would be read by a browser as an open <div>: only void and SVG elements may close
      // themselves.
      throw new IllegalArgumentException("<" + tag + "> is not a void element: open and close it");
    }
    startTag(tag, attributes);
    out.append(" />");
    return this;
  }

  /** Text, escaped. */
  public HtmlBuilder text(String text) {
    out.append(Html.escape(text));
    return this;
  }

  /** Markup that is already safe. */
  public HtmlBuilder append(SafeHtml html) {
    out.append(html.markup());
    return this;
  }

  /** The markup so far, as long as every element has been closed. */
  public SafeHtml build() {
    if (!open.isEmpty()) {
      throw new IllegalStateException("elements left open: " + open);
    }
    return new SafeHtml(out.toString());
  }

  /** A whole document: the doctype, then this builder's markup. */
  SafeHtml buildDocument() {
    SafeHtml body = build();
    return new SafeHtml("<!DOCTYPE html>\n" + body.markup());
  }

  private void startTag(String tag, Attributes attributes) {
    out.append('<').append(tag);
    for (String[] pair : attributes.pairs()) {
      out.append(' ').append(pair[0]).append("=\"").append(Html.escape(pair[1])).append('"');
    }
  }

  private static void checkTag(String tag) {
    if (tag == null || !TAG.matcher(tag).matches()) {
      throw new IllegalArgumentException("element name must be letters and digits but was " + tag);
    }
    if (FORBIDDEN.contains(tag.toLowerCase(Locale.ROOT))) {
      throw new IllegalArgumentException("<" + tag + "> is never written");
    }
  }
}
