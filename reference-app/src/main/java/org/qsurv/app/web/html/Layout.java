package org.qsurv.app.web.html;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.qsurv.app.web.security.CurrentUser;
import org.qsurv.app.web.security.HttpMethod;
import org.qsurv.app.web.security.QsurvRoutes;
import org.qsurv.app.web.security.RouteTable;
import org.qsurv.app.web.security.Session;

/**
 * The frame of every page: {@code <html lang="en-GB">}, a skip link, a header with the service name
 * and the signed-in user with a sign-out form, the main navigation (only the sections the user's
 * role may open, the current one marked {@code aria-current="page"}), the {@code <main>} landmark
 * with the page's {@code <h1>}, and a footer. It follows the NHS and GOV.UK design systems'
 * patterns (skip link, landmarks, one {@code h1}, "Error: " title prefix), in our own markup and
 * CSS ({@code /static/qsurv.css}), and prints cleanly: the print style sheet hides the navigation
 * and forms.
 *
 * <pre>{@code
 * Layout layout = Layout.standard();
 * String body = layout.render(Page.titled("Overview").section(Section.OVERVIEW)
 *     .session(session).content(content)).markup();
 * }</pre>
 */
public final class Layout {
  /** The name of the service, in the header and every window title. */
  public static final String SERVICE_NAME = "qsurv";
  /** The path of the style sheet. */
  public static final String STYLESHEET = "/static/qsurv.css";
  /** The id of the {@code <main>} element, the skip link's target. */
  public static final String MAIN_ID = "main-content";

  private final RouteTable routes;

  /** A layout whose navigation shows what {@code routes} lets each user open. */
  public Layout(RouteTable routes) {
    this.routes = Objects.requireNonNull(routes, "routes");
  }

  /** The layout of the reference application, with its route table. */
  public static Layout standard() {
    return new Layout(QsurvRoutes.table());
  }

  /** The whole document for {@code page}. */
  public SafeHtml render(Page page) {
    Optional<CurrentUser> user = page.session().flatMap(Session::user);
    HtmlBuilder b = new HtmlBuilder();
    b.open("html", "lang", "en-GB");
    head(b, page);
    b.open("body");
    b.element("a", "Skip to main content", "class", "skip-link", "href", "#" + MAIN_ID);
    header(b, page, user);
    b.open("div", "class", "width-container");
    // tabindex -1 lets the skip link move keyboard focus into main in every browser.
    b.open("main", "id", MAIN_ID, "class", "main", "tabindex", "-1");
    page.caption().ifPresent(c -> b.element("span", c, "class", "caption"));
    b.element("h1", page.title());
    b.append(page.content());
    b.close("main");
    b.close("div");
    footer(b);
    b.close("body");
    b.close("html");
    return b.buildDocument();
  }

  private static void head(HtmlBuilder b, Page page) {
    b.open("head");
    b.empty("meta", "charset", "utf-8");
    b.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
    b.element("title", (page.hasErrors() ? "Error: " : "") + page.title() + " \u2013 "
        + SERVICE_NAME);
    b.empty("link", "rel", "stylesheet", "href", STYLESHEET);
    b.close("head");
  }

  private void header(HtmlBuilder b, Page page, Optional<CurrentUser> user) {
    b.open("header", "class", "site-header");
    b.open("div", "class", "width-container site-header-inner");
    b.open("a", "class", "service-name", "href",
        user.map(QsurvRoutes::landingPath).orElse(QsurvRoutes.SIGN_IN));
    b.element("span", SERVICE_NAME, "class", "service-logo");
    b.element("span", "Quality surveillance", "class", "service-strapline");
    b.close("a");
    if (user.isPresent()) {
      CurrentUser who = user.get();
      b.open("div", "class", "account");
      b.open("p", "class", "account-name");
      b.text("Signed in as ").element("strong", who.displayName())
          .text(" (" + Labels.role(who.role()) + ", " + who.organisation().value() + ")");
      b.close("p");
      b.open("form", "method", "post", "action", QsurvRoutes.SIGN_OUT, "class", "sign-out");
      b.append(Forms.csrfField(page.session().get().csrfToken()));
      b.element("button", "Sign out", "type", "submit", "class", "button button-secondary");
      b.close("form");
      b.close("div");
    }
    b.close("div");
    if (user.isPresent()) {
      nav(b, page, user);
    }
    b.close("header");
  }

  private void nav(HtmlBuilder b, Page page, Optional<CurrentUser> user) {
    List<Section> open = Arrays.stream(Section.values())
        .filter(s -> routes.permits(user, HttpMethod.GET, s.path())).toList();
    if (open.isEmpty()) {
      return; // a provider user opens only their own provider's pages: no empty landmark
    }
    b.open("nav", "class", "site-nav", "aria-label", "Main");
    b.open("ul", "class", "width-container site-nav-list");
    for (Section section : open) {
      boolean current = page.section().equals(Optional.of(section));
      b.open("li");
      b.element("a", section.label(), Attributes.of("href", section.path())
          .setIf(current, "aria-current", "page"));
      b.close("li");
    }
    b.close("ul");
    b.close("nav");
  }

  private static void footer(HtmlBuilder b) {
    b.open("footer", "class", "site-footer");
    b.open("div", "class", "width-container");
    b.element("p", "qsurv reference application. The demonstration data is synthetic: it "
        + "describes no real patient, member of staff or provider.");
    b.close("div");
    b.close("footer");
  }
}
