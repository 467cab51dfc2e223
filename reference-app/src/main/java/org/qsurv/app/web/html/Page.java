package org.qsurv.app.web.html;

import java.util.Objects;
import java.util.Optional;
import org.qsurv.app.web.security.Session;
import org.qsurv.model.Checks;

/**
 * What one page puts into the {@link Layout}: its title (the {@code <h1>} and the window title),
 * an optional caption above the title (the provider a page is about, say), the section it belongs
 * to, the session (for the signed-in user and the sign-out form's CSRF token), whether a form on it
 * has errors (the window title then starts "Error: ", as the GOV.UK pattern asks) and the content.
 * The content's headings start at {@code <h2>}: the layout writes the only {@code <h1>}.
 *
 * <pre>{@code
 * Page page = Page.titled("Risk register").section(Section.RISK_REGISTER)
 *     .session(session).content(table);
 * SafeHtml html = layout.render(page);
 * }</pre>
 *
 * @param title the page's heading and window title
 * @param caption a line above the heading, if any
 * @param section where the page sits in the navigation, if anywhere
 * @param session the browser's session, if it has one
 * @param hasErrors whether a form on the page was submitted with errors
 * @param content the page's own markup
 */
public record Page(String title, Optional<String> caption, Optional<Section> section,
    Optional<Session> session, boolean hasErrors, SafeHtml content) {

  /** Checks that the title is not blank and every field is present. */
  public Page {
    Checks.notBlank("page title", title);
    Objects.requireNonNull(caption, "caption");
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(content, "content");
  }

  /** A page with this title and nothing else yet. */
  public static Page titled(String title) {
    return new Page(title, Optional.empty(), Optional.empty(), Optional.empty(), false,
        SafeHtml.EMPTY);
  }

  /** This page with a caption above its heading. */
  public Page caption(String text) {
    return new Page(title, Optional.of(Checks.notBlank("page caption", text)), section, session,
        hasErrors, content);
  }

  /** This page, marked as belonging to {@code in}. */
  public Page section(Section in) {
    return new Page(title, caption, Optional.of(in), session, hasErrors, content);
  }

  /** This page, shown in {@code current}. */
  public Page session(Session current) {
    return new Page(title, caption, section, Optional.of(current), hasErrors, content);
  }

  /** This page, marked as showing a form with errors. */
  public Page withErrors(boolean errors) {
    return new Page(title, caption, section, session, errors, content);
  }

  /** This page with {@code html} as its content. */
  public Page content(SafeHtml html) {
    return new Page(title, caption, section, session, hasErrors, html);
  }
}
