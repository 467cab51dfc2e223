package org.qsurv.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.qsurv.app.api.TokenSecrets;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.surveillance.Role;

/**
 * A flood of bad tokens from one address is throttled like sign-in (hazard H51): after 20 bad
 * tokens in 15 minutes the address gets 429 with {@code Retry-After}, even with a good token,
 * while other addresses are served. Its own server: the lock-out must not reach other tests.
 */
class ApiThrottleTest {
  @Test
  void aFloodOfBadTokensFromOneAddressIsLockedOutAndOthersAreNot() throws Exception {
    try (TestApp app = new TestApp(WebSettings.defaults()
        .withTrustedProxy(InetAddress.getByName("127.0.0.1")))) {
      OrganisationCode icb = OrganisationCode.of(app.ports.directory().commissioner()
          .orElseThrow().code().value());
      String good = app.apiToken("good", Role.VIEWER, icb);
      ApiClient bad = new ApiClient(app.base(), Optional.of(TokenSecrets.PREFIX + "B".repeat(43)));
      for (int i = 0; i < 20; i++) {
        assertEquals(401, from(bad, "192.0.2.7").statusCode(), "bad token " + i);
      }
      HttpResponse<String> locked = from(bad, "192.0.2.7");
      ApiTest.assertProblem(locked, 429, "too-many-bad-tokens");
      long retry = Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow());
      assertTrue(retry > 0 && retry <= 15 * 60, "Retry-After " + retry);
      ApiClient goodClient = new ApiClient(app.base(), Optional.of(good));
      assertEquals(429, from(goodClient, "192.0.2.7").statusCode());
      assertEquals(200, from(goodClient, "192.0.2.8").statusCode());
      assertEquals(401, from(bad, "192.0.2.8").statusCode());
    }
  }

  private static HttpResponse<String> from(ApiClient client, String address) throws Exception {
    return client.send(client.request("/api/v1/findings").header("X-Forwarded-For", address)
        .GET());
  }
}
