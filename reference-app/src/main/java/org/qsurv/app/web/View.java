package org.qsurv.app.web;

import com.google.common.collect.ImmutableMap;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.qsurv.app.port.Directory;
import org.qsurv.app.web.html.HtmlBuilder;
import org.qsurv.app.web.html.Layout;
import org.qsurv.app.web.html.Page;
import org.qsurv.app.web.html.SafeHtml;
import org.qsurv.app.web.html.Section;
import org.qsurv.app.web.html.StatusTag;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.organisation.Provider;
import org.qsurv.model.surveillance.Level;

/** Small pieces every page uses: the layout, tables, levels as tags, dates. */
final class View {
  static final Layout LAYOUT = Layout.standard();
  static final org.qsurv.app.web.security.RouteTable LAYOUT_ROUTES =
      org.qsurv.app.web.security.QsurvRoutes.table();

  private View() {}

  static Response page(Request request, String title, Optional<Section> section, SafeHtml content) {
    return page(request, 200, title, section, content);
  }

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

  private static final SafeHtml SPLICE =
      new HtmlBuilder().empty("hr", "class", "qsurv-splice").build();

  /**
   * A page made of parts, some made for this request, some cached and already encoded: the layout
   * (which carries the user's name and the sign-out form's token) is rendered around them and the
   * parts are sent as they are, the cached ones neither rebuilt, re-encoded nor copied.
   */
  static Response page(Request request, String title, Optional<Section> section,
      List<Part> parts) {
    Page page = Page.titled(title).content(SPLICE);
    if (section.isPresent()) {
      page = page.section(section.get());
    }
    if (request.session().isPresent()) {
      page = page.session(request.session().get());
    }
    String document = LAYOUT.render(page).markup();
    String marker = SPLICE.markup();
    int at = document.indexOf(marker);
    com.google.common.collect.ImmutableList.Builder<byte[]> chunks =
        com.google.common.collect.ImmutableList.builderWithExpectedSize(parts.size() + 2);
    chunks.add(document.substring(0, at).getBytes(StandardCharsets.UTF_8));
    for (Part part : parts) {
      chunks.add(part.bytes());
    }
    chunks.add(document.substring(at + marker.length()).getBytes(StandardCharsets.UTF_8));
    return new Response(200, "text/html; charset=utf-8", chunks.build(),
        com.google.common.collect.ImmutableListMultimap.of());
  }

  /** A part of a page's content, as the bytes it is sent as. */
  record Part(byte[] bytes) {
    /** Markup made for this request. */
    static Part of(SafeHtml html) {
      return new Part(html.markup().getBytes(StandardCharsets.UTF_8));
    }

    /** Markup made earlier and kept encoded (never changed once made). */
    static Part cached(byte[] bytes) {
      return new Part(bytes);
    }
  }

  /** Markup as the bytes a page sends, for a part to cache. */
  static byte[] encoded(SafeHtml html) {
    return html.markup().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * A part made once per state of the data ({@link Assessments#derived} under {@code key}) and
   * kept encoded: {@code html} runs only when the part is not cached yet.
   */
  static Part cached(Assessments assessments, String key, Supplier<SafeHtml> html) {
    return Part.cached(assessments.derived(key, () -> encoded(html.get())));
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

  /** A table with a caption, column headings and rows drawn by {@code row}. */
  static <T> SafeHtml table(String caption, List<String> headings, List<T> rows,
      Consumer2<HtmlBuilder, T> row) {
    HtmlBuilder b = new HtmlBuilder();
    if (rows.isEmpty()) {
      b.element("p", caption + ": none.");
      return b.build();
    }
    // A wide table scrolls sideways in its own box, so the page reflows at 320 CSS px (WCAG 2.2
    // 1.4.10 lets a data table scroll); the box is a named region in the tab order so a keyboard
    // user can scroll it (2.1.1).
    b.open("div", "class", "table-scroll", "role", "region", "aria-label", caption, "tabindex",
        "0");
    // The style sheet's table rules (rows ruled off, a left-aligned caption) and its print rules
    // (a row never split across pages, the header repeated on each) are for class "table".
    b.open("table", "class", "table");
    b.element("caption", caption);
    b.open("thead").open("tr");
    headings.forEach(h -> b.element("th", h, "scope", "col"));
    b.close("tr").close("thead");
    b.open("tbody");
    for (T t : rows) {
      b.open("tr");
      row.accept(b, t);
      b.close("tr");
    }
    b.close("tbody");
    b.close("table");
    b.close("div");
    return b.build();
  }

  /** Draws one row. */
  @FunctionalInterface
  interface Consumer2<A, B> {
    void accept(A a, B b);
  }

  static SafeHtml level(Level level) {
    StatusTag.Colour colour = switch (level) {
      case ROUTINE -> StatusTag.Colour.GREEN;
      case ENHANCED -> StatusTag.Colour.AMBER;
      case INTENSIVE -> StatusTag.Colour.RED;
    };
    return StatusTag.render(words(level.name()), colour);
  }

  static String words(String constant) {
    String w = constant.replace('_', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }

  /** "1 risk", "2 risks": {@code n} and the noun, singular or {@code plural}. */
  static String count(long n, String singular, String plural) {
    return n + " " + (n == 1 ? singular : plural);
  }

  static String date(LocalDate date) {
    return date.toString();
  }

  static String date(Optional<LocalDate> date) {
    return date.map(LocalDate::toString).orElse("\u2014");
  }

  static void cell(HtmlBuilder b, String text) {
    b.element("td", text);
  }

  static void cell(HtmlBuilder b, SafeHtml html) {
    b.open("td").append(html).close("td");
  }

  static void link(HtmlBuilder b, String text, String href) {
    b.open("td").element("a", text, "href", href).close("td");
  }

  static SafeHtml paragraph(String text) {
    return new HtmlBuilder().element("p", text).build();
  }
}
