package org.qsurv.app.ops;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The access log: one event per HTTP request, with the method, the path, the names (never the
 * values) of its query parameters, the status, how long it took and the signed-in user's id (the
 * sign-in name, never the display name). Query values are left out because they can hold what a
 * person typed: a search, a name. The web layer calls {@link #request} once per request, after the
 * response is sent.
 *
 * <pre>{@code
 * 2026-12-02T09:15:00.123Z INFO  access: GET /risks?sort 200 12 ms user=m.ellery
 * }</pre>
 *
 * @since 1.0.0
 */
public final class AccessLog {
  /** The logger's name, for routing the access log apart from the rest. */
  public static final String LOGGER = "qsurv.access";

  private static final Logger LOG = LoggerFactory.getLogger(LOGGER);

  private AccessLog() {}

  /**
   * Logs a request that has been answered.
   *
   * @param method the HTTP method
   * @param path the path, without the query
   * @param rawQuery the query string as received (only its parameter names are logged), if any
   * @param status the status sent
   * @param duration from receiving the request to sending the response
   * @param userId the signed-in user's sign-in name, if anyone was signed in
   */
  public static void request(String method, String path, Optional<String> rawQuery, int status,
      Duration duration, Optional<String> userId) {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(duration, "duration");
    if (!LOG.isInfoEnabled()) {
      return;
    }
    String target = LogText.clean(path + rawQuery.map(AccessLog::parameterNames).orElse(""));
    String user = userId.map(LogText::clean).orElse("-");
    long millis = duration.toMillis();
    LOG.atInfo()
        .addKeyValue("method", LogText.clean(method))
        .addKeyValue("path", target)
        .addKeyValue("status", status)
        .addKeyValue("durationMs", millis)
        .addKeyValue("user", user)
        .log("{} {} {} {} ms user={}", LogText.clean(method), target, status, millis, user);
  }

  /**
   * Logs a request whose page failed with an unexpected exception (a programming error or a
   * database fault), with its stack trace: the user saw only "Sorry, there is a problem".
   *
   * @param method the HTTP method
   * @param path the path, without the query
   * @param failure what was thrown
   */
  public static void failed(String method, String path, Throwable failure) {
    LOG.atError()
        .addKeyValue("method", LogText.clean(method))
        .addKeyValue("path", LogText.clean(path))
        .setCause(failure)
        .log("page failed: {} {}", LogText.clean(method), LogText.clean(path));
  }

  /** {@code ?a&b} for the query {@code a=1&b=2}: the names, in order, without the values. */
  static String parameterNames(String rawQuery) {
    if (rawQuery.isEmpty()) {
      return "";
    }
    StringBuilder b = new StringBuilder();
    for (String pair : rawQuery.split("&", -1)) {
      int equals = pair.indexOf('=');
      String name = equals < 0 ? pair : pair.substring(0, equals);
      if (!name.isEmpty()) {
        b.append(b.length() == 0 ? '?' : '&').append(name);
      }
    }
    return b.toString();
  }
}
