package org.qsurv.app.web;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The reference application's HTTP server: the JDK's built-in server, a fixed pool of worker
 * threads, and a handler per route (a path prefix, as {@code HttpServer} matches them). Stop it
 * with {@link #close()}.
 *
 * <pre>{@code
 * try (WebServer server = WebServer.start(new InetSocketAddress("127.0.0.1", 8080),
 *     Map.of("/health", exchange -> answer(exchange, 200, "ok")))) {
 *   System.out.println("listening on " + server.uri());
 * }
 * }</pre>
 */
public final class WebServer implements AutoCloseable {
  /** Worker threads: enough for a quality team and a load test on loopback. */
  private static final int THREADS = 16;

  static {
    // Without TCP_NODELAY the JDK server's separate writes of headers and body meet the client's
    // delayed ACK, and a kept-alive small page waits about 40 ms (Nagle's algorithm). The JDK
    // reads this property once, when its server configuration is first loaded.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final HttpServer server;
  private final ExecutorService workers;

  private WebServer(HttpServer server, ExecutorService workers) {
    this.server = server;
    this.workers = workers;
  }

  /**
   * Starts serving {@code routes} on {@code address} (port 0 picks a free port).
   *
   * @throws UncheckedIOException if the address cannot be bound (say, the port is in use)
   */
  public static WebServer start(InetSocketAddress address, Map<String, HttpHandler> routes) {
    Objects.requireNonNull(address, "address");
    HttpServer server;
    try {
      server = HttpServer.create(address, 64);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on " + address.getHostString() + ":"
          + address.getPort() + ": " + e.getMessage(), e);
    }
    routes.forEach(server::createContext);
    ExecutorService workers = Executors.newFixedThreadPool(THREADS, new Workers());
    server.setExecutor(workers);
    server.start();
    return new WebServer(server, workers);
  }

  /**
   * Starts serving every path with {@code root}, behind {@code filter} (the {@code
   * SecurityFilter}: every request passes it before the handler runs).
   *
   * @throws UncheckedIOException if the address cannot be bound
   */
  public static WebServer start(InetSocketAddress address, HttpHandler root,
      com.sun.net.httpserver.Filter filter) {
    Objects.requireNonNull(address, "address");
    HttpServer server;
    try {
      server = HttpServer.create(address, 256);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on " + address.getHostString() + ":"
          + address.getPort() + ": " + e.getMessage(), e);
    }
    server.createContext("/", root).getFilters().add(filter);
    ExecutorService workers = Executors.newFixedThreadPool(THREADS, new Workers());
    server.setExecutor(workers);
    server.start();
    return new WebServer(server, workers);
  }

  /** The address the server listens on, with the port it was given. */
  public InetSocketAddress address() {
    return server.getAddress();
  }

  /** {@code http://host:port/}. */
  public String uri() {
    return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort()
        + "/";
  }

  /** Stops accepting requests, lets those under way finish (up to a second), and stops. */
  @Override
  public void close() {
    server.stop(1);
    workers.shutdown();
    try {
      workers.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static final class Workers implements ThreadFactory {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable task) {
      Thread t = new Thread(task, "qsurv-http-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    }
  }
}
