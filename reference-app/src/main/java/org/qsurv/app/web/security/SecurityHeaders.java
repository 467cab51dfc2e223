package org.qsurv.app.web.security;

import com.google.common.collect.ImmutableMap;

/**
 * The response headers every page carries. The content security policy allows only this site's own
 * style sheets and images and no script at all (the application uses none), so that markup
 * injected despite the escaping could not run; inline SVG is drawn with presentation attributes,
 * never {@code style}, so it needs no exception.
 *
 * <pre>{@code
 * SecurityHeaders.forPages().forEach(exchange.getResponseHeaders()::set);
 * }</pre>
 */
public final class SecurityHeaders {
  /** The content security policy of every page. */
  public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; "
      + "img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

  private static final ImmutableMap<String, String> PAGES = ImmutableMap.of(
      "Content-Security-Policy", CONTENT_SECURITY_POLICY,
      "X-Content-Type-Options", "nosniff",
      "Referrer-Policy", "same-origin",
      "X-Frame-Options", "DENY",
      // Pages show data about named providers: never keep them in a shared or browser cache.
      "Cache-Control", "no-store");

  private SecurityHeaders() {}

  /** The headers for every page, form response and download. */
  public static ImmutableMap<String, String> forPages() {
    return PAGES;
  }
}
