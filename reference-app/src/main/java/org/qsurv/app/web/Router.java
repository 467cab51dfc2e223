package org.qsurv.app.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
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

  /**
   * The page as a handler that answers within {@code timeout}: a page still working then (a slow
   * query, a stuck database) is answered 503 with the error page and its connection closed, so
   * that a stuck page holds neither the user nor, past the timeout, the connection. The page's
   * own thread cannot be stopped: a write it makes after the timeout still happens, which is why
   * the page tells the user to check before sending a form again.
   */
  static Handler handler(PageHandler page, Errors errors, Duration timeout) {
    Handler run = handler(page, errors);
    return ctx -> {
      AtomicBoolean late = new AtomicBoolean();
      ctx.async(async -> {
        async.timeout = timeout.toMillis();
        async.onTimeout(c -> {
          late.set(true);
          AccessLog.failed(c.req().getMethod(), c.req().getRequestURI(),
              new IllegalStateException("no answer within " + timeout));
          c.header("Connection", "close");
          send(c, errors.page(new Request(c, RequestContext.of(c)), 503));
        });
      }, () -> {
        if (!late.get()) {
          run.handle(ctx);
        }
      });
    };
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
