package org.qsurv.app.ops;

import java.time.Duration;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The health check a load balancer or an orchestrator polls ({@code GET /health}): healthy when the
 * database answers a query within a short timeout, unhealthy otherwise, so that traffic goes to an
 * instance that can serve it and an operator is told before users are. The answer names no
 * internal detail (a host name, a driver's message): {@code /health} is open to anyone who can
 * reach the server, and the detail goes to the log instead.
 *
 * <pre>{@code
 * HealthCheck health = new HealthCheck(database::ping, HealthCheck.DEFAULT_TIMEOUT);
 * HealthCheck.Result result = health.check();  // Healthy: 200 "ok"; Unhealthy: 503 and why
 * }</pre>
 *
 * @since 1.0.0
 */
public final class HealthCheck {
  /** How long the database has to answer {@code SELECT 1}. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(2);

  private static final Logger LOG = LoggerFactory.getLogger("qsurv.health");

  private final Probe database;
  private final Duration timeout;

  /**
   * A check of {@code database}, which must answer within {@code timeout}.
   *
   * @throws IllegalArgumentException if {@code timeout} is not positive
   */
  public HealthCheck(Probe database, Duration timeout) {
    this.database = Objects.requireNonNull(database, "database");
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive but was " + timeout);
    }
    this.timeout = timeout;
  }

  /** Checks now. */
  public Result check() {
    try {
      database.ping(timeout);
      return new Healthy();
    } catch (RuntimeException e) {
      LOG.warn("health check failed: the database does not answer: {}", e.getMessage());
      return new Unhealthy("database unavailable");
    }
  }

  /** Something the application cannot serve without: it throws when it does not answer. */
  @FunctionalInterface
  public interface Probe {
    /**
     * Returns when it answers within about {@code timeout}.
     *
     * @throws RuntimeException saying why it does not
     */
    void ping(Duration timeout);
  }

  /** The answer: the HTTP status and the plain-text body to send. */
  public sealed interface Result permits Healthy, Unhealthy {
    /** 200 or 503. */
    int status();

    /** One line of plain text. */
    String body();
  }

  /** Everything answers: 200 {@code ok}. */
  public record Healthy() implements Result {
    @Override
    public int status() {
      return 200;
    }

    @Override
    public String body() {
      return "ok\n";
    }
  }

  /**
   * Something does not answer: 503, with what (never the internal detail).
   *
   * @param reason what does not answer, e.g. {@code database unavailable}
   */
  public record Unhealthy(String reason) implements Result {
    public Unhealthy {
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public int status() {
      return 503;
    }

    @Override
    public String body() {
      return "unavailable: " + reason + "\n";
    }
  }
}
