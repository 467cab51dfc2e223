package org.qsurv.app.web.html;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
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
    StringOutput out = new StringOutput();
    ENGINE.render(name, params, out);
    return new SafeHtml(out.toString().strip());
  }
}
