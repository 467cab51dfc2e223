package org.qsurv.app.web.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Cross-site request forgery protection by the synchronizer-token pattern (OWASP CSRF Prevention
 * Cheat Sheet): each session has a random token ({@link Session#csrfToken()}), every form renders it
 * as a hidden field named {@value #FIELD_NAME}, and every state-changing request must send it back.
 * A missing or wrong token is refused with 403 before anything is changed.
 *
 * <pre>{@code
 * if (!Csrf.permits(method, session, form.first(Csrf.FIELD_NAME))) {
 *   respond(403);   // nothing has been read from the form, nothing written
 * }
 * }</pre>
 */
public final class Csrf {
  /** The name of the hidden form field that carries the token. */
  public static final String FIELD_NAME = "csrf-token";

  private Csrf() {}

  /**
   * Whether {@code submitted} is this session's token, compared in constant time. An absent or
   * empty token never matches.
   */
  public static boolean matches(Session session, Optional<String> submitted) {
    if (submitted.isEmpty() || submitted.get().isEmpty()) {
      return false;
    }
    return MessageDigest.isEqual(
        session.csrfToken().getBytes(StandardCharsets.UTF_8),
        submitted.get().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Whether a request may proceed: a safe method ({@code GET}, {@code HEAD}) always may; any other
   * method needs a session and its matching token.
   */
  public static boolean permits(HttpMethod method, Optional<Session> session,
      Optional<String> submitted) {
    if (method.isSafe()) {
      return true;
    }
    return session.isPresent() && matches(session.get(), submitted);
  }
}
