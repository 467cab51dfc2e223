package org.qsurv.app.web.html;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.qsurv.app.web.security.CurrentUser;
import org.qsurv.app.web.security.HttpMethod;
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
 * Layout layout = new Layout(WebRoutes.table());
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

  /** The whole document for {@code page} ({@code src/main/jte/layout.jte}). */
  public SafeHtml render(Page page) {
    Optional<CurrentUser> user = page.session().flatMap(Session::user);
    // A provider user opens only their own provider's pages: no empty navigation landmark.
    List<Section> open = user.isEmpty() ? List.of() : Arrays.stream(Section.values())
        .filter(s -> routes.permits(user, HttpMethod.GET, s.path())).toList();
    return Templates.render("layout.jte", Map.of("page", page, "user", user, "sections", open));
  }
}
