package org.qsurv.app.web;

import java.time.Duration;
import java.util.Objects;

/**
 * The limits of the HTTP entry point, so that a careless or hostile client cannot hold the server:
 * a connection that sends nothing (or half a request header) for {@code idleTimeout} is closed; a
 * request header over {@code maxHeaderBytes} is refused (431); at most {@code maxConnections} are
 * open at once (further ones wait to be accepted); a body sent slower than {@code
 * minRequestBytesPerSecond} is cut off, and a request not answered within {@code requestTimeout}
 * (its body still arriving, or its page still working) is answered 408 or 503 and its connection
 * closed. At most {@code maxActiveRequests} requests are worked on at once; further ones wait,
 * holding no thread, and one that cannot start within {@code maxQueueWait} is answered 503 "busy"
 * without having run, so that a crowd asking for heavy pages gets a quick answer rather than
 * none (hazard H57). Body sizes are limited per route by the security filter.
 *
 * @param idleTimeout how long a connection may be silent, including while sending its header
 * @param maxHeaderBytes the largest request line and headers
 * @param maxConnections the most connections open at once
 * @param minRequestBytesPerSecond the slowest a request body may be sent
 * @param requestTimeout the longest a request may take, from its body's first byte to its answer
 * @param maxActiveRequests the most requests worked on at once
 * @param maxQueueWait the longest a request may wait to be worked on
 * @since 1.0.0
 */
public record ServerLimits(Duration idleTimeout, int maxHeaderBytes, int maxConnections,
    long minRequestBytesPerSecond, Duration requestTimeout, int maxActiveRequests,
    Duration maxQueueWait) {
  /** Validates every value, naming the field. */
  public ServerLimits {
    Objects.requireNonNull(idleTimeout, "idleTimeout");
    if (idleTimeout.isNegative() || idleTimeout.isZero()) {
      throw new IllegalArgumentException("idleTimeout must be positive but was " + idleTimeout);
    }
    if (maxHeaderBytes < 1024) {
      throw new IllegalArgumentException("maxHeaderBytes must be at least 1024 but was "
          + maxHeaderBytes);
    }
    if (maxConnections < 1) {
      throw new IllegalArgumentException("maxConnections must be at least 1 but was "
          + maxConnections);
    }
    Objects.requireNonNull(requestTimeout, "requestTimeout");
    if (requestTimeout.isNegative() || requestTimeout.isZero()) {
      throw new IllegalArgumentException("requestTimeout must be positive but was "
          + requestTimeout);
    }
    if (minRequestBytesPerSecond < 0) {
      throw new IllegalArgumentException("minRequestBytesPerSecond must not be negative but was "
          + minRequestBytesPerSecond);
    }
    if (maxActiveRequests < 1) {
      throw new IllegalArgumentException("maxActiveRequests must be at least 1 but was "
          + maxActiveRequests);
    }
    Objects.requireNonNull(maxQueueWait, "maxQueueWait");
    if (maxQueueWait.isNegative() || maxQueueWait.isZero()) {
      throw new IllegalArgumentException("maxQueueWait must be positive but was " + maxQueueWait);
    }
  }

  /**
   * 20 seconds idle, 8 KiB of headers, 500 connections, bodies at 1 KiB/s at least, 30 seconds
   * a request, 64 requests worked on at once and 5 seconds' wait for the others: ample for an
   * ICB's quality team behind one proxy (a page answers in milliseconds, a 10 MB upload over a
   * slow link in seconds), small enough that idle sockets, trickled bodies, stuck pages and
   * crowds cannot exhaust it.
   */
  public static ServerLimits defaults() {
    return new ServerLimits(Duration.ofSeconds(20), 8 * 1024, 500, 1024, Duration.ofSeconds(30),
        64, Duration.ofSeconds(5));
  }

  /** These limits with another request timeout. */
  public ServerLimits withRequestTimeout(Duration timeout) {
    return new ServerLimits(idleTimeout, maxHeaderBytes, maxConnections, minRequestBytesPerSecond,
        timeout, maxActiveRequests, maxQueueWait);
  }

  /** These limits with another minimum body rate (0 for none). */
  public ServerLimits withMinRequestBytesPerSecond(long rate) {
    return new ServerLimits(idleTimeout, maxHeaderBytes, maxConnections, rate, requestTimeout,
        maxActiveRequests, maxQueueWait);
  }

  /** These limits with another bound on the requests worked on at once and their wait. */
  public ServerLimits withQueue(int active, Duration wait) {
    return new ServerLimits(idleTimeout, maxHeaderBytes, maxConnections, minRequestBytesPerSecond,
        requestTimeout, active, wait);
  }
}
