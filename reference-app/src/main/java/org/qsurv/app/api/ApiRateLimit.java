package org.qsurv.app.api;

import com.google.common.base.Ticker;
import java.util.Objects;

/**
 * How fast one valid API token may call: a token bucket per token, refilled at {@code perSecond}
 * requests a second up to {@code burst}; a call that finds its token's bucket empty is refused with
 * 429 and {@code Retry-After} (hazard H59), and no token's calls use another's bucket.
 *
 * @param perSecond the sustained rate, 1 to 10,000 requests a second
 * @param burst the most requests at once after a quiet spell, 1 to 100,000
 * @param ticker the time the buckets refill by (nanoseconds; {@link Ticker#systemTicker()})
 */
public record ApiRateLimit(int perSecond, int burst, Ticker ticker) {
  /** 20 requests a second: a dashboard refreshing every page of every list is well under it. */
  public static final int DEFAULT_PER_SECOND = 20;
  /** 40 at once: two seconds' worth, for a client that reads every page of a list in a row. */
  public static final int DEFAULT_BURST = 40;

  /** Validates each field, naming the field and the value. */
  public ApiRateLimit {
    if (perSecond < 1 || perSecond > 10_000) {
      throw new IllegalArgumentException("api requests per second must be from 1 to 10000 but "
          + "was " + perSecond);
    }
    if (burst < 1 || burst > 100_000) {
      throw new IllegalArgumentException("api request burst must be from 1 to 100000 but was "
          + burst);
    }
    Objects.requireNonNull(ticker, "ticker");
  }

  /** The limit of {@code perSecond} with bursts of {@code burst}, on the system's ticker. */
  public static ApiRateLimit of(int perSecond, int burst) {
    return new ApiRateLimit(perSecond, burst, Ticker.systemTicker());
  }

  /** 20 requests a second, in bursts of up to 40. */
  public static ApiRateLimit defaults() {
    return of(DEFAULT_PER_SECOND, DEFAULT_BURST);
  }
}
