package org.qsurv.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.base.Ticker;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.qsurv.app.api.ApiRateLimit;
import org.qsurv.app.port.ApiCall;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.surveillance.Role;

/**
 * Each valid API token has its own token bucket (hazard H59): a burst over the limit is refused
 * with 429, {@code Retry-After} and a problem document naming the token and the limit, and
 * audited as every refusal is; another token is served meanwhile; the bucket refills with time,
 * never above its burst. The time is a ticker the test moves: no sleeps.
 */
class ApiRateLimitTest {
  /** A ticker that stands still until the test moves it. */
  private static final class ManualTicker extends Ticker {
    private final AtomicLong nanos = new AtomicLong();

    @Override
    public long read() {
      return nanos.get();
    }

    void advance(long amount, TimeUnit unit) {
      nanos.addAndGet(unit.toNanos(amount));
    }
  }

  @Test
  void aBurstOverTheLimitIs429WithRetryAfterAndOtherTokensAreServed() throws Exception {
    ManualTicker ticker = new ManualTicker();
    try (TestApp app = new TestApp(new ApiRateLimit(1, 3, ticker))) {
      OrganisationCode icb = OrganisationCode.of(app.ports.directory().commissioner()
          .orElseThrow().code().value());
      ApiClient busy = ApiClient.of(app, app.apiToken("busy", Role.VIEWER, icb));
      ApiClient other = ApiClient.of(app, app.apiToken("other", Role.VIEWER, icb));

      for (int i = 0; i < 3; i++) {
        assertEquals(200, busy.get("/api/v1/findings?limit=1").statusCode(), "call " + i);
      }
      HttpResponse<String> refused = busy.get("/api/v1/findings?limit=1");
      ApiTest.assertProblem(refused, 429, "rate-limited");
      assertEquals("1", refused.headers().firstValue("Retry-After").orElse(""));
      assertTrue(ApiClient.json(refused).path("detail").asText().startsWith("the token busy may "
          + "make 1 requests a second, in bursts of up to 3"), refused.body());
      ApiCall audited = app.apiTokens.latestCalls(1).get(0);
      assertEquals("busy", audited.token());
      assertEquals(429, audited.status());
      assertEquals("/api/v1/findings", audited.route());

      for (int i = 0; i < 3; i++) {
        assertEquals(200, other.get("/api/v1/findings?limit=1").statusCode(), "other " + i);
      }
      assertEquals(429, other.get("/api/v1/findings?limit=1").statusCode());

      ticker.advance(1, TimeUnit.SECONDS);
      assertEquals(200, busy.get("/api/v1/findings?limit=1").statusCode(), "one more a second");
      assertEquals(429, busy.get("/api/v1/findings?limit=1").statusCode());

      ticker.advance(1, TimeUnit.HOURS);
      for (int i = 0; i < 3; i++) {
        assertEquals(200, busy.get("/api/v1/findings?limit=1").statusCode(), "refilled " + i);
      }
      assertEquals(429, busy.get("/api/v1/findings?limit=1").statusCode(), "never above 3");
    }
  }
}
