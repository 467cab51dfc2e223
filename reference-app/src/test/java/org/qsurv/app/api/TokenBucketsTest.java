package org.qsurv.app.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.base.Ticker;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The token buckets of the API's rate limit (hazard H59), for every rate and burst: a full bucket
 * lets exactly {@code burst} requests through at once, then answers how long until the next,
 * which is one request's worth of refill; after that long exactly one more goes through; no
 * token's requests take from another's bucket; and a bucket never holds more than its burst.
 */
class TokenBucketsTest {
  @Property(tries = 200)
  void aFullBucketLetsTheBurstThroughThenOneARefill(
      @ForAll @IntRange(min = 1, max = 10_000) int perSecond,
      @ForAll @IntRange(min = 1, max = 500) int burst) {
    AtomicLong now = new AtomicLong(1_000_000_000_000L);
    TokenBuckets buckets = new TokenBuckets(new ApiRateLimit(perSecond, burst, ticker(now)));
    for (int i = 0; i < burst; i++) {
      assertEquals(Optional.empty(), buckets.take("a"), "request " + i);
    }
    Duration wait = buckets.take("a").orElseThrow();
    assertEquals(Duration.ofNanos((1_000_000_000L + perSecond - 1) / perSecond), wait);
    assertEquals(Optional.empty(), buckets.take("b"), "another token has its own bucket");

    now.addAndGet(wait.toNanos() - 1);
    assertTrue(buckets.take("a").isPresent(), "not yet");
    now.addAndGet(1);
    assertEquals(Optional.empty(), buckets.take("a"), "one request's worth refilled");
    assertTrue(buckets.take("a").isPresent());

    now.addAndGet(Duration.ofDays(1).toNanos());
    for (int i = 0; i < burst; i++) {
      assertEquals(Optional.empty(), buckets.take("a"), "refilled " + i);
    }
    assertTrue(buckets.take("a").isPresent(), "never more than the burst");
  }

  @Test
  void theDefaultsAre20ASecondInBurstsOf40() {
    ApiRateLimit defaults = ApiRateLimit.defaults();
    assertEquals(20, defaults.perSecond());
    assertEquals(40, defaults.burst());
  }

  /** A limit out of range is refused naming the field and the value (as serve's options are). */
  @Test
  void aLimitOutOfRangeIsRefusedNamingTheFieldAndTheValue() {
    Ticker ticker = ticker(new AtomicLong());
    assertEquals("api requests per second must be from 1 to 10000 but was 0",
        assertThrows(IllegalArgumentException.class, () -> new ApiRateLimit(0, 40, ticker))
            .getMessage());
    assertEquals("api requests per second must be from 1 to 10000 but was 10001",
        assertThrows(IllegalArgumentException.class, () -> new ApiRateLimit(10_001, 40, ticker))
            .getMessage());
    assertEquals("api request burst must be from 1 to 100000 but was -1",
        assertThrows(IllegalArgumentException.class, () -> new ApiRateLimit(20, -1, ticker))
            .getMessage());
  }

  private static Ticker ticker(AtomicLong now) {
    return new Ticker() {
      @Override
      public long read() {
        return now.get();
      }
    };
  }
}
