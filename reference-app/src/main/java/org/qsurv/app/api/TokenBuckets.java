package org.qsurv.app.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Optional;

/**
 * The buckets of {@link ApiRateLimit}, one per token name, in a bounded cache: a bucket unused for
 * as long as it takes to refill is full again, so it is dropped then (and, past {@value #MOST}
 * tokens in use at once, the least recently used is dropped, which can only give its token more).
 */
final class TokenBuckets {
  /** The most buckets kept: far more tokens than a deployment issues. */
  static final int MOST = 10_000;

  private static final long NANOS = 1_000_000_000L;

  private final ApiRateLimit limit;
  private final Cache<String, Bucket> buckets;

  TokenBuckets(ApiRateLimit limit) {
    this.limit = limit;
    long refill = (long) Math.ceil((double) limit.burst() * NANOS / limit.perSecond());
    this.buckets = Caffeine.newBuilder().maximumSize(MOST)
        .expireAfterAccess(Duration.ofNanos(refill).plusSeconds(1))
        .ticker(limit.ticker()::read).build();
  }

  /**
   * Takes one request from {@code token}'s bucket.
   *
   * @return empty if the request may go ahead; otherwise how long until the bucket has one
   */
  Optional<Duration> take(String token) {
    long now = limit.ticker().read();
    return buckets.get(token, k -> new Bucket(limit.burst() * NANOS, now)).take(now);
  }

  /**
   * One token's bucket, counted in nano-requests (a request is 10^9) so that refilling
   * by elapsed nanoseconds times the rate is exact integer arithmetic.
   */
  private final class Bucket {
    private long level;
    private long at;

    Bucket(long level, long at) {
      this.level = level;
      this.at = at;
    }

    synchronized Optional<Duration> take(long now) {
      long capacity = limit.burst() * NANOS;
      long elapsed = Math.max(0, now - at);
      long refill = elapsed > capacity / limit.perSecond() ? capacity
          : elapsed * limit.perSecond();
      level = Math.min(capacity, level + refill);
      at = Math.max(at, now);
      if (level >= NANOS) {
        level -= NANOS;
        return Optional.empty();
      }
      long missing = NANOS - level;
      return Optional.of(Duration.ofNanos((missing + limit.perSecond() - 1) / limit.perSecond()));
    }
  }
}
