package org.qsurv.app.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.qsurv.app.web.WebRoutes;
import io.javalin.http.Context;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qsurv.app.web.ServerLimits;
import org.qsurv.app.web.WebServer;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.surveillance.Role;

/**
 * The filter in front of a real Javalin server on loopback, every route of the route table
 * answered by one test page: every refusal reaches no page (so it changes nothing), and a page
 * sees the user of its own request.
 */
class SecurityFilterTest {
  private final MutableClock clock = MutableClock.at("2025-07-01T09:00:00Z");
  private final Sessions sessions =
      new Sessions(SessionPolicy.defaults(), clock);
  private final AtomicInteger handled = new AtomicInteger();
  private final AtomicReference<RequestContext> seen = new AtomicReference<>();
  private final HttpClient client = HttpClient.newBuilder()
      .followRedirects(HttpClient.Redirect.NEVER).build();
  private WebServer server;
  private String base;

  @BeforeEach
  void start() {
    SecurityFilter filter = new SecurityFilter(WebRoutes.table(), sessions,
        new SecurityFilter.BodyLimits(4096, 8192,
            route -> route.method() == HttpMethod.POST && route.pattern().equals("/import")),
        ClientAddress.direct(), SecurityHeaders.forPages(), RefusalPage.plain());
    server = WebServer.start(new InetSocketAddress("127.0.0.1", 0), ServerLimits.defaults(),
        config -> {
          filter.install(config, route -> this::handle);
          config.routes.get("/unfiltered/{x}", ctx -> {
            try {
              RequestContext.of(ctx);
              ctx.status(200);
            } catch (IllegalStateException e) {
              ctx.status(500);
            }
          });
        });
    base = "http://127.0.0.1:" + server.address().getPort();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private void handle(Context ctx) {
    RequestContext context = RequestContext.of(ctx);
    seen.set(context);
    handled.incrementAndGet();
    Thread.yield();
    ctx.result("ok " + context.user().map(CurrentUser::userName).orElse("-"));
  }

  @Test
  void nobodySignedInIsSentToSignIn() throws Exception {
    HttpResponse<String> response = get("/risks", Optional.empty());
    assertEquals(303, response.statusCode());
    assertEquals("/sign-in", response.headers().firstValue("Location").orElseThrow());
    assertEquals(0, handled.get());
  }

  @Test
  void aPathNoRouteHasIsNotFound() throws Exception {
    Session viewer = signIn(Role.VIEWER, "QSL");
    assertEquals(404, get("/admin", Optional.of(viewer)).statusCode());
    assertEquals(404, get("/risks/", Optional.of(viewer)).statusCode());
    assertEquals(0, handled.get());
  }

  @Test
  void anAllowedRequestReachesItsHandlerWithTheUserAndTheSecurityHeaders() throws Exception {
    Session viewer = signIn(Role.VIEWER, "QSL");
    HttpResponse<String> response = get("/risks?sort=score", Optional.of(viewer));
    assertEquals(200, response.statusCode());
    assertEquals("ok viewer", response.body());
    assertEquals(Optional.of("score"), seen.get().query().first("sort"));
    assertEquals(SecurityHeaders.CONTENT_SECURITY_POLICY,
        response.headers().firstValue("Content-Security-Policy").orElseThrow());
    assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElseThrow());
    assertEquals("no-store", response.headers().firstValue("Cache-Control").orElseThrow());
  }

  @Test
  void aProviderUserIsRefusedAnotherProvider() throws Exception {
    Session provider = signIn(Role.PROVIDER, "RH5");
    assertEquals(403, get("/providers/RA7", Optional.of(provider)).statusCode());
    assertEquals(0, handled.get());
    assertEquals(200, get("/providers/RH5", Optional.of(provider)).statusCode());
    assertEquals(Optional.of("RH5"), seen.get().decision().pathVariable("provider"));
  }

