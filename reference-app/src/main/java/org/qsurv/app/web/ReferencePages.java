package org.qsurv.app.web;

import com.google.common.collect.ImmutableMap;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import org.qsurv.app.port.Ports;

/**
 * The reference application's routes, by path prefix: the overview at {@code /} and a health check
 * at {@code /health} for a load balancer or a start-up script.
 */
public final class ReferencePages {
  private ReferencePages() {}

  /** The routes over {@code ports}. */
  public static ImmutableMap<String, HttpHandler> routes(Ports ports) {
    return ImmutableMap.of(
        "/", new OverviewPage(ports),
        "/health", ReferencePages::health);
  }

  private static void health(com.sun.net.httpserver.HttpExchange exchange) throws IOException {
    Html.send(exchange, 200, "text/plain", "ok\n");
  }
}
