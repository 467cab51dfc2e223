package org.qsurv.app.web;

import com.google.common.collect.ImmutableMap;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import org.qsurv.app.ops.AccessLog;
import org.qsurv.app.web.security.HttpMethod;
import org.qsurv.app.web.security.RequestContext;
import org.qsurv.app.web.security.Route;

/**
 * Sends each request, once the {@code SecurityFilter} has let it through, to the page for its
 * route: the route table matched it, so the router looks the page up by the route's method and
 * pattern. A route without a page is a programming error and answers 500 (a test checks every
 * route has one).
 */
final class Router implements HttpHandler {

  /** A page: answers a request. */
  @FunctionalInterface
  interface PageHandler {
    Response handle(Request request) throws IOException;
  }

  private final ImmutableMap<String, PageHandler> pages;
  private final Errors errors;

  Router(Map<String, PageHandler> pages, Errors errors) {
    this.pages = ImmutableMap.copyOf(pages);
    this.errors = errors;
  }

  static String key(HttpMethod method, String pattern) {
    return method.name() + " " + pattern;
  }

  boolean hasPage(Route route) {
    HttpMethod method = route.method() == HttpMethod.HEAD ? HttpMethod.GET : route.method();
    return pages.containsKey(key(method, route.pattern()));
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    RequestContext context = RequestContext.of(exchange);
    Request request = new Request(exchange, context);
    Response response;
    try {
      Route route = context.decision().route().orElseThrow();
      HttpMethod method = route.method() == HttpMethod.HEAD ? HttpMethod.GET : route.method();
      PageHandler page = pages.get(key(method, route.pattern()));
      response = page == null ? errors.page(request, 404) : page.handle(request);
    } catch (RuntimeException e) {
      AccessLog.failed(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(), e);
      response = errors.page(request, 500);
    }
    send(exchange, response);
  }

  static void send(HttpExchange exchange, Response response) throws IOException {
    response.headers().forEach(exchange.getResponseHeaders()::add);
    exchange.getResponseHeaders().set("Content-Type", response.contentType());
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    boolean head = exchange.getRequestMethod().equals("HEAD");
    long length = response.length();
    if (head || length == 0) {
      exchange.sendResponseHeaders(response.status(), -1);
    } else {
      exchange.sendResponseHeaders(response.status(), length);
      try (OutputStream out = exchange.getResponseBody()) {
        for (byte[] chunk : response.chunks()) {
          out.write(chunk);
        }
      }
    }
    exchange.close();
  }

  /** The pages shown for errors, in the layout. */
  interface Errors {
    Response page(Request request, int status);
  }
}
