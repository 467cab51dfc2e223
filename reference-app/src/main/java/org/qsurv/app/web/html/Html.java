package org.qsurv.app.web.html;

/**
 * Escaping of text for HTML (and XML), the one routine every piece of data passes through on its
 * way to a page. The same escaping serves element content and double-quoted attribute values: the
 * five characters {@code & < > " '} become character references, and characters that may not
 * appear in a document at all (control characters other than tab, line feed and carriage return;
 * unpaired surrogates; U+FFFE and U+FFFF) become U+FFFD, the replacement character (OWASP XSS
 * Prevention Cheat Sheet, rules 1 and 2). Attribute values are always written double-quoted by
 * {@link HtmlBuilder}.
 *
 * <pre>{@code
 * Html.escape("<script>alert('x')</script>")   // &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;
 * }</pre>
 */
public final class Html {
  private Html() {}

  /** {@code text} escaped for element content or a double-quoted attribute value. */
  public static String escape(String text) {
    int length = text.length();
    StringBuilder out = new StringBuilder(length + 16);
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&#34;"); // as jte writes it, so both give the same markup
        case '\'' -> out.append("&#39;");
        case '\t', '\n', '\r' -> out.append(c);
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < length
              && Character.isLowSurrogate(text.charAt(i + 1))) {
            out.append(c).append(text.charAt(++i));
          } else if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\uFFFE' || c == '\uFFFF'
              || Character.isSurrogate(c)) {
            out.append('\uFFFD');
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
