package org.qsurv.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qsurv.app.oidc.FakeIssuer;
import org.qsurv.app.oidc.OidcSettings;
import org.qsurv.app.oidc.OidcSignIn;
import org.qsurv.model.organisation.OrganisationCode;

/**
 * Single sign-on through the web application, against a fake issuer the test starts: the sign-in
 * page offers it, {@code /auth/oidc/start} sends the browser to the issuer bound to its session,
 * and {@code /auth/oidc/callback} signs the user in with a new session, once. Without an issuer
 * the two routes do not exist.
 */
class SingleSignOnTest {
  private static final Pattern STATE = Pattern.compile("[?&]state=([^&]+)");

  private FakeIssuer issuer;
  private TestApp app;

  @BeforeEach
  void start() throws Exception {
    issuer = new FakeIssuer();
    OidcSettings settings = new OidcSettings(issuer.issuer(), FakeIssuer.CLIENT_ID,
        Optional.of(FakeIssuer.CLIENT_SECRET),
        URI.create("https://qsurv.icb.example/auth/oidc/callback"), "roles",
        OidcSettings.parseRoles("qsurv.lead=ICB_QUALITY_LEAD"), "org",
        Optional.of(OrganisationCode.of("QSL")));
    app = new TestApp(WebSettings.defaults(), Optional.of(OidcSignIn.discover(settings,
        HttpClient.newHttpClient(), Clock.systemUTC())));
  }

  @AfterEach
  void stop() {
    app.close();
    issuer.close();
  }

  /** Goes to the issuer from a fresh browser; returns the callback path the issuer sends back. */
  private String throughTheIssuer(TestApp.Client browser) throws Exception {
    HttpResponse<String> signInPage = browser.get("/sign-in");
    assertTrue(signInPage.body().contains("href=\"/auth/oidc/start\""), "the page offers it");
    HttpResponse<String> start = browser.get("/auth/oidc/start");
    assertEquals(303, start.statusCode());
    URI authorization = URI.create(start.headers().firstValue("Location").orElseThrow());
    assertTrue(authorization.toString().startsWith(issuer.issuer().toString()), "to the issuer");
    String code = issuer.authorize(authorization);
    Matcher state = STATE.matcher(authorization.getRawQuery().isEmpty() ? ""
        : "?" + authorization.getRawQuery());
    assertTrue(state.find(), "the request carries a state");
    return "/auth/oidc/callback?state=" + state.group(1) + "&code="
        + URLEncoder.encode(code, StandardCharsets.UTF_8);
  }

  @Test
  void aUserSignedInByTheIssuerGetsANewSessionAndTheirLandingPage() throws Exception {
    TestApp.Client browser = app.anonymous();
    String callback = throughTheIssuer(browser);
    String before = browser.cookie;
    HttpResponse<String> back = browser.get(callback);
    assertEquals(303, back.statusCode(), back.body());
    assertEquals("/", back.headers().firstValue("Location").orElse(""));
    assertNotEquals(before, browser.cookie, "a new session id after sign-in");
    HttpResponse<String> landing = browser.get("/");
    assertEquals(200, landing.statusCode());
    assertTrue(landing.body().contains("Jo Doe"), "signed in as the issuer's user");
  }

  /** The state is used once: the same callback replayed signs nobody in. */
  @Test
  void aReplayedCallbackIsRefused() throws Exception {
    TestApp.Client browser = app.anonymous();
    String callback = throughTheIssuer(browser);
    assertEquals(303, browser.get(callback).statusCode());
    TestApp.Client replay = app.anonymous();
    replay.get("/sign-in");
    HttpResponse<String> again = replay.get(callback);
    assertEquals(403, again.statusCode());
    assertEquals(303, replay.get("/").statusCode(), "still not signed in");
  }

  /** A callback in another browser than the one that started the sign-in is refused. */
  @Test
  void aCallbackFromAnotherBrowserIsRefused() throws Exception {
    String callback = throughTheIssuer(app.anonymous());
    TestApp.Client attacker = app.anonymous();
    attacker.get("/sign-in");
    assertEquals(403, attacker.get(callback).statusCode());
  }

  @Test
  void withoutAnIssuerTheRoutesDoNotExistAndTheSignInPageDoesNotOfferIt() throws Exception {
    try (TestApp plain = new TestApp()) {
      TestApp.Client browser = plain.anonymous();
      assertFalse(browser.get("/sign-in").body().contains("/auth/oidc/start"));
      assertEquals(404, browser.get("/auth/oidc/start").statusCode());
      assertEquals(404, browser.get("/auth/oidc/callback?state=a&code=b").statusCode());
    }
  }
}
