package org.qsurv.app.web;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.function.Consumer;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The reference application's HTTP server: Javalin on Jetty, with the entry point hardened by
 * {@link ServerLimits} (idle and header timeouts, header size, a bounded number of connections, a
 * minimum upload rate). Jetty reads requests without a thread per connection, so clients that
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

  /** Stops accepting requests, lets those under way finish, and stops. */
  @Override
  public void close() {
    javalin.stop();
  }
}
