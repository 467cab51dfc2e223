package org.qsurv.app.web.html;

import java.nio.charset.StandardCharsets;

/**
 * Paths and query strings on this site, with every segment and value percent-encoded, so that data
 * in a link can neither break out of its segment nor out of the attribute.
 *
 * <pre>{@code
 * UrlPath.of("providers", "1-101234567", "indicators", "shmi")  // /providers/1-101234567/indicators/shmi
 * UrlPath.withQuery("/risks", "sort", "score", "q", "night staff")  // /risks?sort=score&q=night%20staff
 * }</pre>
 */
public final class UrlPath {
  private UrlPath() {}

  /** The path made of these segments, each percent-encoded; no segments gives {@code /}. */
  public static String of(String... segments) {
    if (segments.length == 0) {
      return "/";
    }
    StringBuilder out = new StringBuilder();
    for (String segment : segments) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
        throw new IllegalArgumentException(
            "a path segment must not be empty, . or .. but was \"" + segment + "\"");
      }
      out.append('/').append(encode(segment));
    }
    return out.toString();
  }

  /** {@code path} with a query string of these name, value pairs, each percent-encoded. */
  public static String withQuery(String path, String... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("query parameters must come as name, value pairs");
    }
    StringBuilder out = new StringBuilder(path);
    for (int i = 0; i < namesAndValues.length; i += 2) {
      out.append(i == 0 ? '?' : '&').append(encode(namesAndValues[i])).append('=')
          .append(encode(namesAndValues[i + 1]));
    }
    return out.toString();
  }

  /** Percent-encodes everything but RFC 3986's unreserved characters. */
  static String encode(String value) {
    StringBuilder out = new StringBuilder();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '-' || c == '.' || c == '_' || c == '~') {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
      }
    }
    return out.toString();
  }
}
