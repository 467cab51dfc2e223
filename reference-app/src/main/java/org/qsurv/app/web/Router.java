package org.qsurv.app.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import org.qsurv.app.ops.AccessLog;
import org.qsurv.app.web.security.HttpMethod;
import org.qsurv.app.web.security.RequestContext;

/**
 * Turns a page (a function from {@link Request} to {@link Response}) into a Javalin handler: it
 * runs after the {@code SecurityFilter} has let the request through, and a page that fails answers
 * 500 in the layout, never a stack trace.
 */
final class Router {

  /** A page: answers a request. */
  @FunctionalInterface
  interface PageHandler {
    Response handle(Request request) throws IOException;
  }

  /** The pages shown for errors, in the layout. */
  interface Errors {
    Response page(Request request, int status);
  }

  private Router() {}

  static String key(HttpMethod method, String pattern) {
    return method.name() + " " + pattern;
  }

  static Handler handler(PageHandler page, Errors errors) {
    return ctx -> {
      Request request = new Request(ctx, RequestContext.of(ctx));
      Response response;
      try {
        response = page.handle(request);
      } catch (RuntimeException e) {
        AccessLog.failed(ctx.req().getMethod(), ctx.req().getRequestURI(), e);
        response = errors.page(request, 500);
      }
      send(ctx, response);
    };
  }

  static void send(Context ctx, Response response) {
    response.headers().forEach(ctx::header);
    ctx.status(response.status()).contentType(response.contentType());
    ctx.header("Cache-Control", "no-store");
    if (response.chunks().size() == 1) {
      ctx.result(response.chunks().get(0));
    } else {
      byte[] body = new byte[Math.toIntExact(response.length())];
      int at = 0;
      for (byte[] chunk : response.chunks()) {
        System.arraycopy(chunk, 0, body, at, chunk.length);
        at += chunk.length;
      }
      ctx.result(body);
    }
  }
}