  @Test
  void aPostWithoutTheCsrfTokenIsRefusedAndReachesNoHandler() throws Exception {
    Session lead = signIn(Role.ICB_QUALITY_LEAD, "QSL");
    assertEquals(403, post("/risks", Optional.of(lead), "title=Night+staffing").statusCode());
    assertEquals(403, post("/risks", Optional.of(lead),
        "title=x&" + Csrf.FIELD_NAME + "=wrong").statusCode());
    Session other = signIn(Role.ICB_QUALITY_LEAD, "QSL");
    assertEquals(403, post("/risks", Optional.of(lead),
        Csrf.FIELD_NAME + "=" + other.csrfToken()).statusCode(), "another session's token");
    assertEquals(0, handled.get());
  }

  @Test
  void aPostWithTheTokenReachesItsHandlerWithTheForm() throws Exception {
    Session lead = signIn(Role.ICB_QUALITY_LEAD, "QSL");
    HttpResponse<String> response = post("/risks", Optional.of(lead),
        "title=" + URLEncoder.encode("Night staffing & more", StandardCharsets.UTF_8) + "&"
            + Csrf.FIELD_NAME + "=" + lead.csrfToken());
    assertEquals(200, response.statusCode());
    assertEquals(Optional.of("Night staffing & more"), seen.get().form().first("title"));
  }

  @Test
  void aRoleThatMayNotPostIsRefusedEvenWithTheToken() throws Exception {
    Session viewer = signIn(Role.VIEWER, "QSL");
    assertEquals(403, post("/risks", Optional.of(viewer),
        Csrf.FIELD_NAME + "=" + viewer.csrfToken()).statusCode());
    assertEquals(0, handled.get());
  }

