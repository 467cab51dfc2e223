package org.qsurv.app.web.html;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import java.util.Arrays;
import java.util.Map;

/**
 * The application's jte templates ({@code src/main/jte}), compiled with the application by the
 * jte Maven plugin: a template that does not compile fails the build, and none is compiled at run
 * time. Templates are HTML, so jte escapes every {@code ${value}} for the context it is written in
 * (element text, attribute value); {@link SafeHtml} and template output are written as they are.
 *
 * <pre>{@code
 * SafeHtml page = Templates.render("sign-in.jte", Map.of("form", form));
 * }</pre>
 */
public final class Templates {
  private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

  private Templates() {}

  /**
   * The output of template {@code name} (a path under {@code src/main/jte}) with {@code params},
   * without the blank lines its comments and parameters leave before and after it.
   */
  public static SafeHtml render(String name, Map<String, Object> params) {
    // Written as UTF-8 bytes: fragments already made (SafeHtml) are written as they are, not
    // decoded and encoded again (H57).
    Utf8ByteOutput out = new Utf8ByteOutput();
    ENGINE.render(name, params, out);
    byte[] bytes = out.toByteArray();
    int from = 0;
    int to = bytes.length;
    while (from < to && isBlank(bytes[from])) {
      from++;
    }
    while (to > from && isBlank(bytes[to - 1])) {
      to--;
    }
    return new SafeHtml(from == 0 && to == bytes.length ? bytes
        : Arrays.copyOfRange(bytes, from, to));
  }

  // The whitespace String.strip() removes at the ends of a template's output: below 0x80 a UTF-8
  // byte is its character, and a byte of a longer sequence is negative, never whitespace.
  private static boolean isBlank(byte b) {
    return Character.isWhitespace(b);
  }
}
