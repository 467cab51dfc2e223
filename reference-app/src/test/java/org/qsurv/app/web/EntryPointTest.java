package org.qsurv.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.qsurv.app.web.html.Xhtml;
import org.qsurv.app.web.security.ClientAddress;
import org.qsurv.app.web.security.HttpMethod;
import org.qsurv.app.web.security.RefusalPage;
import org.qsurv.app.web.security.Route;
import org.qsurv.app.web.security.RouteTable;
import org.qsurv.app.web.security.SecurityFilter;
import org.qsurv.app.web.security.SessionPolicy;
import org.qsurv.app.web.security.Sessions;
import org.qsurv.app.web.security.SignIn;
import org.qsurv.evaluation.PolicyProfiles;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.surveillance.Role;

/**
 * The hardened entry point, probed as an attacker or a careless user would: idle half-requests,
 * an office of colleagues behind one address, spraying from one address, a forged {@code
 * X-Forwarded-For}, and HTTPS behind a proxy.
 */
class EntryPointTest {

  /**
   * Forty connections that send half a request header and wait hold no worker: a normal sign-in
   * page still answers. A liveness check with a generous bound, not a timing test.
   */
  @Test
  void fortyIdleHalfRequestsDoNotStopANormalRequest() throws Exception {
    try (TestApp app = new TestApp()) {
      List<Socket> idle = new ArrayList<>();
      try {
        for (int i = 0; i < 40; i++) {
          Socket socket = new Socket("127.0.0.1", app.server.address().getPort());
          OutputStream out = socket.getOutputStream();
          out.write("GET /sign-in HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Half: "
              .getBytes(StandardCharsets.US_ASCII));
          out.flush();
          idle.add(socket);
        }
        HttpResponse<String> response = HttpClient.newHttpClient().send(
            HttpRequest.newBuilder(URI.create(app.base() + "/sign-in"))
                .timeout(Duration.ofSeconds(5)).build(),
            HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
      } finally {
        for (Socket socket : idle) {
          socket.close();
        }
      }
    }
  }

  @Test
  void fiveBadPasswordsForOneAccountDoNotRefuseAColleagueFromTheSameAddress() throws Exception {
    try (TestApp app = new TestApp()) {
      for (int i = 0; i < 5; i++) {
        assertTrue(badPassword(app, "m.ellery").contains(Xhtml.escape(SignIn.FAILED)));
      }
      assertTrue(badPassword(app, "m.ellery").contains("Too many failed sign-in attempts"),
          "the account itself is throttled");
      app.signIn("c.tamar"); // throws unless the colleague is signed in
    }
  }

  @Test
  void fiftyBadPasswordsFromOneAddressAcrossAccountsAreThrottled() throws Exception {
    try (TestApp app = new TestApp()) {
      for (int i = 0; i < 50; i++) {
        assertFalse(badPassword(app, "guess" + i).contains("Too many"), "attempt " + (i + 1));
      }
      assertTrue(badPassword(app, "c.tamar").contains("Too many failed sign-in attempts"));
    }
  }

  /** A forged {@code X-Forwarded-For} from a peer that is not the trusted proxy is ignored. */
  @Test
  void forwardedForIsBelievedOnlyFromTheTrustedProxy() throws Exception {
    try (TestApp untrusted = new TestApp(WebSettings.defaults()
        .withTrustedProxy(InetAddress.getByName("10.9.9.9")))) {
      for (int i = 0; i < 50; i++) {
        badPassword(untrusted, "guess" + i, "192.0.2." + i);
      }
      assertTrue(badPassword(untrusted, "c.tamar", "198.51.100.1")
          .contains("Too many failed sign-in attempts"), "every attempt came from 127.0.0.1");
    }
    try (TestApp trusted = new TestApp(WebSettings.defaults()
        .withTrustedProxy(InetAddress.getByName("127.0.0.1")))) {
      for (int i = 0; i < 50; i++) {
        badPassword(trusted, "guess" + i, "192.0.2.1");
      }
      assertTrue(badPassword(trusted, "c.tamar", "192.0.2.1").contains("Too many"));
      assertFalse(badPassword(trusted, "c.tamar", "spoofed, 192.0.2.2").contains("Too many"),
          "the proxy's own entry (the last) names the client, whatever the client prepended");
    }
  }

  @Test
  void anHttpsPublicUrlMarksTheCookieSecureAndSendsHsts() throws Exception {
    try (TestApp app = new TestApp(WebSettings.defaults()
        .withPublicUrl(URI.create("https://qsurv.example.nhs.uk/")))) {
      HttpResponse<String> form = app.anonymous().get("/sign-in");
      String cookie = form.headers().firstValue("Set-Cookie").orElseThrow();
      assertTrue(cookie.startsWith("__Host-qsurv-session=") && cookie.contains("; Secure"), cookie);
      assertEquals("max-age=31536000",
          form.headers().firstValue("Strict-Transport-Security").orElseThrow());
    }
    try (TestApp app = new TestApp()) {
      HttpResponse<String> form = app.anonymous().get("/sign-in");
      assertFalse(form.headers().firstValue("Set-Cookie").orElseThrow().contains("Secure"));
      assertTrue(form.headers().firstValue("Strict-Transport-Security").isEmpty());
    }
  }

  @Test
  void aRequestHeaderOverTheLimitIsRefused() throws Exception {
    try (TestApp app = new TestApp()) {
      HttpResponse<String> response = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(app.base() + "/sign-in"))
              .header("X-Padding", "a".repeat(20_000)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(431, response.statusCode());
    }
  }

  /**
   * A page still working after the request timeout is answered 503 with the error page, and its
   * connection closed: a stuck page holds neither the user nor the connection.
   */
  @Test
  void aSlowPageIsCutOffAtTheRequestTimeout() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    try (WebServer server = heldPage("/slow", ServerLimits.defaults(), Duration.ofMillis(500),
        new CountDownLatch(1), release, new AtomicInteger())) {
      long start = System.nanoTime();
      HttpResponse<String> response = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(server.uri() + "slow"))
              .timeout(Duration.ofSeconds(8)).build(), HttpResponse.BodyHandlers.ofString());
      long tookMillis = (System.nanoTime() - start) / 1_000_000;
      release.countDown();
      assertEquals(503, response.statusCode());
      assertTrue(response.body().contains("Sorry, the service took too long"), response.body());
      assertEquals("close", response.headers().firstValue("Connection").orElse(""));
      assertTrue(tookMillis < 8_000, "answered at the timeout, not when the page finished");
    }
  }

  /**
   * A browser that accepts gzip gets a provider page compressed, and the page decompresses to
   * exactly the page sent uncompressed: compression neither drops nor cuts short any part of it.
   */
  @Test
  void aGzippedPageIsTheWholePage() throws Exception {
    try (TestApp app = new TestApp()) {
      TestApp.Client lead = app.signIn("m.ellery");
      String plain = lead.get("/providers/ZA1").body();
      HttpResponse<byte[]> gzipped = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
          URI.create(app.base() + "/providers/ZA1")).header("Cookie", lead.cookie)
          .header("Accept-Encoding", "gzip, deflate, br, zstd").build(),
          HttpResponse.BodyHandlers.ofByteArray());
      assertEquals(200, gzipped.statusCode());
      assertEquals("gzip", gzipped.headers().firstValue("Content-Encoding").orElse(""));
      String unzipped;
      try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
        unzipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      assertTrue(gzipped.body().length < plain.length() / 4, "compressed");
      assertEquals(withoutCsrfToken(plain), withoutCsrfToken(unzipped));
      assertTrue(unzipped.endsWith("</html>\n") || unzipped.endsWith("</html>"), "whole");
    }
  }

  /**
   * A server of one public page at {@code path}, run within {@code timeout}, that counts its runs,
   * signals {@code started}, and holds until {@code release} (at most 10 s).
   */
  private static WebServer heldPage(String path, ServerLimits limits, Duration timeout,
      CountDownLatch started, CountDownLatch release, AtomicInteger runs) {
    RouteTable routes = RouteTable.of(Route.publicRoute(HttpMethod.GET, path));
    SecurityFilter filter = new SecurityFilter(routes,
        new Sessions(SessionPolicy.defaults(), TestApp.CLOCK),
        new SecurityFilter.BodyLimits(1024, 1024, route -> false), ClientAddress.direct(),
        Map.of(), (status, session) -> new RefusalPage.Page("text/plain", "refused"));
    return WebServer.start(new InetSocketAddress("127.0.0.1", 0), limits,
        config -> filter.install(config, route -> Pages.within(
            new Pages.Frame(routes, PolicyProfiles.all().get(0)), ctx -> {
              runs.incrementAndGet();
              started.countDown();
              try {
                release.await(10, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              ctx.result("done");
            }, timeout)));
  }

  private static String withoutCsrfToken(String page) {
    return page.replaceAll("name=\"csrf-token\" value=\"[^\"]*\"", "");
  }

  /**
   * With as many requests under way as the server works on at once, one more waits for at most
   * its queue wait and is then answered 503 with a page saying it was not started, without its
   * page ever running (H57): a crowd gets a quick "busy", not silence.
   */
  @Test
  void aRequestThatCannotStartWithinTheQueueWaitIsAnswered503WithoutRunning() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger runs = new AtomicInteger();
    try (WebServer server = heldPage("/busy",
        ServerLimits.defaults().withQueue(1, Duration.ofMillis(300)), Duration.ofSeconds(20),
        started, release, runs)) {
      HttpClient client = HttpClient.newHttpClient();
      HttpRequest busy = HttpRequest.newBuilder(URI.create(server.uri() + "busy"))
          .timeout(Duration.ofSeconds(8)).build();
      CompletableFuture<HttpResponse<String>> first =
          client.sendAsync(busy, HttpResponse.BodyHandlers.ofString());
      assertTrue(started.await(8, TimeUnit.SECONDS), "the first request's page runs");
      HttpResponse<String> second = client.send(busy, HttpResponse.BodyHandlers.ofString());
      assertEquals(1, runs.get(), "the second request's page never ran");
      release.countDown();
      assertEquals(503, second.statusCode());
      assertTrue(second.body().contains("did not start your request: nothing you sent was "
          + "recorded"), second.body());
      assertEquals("60", second.headers().firstValue("Retry-After").orElse(""));
      assertEquals("no-store", second.headers().firstValue("Cache-Control").orElse(""));
      assertEquals(200, first.get(8, TimeUnit.SECONDS).statusCode());
    }
  }

  /**
   * A form body trickled in slower than the request timeout allows (but faster than the minimum
   * rate the server checks itself) is cut off with 408 and its connection closed.
   */
  @Test
  void aBodyStillArrivingAtTheRequestTimeoutIsCutOff() throws Exception {
    try (TestApp app = new TestApp(oneSecondRequests())) {
      String answer = trickle(app, "POST /sign-in HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
          + "application/x-www-form-urlencoded\r\n", "username=a&password=" + "x".repeat(200));
      assertTrue(answer.startsWith("HTTP/1.1 408"), answer);
    }
  }

  /** The API cuts off a trickled JSON body the same way, with a problem document. */
  @Test
  void anApiBodyStillArrivingAtTheRequestTimeoutIsCutOff() throws Exception {
    try (TestApp app = new TestApp(oneSecondRequests())) {
      OrganisationCode icb = OrganisationCode.of(
          app.ports.directory().commissioner().orElseThrow().code().value());
      String token = app.apiToken("lead", Role.ICB_QUALITY_LEAD, icb);
      String answer = trickle(app, "POST /api/v1/evaluate HTTP/1.1\r\nHost: 127.0.0.1\r\n"
          + "Authorization: Bearer " + token + "\r\nContent-Type: application/json\r\n",
          "{\"format\": \"qsurv-snapshot/1\", \"x\": \"" + "x".repeat(200) + "\"}");
      assertTrue(answer.startsWith("HTTP/1.1 408"), answer);
      assertTrue(answer.contains("urn:qsurv:problem:body-too-slow"), answer);
    }
  }

  private static WebSettings oneSecondRequests() {
    return WebSettings.defaults().withLimits(ServerLimits.defaults()
        .withRequestTimeout(Duration.ofSeconds(1)).withMinRequestBytesPerSecond(0));
  }

  /**
   * Sends {@code head} (without its blank line) with the body's Content-Length, then the body a
   * byte every 20 ms until the server answers or closes; returns what it answered.
   */
  private static String trickle(TestApp app, String head, String body) throws Exception {
    try (Socket socket = new Socket("127.0.0.1", app.server.address().getPort())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write((head + "Content-Length: " + body.length() + "\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      for (int i = 0; i < body.length(); i++) {
        try {
          out.write(body.charAt(i));
          out.flush();
        } catch (IOException closed) {
          break;
        }
        Thread.sleep(20);
        if (socket.getInputStream().available() > 0) {
          break;
        }
      }
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String badPassword(TestApp app, String user) throws Exception {
    return badPassword(app, user, "");
  }

  /** A failed sign-in as {@code user}, with {@code X-Forwarded-For} when it is not empty. */
  private static String badPassword(TestApp app, String user, String forwardedFor)
      throws Exception {
    TestApp.Client c = app.anonymous();
    c.forwardedFor = forwardedFor;
    c.csrf = TestApp.Client.csrfIn(c.get("/sign-in").body()).orElseThrow();
    HttpResponse<String> r = c.post("/sign-in", Map.of("username", user, "password", "wrong"));
    assertEquals(200, r.statusCode(), "a failed sign-in shows the form again");
    return r.body();
  }
}