  @Test
  void aMultipartUploadCarriesItsTokenAndFile() throws Exception {
    Session lead = signIn(Role.ICB_QUALITY_LEAD, "QSL");
    String boundary = "----qsurvBoundary7MA4YWxkTrZu0gW";
    String body = "--" + boundary + "\r\n"
        + "Content-Disposition: form-data; name=\"" + Csrf.FIELD_NAME + "\"\r\n\r\n"
        + lead.csrfToken() + "\r\n"
        + "--" + boundary + "\r\n"
        + "Content-Disposition: form-data; name=\"file\"; filename=\"obs.csv\"\r\n"
        + "Content-Type: text/csv\r\n\r\n"
        + "provider,indicator,period,value\r\nRH5,shmi,2025-06,1.12\r\n"
        + "--" + boundary + "--\r\n";
    HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + "/import"))
        .header("Cookie", sessions.cookieName() + "=" + lead.id().value())
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode());
    UploadedFile file = seen.get().form().file("file").orElseThrow();
    assertEquals("obs.csv", file.fileName());
    // The line end before a delimiter belongs to the delimiter (RFC 2046 §5.1.1).
    assertEquals("provider,indicator,period,value\r\nRH5,shmi,2025-06,1.12",
        new String(file.content(), StandardCharsets.UTF_8));
  }

  @Test
  void aBodyOverTheLimitIsRefused() throws Exception {
    Session lead = signIn(Role.ICB_QUALITY_LEAD, "QSL");
    String body = Csrf.FIELD_NAME + "=" + lead.csrfToken() + "&x=" + "a".repeat(5000);
    assertEquals(413, post("/risks", Optional.of(lead), body).statusCode());
    assertEquals(0, handled.get());
  }

  @Test
  void onlyTheUploadRouteTakesALargerBody() throws Exception {
    Session lead = signIn(Role.ICB_QUALITY_LEAD, "QSL");
    String body = Csrf.FIELD_NAME + "=" + lead.csrfToken() + "&x=" + "a".repeat(5000);
    assertEquals(200, post("/import", Optional.of(lead), body).statusCode());
    assertEquals(413, post("/import", Optional.of(lead), body + "a".repeat(4000)).statusCode());
  }

  /**
   * A public form is refused on its declared length before anything is read or checked. The
   * test sends the head only and reads the answer: had it sent the 100 KB too, the server's
   * close of a connection with unread bytes (a TCP reset) could destroy the 413 before it was
   * read.
   */
  @Test
  void aLargeSignInBodyIsRefusedBeforeItsCsrfCheck() throws Exception {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.address().getPort())) {
      socket.setSoTimeout(60_000);
      socket.getOutputStream().write(("POST /sign-in HTTP/1.1\r\nHost: 127.0.0.1\r\n"
          + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 100002\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      socket.shutdownOutput();
      String answer = new String(socket.getInputStream().readAllBytes(),
          StandardCharsets.US_ASCII);
      assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
    }
    assertEquals(0, handled.get());
  }

  @Test
  void aProviderUserWhoOpensTheOverviewIsTakenToTheirOwnProvider() throws Exception {
    HttpResponse<String> response = get("/", Optional.of(signIn(Role.PROVIDER, "RH5")));
    assertEquals(303, response.statusCode());
    assertEquals("/providers/RH5", response.headers().firstValue("Location").orElseThrow());
    assertEquals(0, handled.get());
    assertEquals(403, get("/providers", Optional.of(signIn(Role.PROVIDER, "RH5"))).statusCode());
  }

  @Test
  void aMalformedBodyIsABadRequest() throws Exception {
    Session lead = signIn(Role.ICB_QUALITY_LEAD, "QSL");
    assertEquals(400, post("/risks", Optional.of(lead), "x=%zz").statusCode());
    assertEquals(0, handled.get());
  }

  @Test
  void anExpiredSessionIsSentToSignInAndItsCookieCleared() throws Exception {
    Session viewer = signIn(Role.VIEWER, "QSL");
    clock.advance(Duration.ofMinutes(31));
    HttpResponse<String> response = get("/risks", Optional.of(viewer));
    assertEquals(303, response.statusCode());
    assertTrue(response.headers().firstValue("Set-Cookie").orElseThrow().contains("Max-Age=0"));
  }

  @Test
  void aMethodTheApplicationDoesNotAnswerIsRefused() throws Exception {
    Session lead = signIn(Role.ICB_QUALITY_LEAD, "QSL");
    HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + "/risks"))
        .header("Cookie", sessions.cookieName() + "=" + lead.id().value())
        .method("DELETE", HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(405, response.statusCode());
    assertEquals(0, handled.get());
  }

  @Test
  void concurrentRequestsEachSeeTheirOwnUser() throws Exception {
    // The context travels with its own request, never in state shared between requests.
    Session a = signIn(Role.VIEWER, "QSL", "alice");
    Session b = signIn(Role.ICB_DIRECTOR, "QSL", "bob");
    List<CompletableFuture<String>> futures = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      Session s = i % 2 == 0 ? a : b;
      expected.add("ok " + s.user().orElseThrow().userName());
      futures.add(client.sendAsync(request("/risks", Optional.of(s)).GET().build(),
          HttpResponse.BodyHandlers.ofString()).thenApply(HttpResponse::body));
    }
    List<String> actual = new ArrayList<>();
    for (CompletableFuture<String> future : futures) {
      actual.add(future.get());
    }
    assertEquals(expected, actual);
  }

  @Test
  void aHandlerBesideTheRouteTableIsRefused() throws Exception {
    // A handler added beside the table is still behind the filter, which finds no route for it
    // in the table and refuses: deny by default, even for a route the table forgot.
    assertEquals(404, client.send(HttpRequest.newBuilder(URI.create(base + "/unfiltered/1"))
        .build(), HttpResponse.BodyHandlers.ofString()).statusCode());
    assertThrows(IllegalArgumentException.class,
        () -> new SecurityFilter.BodyLimits(10, 8192, route -> false));
  }

  private Session signIn(Role role, String organisation) {
    return signIn(role, organisation, role.name().toLowerCase().replace('_', '-'));
  }

  private Session signIn(Role role, String organisation, String name) {
    return sessions.signIn(Optional.empty(),
        new CurrentUser(name, "Demo " + name, role, OrganisationCode.of(organisation)));
  }

  private HttpRequest.Builder request(String path, Optional<Session> session) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
    session.ifPresent(s -> builder.header("Cookie", sessions.cookieName() + "=" + s.id().value()));
    return builder;
  }

  private HttpResponse<String> get(String path, Optional<Session> session) throws Exception {
    return client.send(request(path, session).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, Optional<Session> session, String form)
      throws Exception {
    return client.send(request(path, session)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
