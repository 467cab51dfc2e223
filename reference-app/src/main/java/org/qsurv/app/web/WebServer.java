package org.qsurv.app.web;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Consumer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.eclipse.jetty.util.Callback;
import org.qsurv.app.web.security.SecurityHeaders;

/**
 * The reference application's HTTP server: Javalin on Jetty, with the entry point hardened by
 * {@link ServerLimits} (idle and header timeouts, header size, a bounded number of connections, a
 * minimum upload rate, a bounded number of requests worked on at once and a bounded wait for the
 * others). Jetty reads requests without a thread per connection, so clients that
 * open connections and send half a request hold no worker and delay nobody else; the idle timeout
 * then closes them. Stop it with {@link #close()}.
 *
 * <pre>{@code
 * try (WebServer server = WebServer.start(new InetSocketAddress("127.0.0.1", 8080),
 *     ServerLimits.defaults(), config -> config.routes.get("/", ctx -> ctx.result("ok")))) {
 *   System.out.println("listening on " + server.uri());
 * }
 * }</pre>
 */
public final class WebServer implements AutoCloseable {
  private final Javalin javalin;
  private final InetSocketAddress address;

  private WebServer(Javalin javalin, InetSocketAddress address) {
    this.javalin = javalin;
    this.address = address;
  }

  /**
   * Starts serving on {@code address} (port 0 picks a free port) the application that {@code
   * application} configures (its routes and handlers).
   *
   * @throws UncheckedIOException if the address cannot be bound (say, the port is in use)
   */
  public static WebServer start(InetSocketAddress address, ServerLimits limits,
      Consumer<JavalinConfig> application) {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(limits, "limits");
    Javalin javalin = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.router.ignoreTrailingSlashes = false;
      config.http.prefer405over404 = true;
      config.jetty.modifyHttpConfiguration(http -> {
        http.setRequestHeaderSize(limits.maxHeaderBytes());
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        http.setMinRequestDataRate(limits.minRequestBytesPerSecond());
      });
      config.jetty.addConnector((server, http) -> {
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(address.getHostString());
        connector.setPort(address.getPort());
        connector.setIdleTimeout(limits.idleTimeout().toMillis());
        return connector;
      });
      config.jetty.modifyServer(server -> server.addBean(
          new NetworkConnectionLimit(limits.maxConnections(), server)));
      config.jetty.modifyServletContextHandler(context -> {
        QoSHandler queue = new Busy();
        queue.setMaxRequestCount(limits.maxActiveRequests());
        queue.setMaxSuspend(limits.maxQueueWait());
        context.insertHandler(queue);
      });
      application.accept(config);
    });
    try {
      javalin.start();
    } catch (RuntimeException e) {
      javalin.stop();
      throw new UncheckedIOException("cannot listen on " + address.getHostString() + ":"
          + address.getPort() + ": " + e.getMessage(), new IOException(e));
    }
    ServerConnector connector = (ServerConnector) javalin.jettyServer().server().getConnectors()[0];
    return new WebServer(javalin,
        new InetSocketAddress(address.getHostString(), connector.getLocalPort()));
  }

  /** The address the server listens on, with the port it was given. */
  public InetSocketAddress address() {
    return address;
  }

  /** {@code http://host:port/}. */
  public String uri() {
    return "http://" + address.getHostString() + ":" + address.getPort() + "/";
  }

  /**
   * Jetty's bound on the requests worked on at once, answering a request that waited too long
   * (or found the queue full) 503 with a page that says it was not started (H57): the user knows
   * that nothing they sent was recorded, and may send it again.
   */
  private static final class Busy extends QoSHandler {
    private static final byte[] PAGE = ("<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta "
        + "charset=\"utf-8\" /><title>The service is busy - qsurv</title></head><body><main>"
        + "<h1>The service is busy</h1><p>Sorry, the service is busy and did not start your "
        + "request: nothing you sent was recorded. Try again in a minute.</p></main></body>"
        + "</html>\n").getBytes(StandardCharsets.UTF_8);

    @Override
    protected void reject(Request request, Response response, Callback callback, int status) {
      response.setStatus(503);
      SecurityHeaders.forPages().forEach(response.getHeaders()::put);
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
      response.getHeaders().put(HttpHeader.RETRY_AFTER, "60");
      response.write(true, ByteBuffer.wrap(PAGE), callback);
    }

    @Override
    protected void expireSuspended(Request request, Response response, Callback callback) {
      reject(request, response, callback, 503);
    }
  }

  /** Stops accepting requests, lets those under way finish, and stops. */
  @Override
  public void close() {
    javalin.stop();
  }
}
