package org.qsurv.app.web.security;

import java.util.Objects;
import java.util.Optional;

/**
 * What the {@link SecurityFilter} shows when it refuses a request: the pages replace the plain
 * default with one drawn in the layout. The page must not say more than the status does: a refused
 * user is not told what exists beyond it.
 */
@FunctionalInterface
public interface RefusalPage {
  /** The page for {@code status} (400, 403, 404, 405 or 413), shown in {@code session}. */
  Page render(int status, Optional<Session> session);

  /** A plain-text page with a sentence for each status. */
  static RefusalPage plain() {
    return (status, session) -> new Page("text/plain; charset=utf-8", message(status));
  }

  /** The sentence shown for a status. */
  static String message(int status) {
    return switch (status) {
      case 400 -> "The request could not be read.";
      case 403 -> "You cannot do this. If you were filling in a form, it may have expired: go "
          + "back, reload the page and try again.";
      case 404 -> "Page not found.";
      case 405 -> "This page does not accept that kind of request.";
      case 408 -> "The form took too long to arrive: send it again.";
      case 413 -> "The file is too large.";
      default -> "The request was refused.";
    };
  }

  /**
   * A response body and its type.
   *
   * @param contentType the {@code Content-Type} header value
   * @param body the body
   */
  record Page(String contentType, String body) {
    /** Checks that both parts are present. */
    public Page {
      Objects.requireNonNull(contentType, "contentType");
      Objects.requireNonNull(body, "body");
    }
  }
}
