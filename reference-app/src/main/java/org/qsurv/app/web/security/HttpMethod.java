package org.qsurv.app.web.security;

import java.util.Optional;

/**
 * The HTTP methods the application answers. Only {@link #GET} (and {@link #HEAD}, answered as GET)
 * are safe; everything else changes state and so needs a CSRF token ({@link Csrf}).
 */
public enum HttpMethod {
  /** Reads. */
  GET,
  /** Reads the headers only; routed as {@link #GET}. */
  HEAD,
  /** Changes state: needs a CSRF token. */
  POST;

  /** Whether requests with this method must change nothing (RFC 9110 §9.2.1). */
  public boolean isSafe() {
    return this != POST;
  }

  /** The method named by a request line, if the application answers it at all. */
  public static Optional<HttpMethod> parse(String name) {
    if (name == null) {
      return Optional.empty();
    }
    // Method names are case-sensitive (RFC 9110 §9.1): "get" is not GET.
    switch (name) {
      case "GET": return Optional.of(GET);
      case "HEAD": return Optional.of(HEAD);
      case "POST": return Optional.of(POST);
      default: return Optional.empty();
    }
  }
}
