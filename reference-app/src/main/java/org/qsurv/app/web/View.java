package org.qsurv.app.web;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Optional;
import org.qsurv.app.port.Directory;
import org.qsurv.app.web.html.Layout;
import org.qsurv.app.web.html.Page;
import org.qsurv.app.web.html.SafeHtml;
import org.qsurv.app.web.html.Section;
import org.qsurv.app.web.html.Templates;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.organisation.Provider;

/** What every page does: put its template's output in the layout, and name providers. */
final class View {
  static final Layout LAYOUT = new Layout(WebRoutes.table());

  private View() {}

  static Response page(Request request, String title, Optional<Section> section, SafeHtml content) {
    return page(request, 200, title, section, content);
  }

  /** {@code content} in the layout ({@code layout.jte}), in the section and session given. */
  static Response page(Request request, int status, String title, Optional<Section> section,
      SafeHtml content) {
    Page page = Page.titled(title).content(content);
    if (section.isPresent()) {
      page = page.section(section.get());
    }
    if (request.session().isPresent()) {
      page = page.session(request.session().get());
    }
    return Response.html(status, LAYOUT.render(page));
  }

  /** The directory's providers by code, in its order, read once per state of the data. */
  static Map<OrganisationCode, Provider> providers(Assessments assessments, Directory directory) {
    return assessments.derived("providers-by-code", () -> directory.providers().stream()
        .collect(ImmutableMap.toImmutableMap(Provider::code, p -> p)));
  }

  /** The provider's name, or its code where the directory does not know it. */
  static String name(Assessments assessments, Directory directory, OrganisationCode code) {
    Provider provider = providers(assessments, directory).get(code);
    return provider == null ? code.value() : provider.name();
  }

  /** The page for an address that names nothing (an unknown provider, risk or route). */
  static Response notFound(Request request) {
    return page(request, 404, "Page not found", Optional.empty(),
        paragraph("There is no page at this address."));
  }

  /** One sentence as a page's content ({@code message.jte}). */
  static SafeHtml paragraph(String text) {
    return Templates.render("message.jte", Map.of("text", text));
  }
}
