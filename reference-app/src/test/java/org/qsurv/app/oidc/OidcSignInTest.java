package org.qsurv.app.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.google.common.collect.ImmutableMap;
import com.nimbusds.jose.jwk.RSAKey;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.qsurv.app.ops.AuditLog;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.surveillance.Role;

/**
 * Single sign-on against an issuer the test starts ({@link FakeIssuer}): the authorization code
 * flow with PKCE signs a user in with the role and organisation their claims map to, and each
 * thing that makes an ID token or a callback untrustworthy refuses the sign-in.
 */
class OidcSignInTest {
  private static final String BROWSER = "pre-sign-in-session-1";

  private FakeIssuer issuer;
  private OidcSignIn oidc;

  @BeforeEach
  void start() throws Exception {
    issuer = new FakeIssuer();
    oidc = OidcSignIn.discover(settings(issuer.issuer()), HttpClient.newHttpClient(),
        Clock.systemUTC());
  }

  @AfterEach
  void stop() {
    issuer.close();
  }

  static OidcSettings settings(URI issuer) {
    return new OidcSettings(issuer, FakeIssuer.CLIENT_ID, Optional.of(FakeIssuer.CLIENT_SECRET),
        URI.create("https://qsurv.icb.example/auth/oidc/callback"), "roles",
        OidcSettings.parseRoles("qsurv.lead=ICB_QUALITY_LEAD,qsurv.director=ICB_DIRECTOR,"
            + "qsurv.provider=PROVIDER"), "org", Optional.of(OrganisationCode.of("QSL")));
  }

  /** Starts a sign-in, lets the issuer approve it, and comes back with its state and code. */
  private OidcSignIn.Result signIn() {
    OidcSignIn.Start start = oidc.start(BROWSER);
    String code = issuer.authorize(start.authorizationUri());
    return oidc.finish(start.state(), Optional.of(code), BROWSER, "192.0.2.1");
  }

  private static String refusal(OidcSignIn.Result result) {
    assertTrue(result instanceof OidcSignIn.Refused, "refused: " + result);
    return ((OidcSignIn.Refused) result).reason();
  }

  /** Refused as a bad token, for the reason that {@code detail} names. */
  private static void refusedToken(OidcSignIn.Result result, String detail) {
    assertEquals("bad-token", refusal(result));
    assertTrue(((OidcSignIn.Refused) result).detail().contains(detail), result.toString());
  }

  @Test
  void aValidSignInGivesTheMappedRoleAndOrganisation() {
    OidcSignIn.Result result = signIn();
    assertEquals(new OidcSignIn.SignedIn(new OidcIdentity("entra-0001", "j.doe@icb.example",
        "Jo Doe", Role.ICB_QUALITY_LEAD, OrganisationCode.of("QSL"))), result);
  }

  /**
   * The sign-in event names the person by the token's subject, the identity provider's stable
   * identifier, not by preferred_username, which the organisation may change or give to someone
   * else later.
   */
  @Test
  void theSignInEventNamesTheSubjectNotThePreferredUserName() {
    ListAppender<ILoggingEvent> events = new ListAppender<>();
    events.start();
    Logger audit = (Logger) LoggerFactory.getLogger(AuditLog.LOGGER);
    audit.addAppender(events);
    try {
      assertTrue(signIn() instanceof OidcSignIn.SignedIn);
    } finally {
      audit.detachAppender(events);
    }
    assertEquals(1, events.list.size(), events.list.toString());
    String line = events.list.get(0).getFormattedMessage();
    assertTrue(line.contains("user=entra-0001 method=oidc"), line);
    assertFalse(line.contains("j.doe"), line);
  }

  @Test
  void theAuthorizationRequestCarriesStateNoncePkceS256AndTheRedirect() {
    OidcSignIn.Start start = oidc.start(BROWSER);
    String query = start.authorizationUri().getRawQuery();
    assertTrue(start.authorizationUri().toString().startsWith(issuer.issuer() + "/authorize?"));
    for (String field : List.of("response_type=code", "client_id=qsurv-test", "scope=openid",
        "state=" + start.state(), "nonce=", "code_challenge=", "code_challenge_method=S256",
        "redirect_uri=https%3A%2F%2Fqsurv.icb.example%2Fauth%2Foidc%2Fcallback")) {
      assertTrue(query.contains(field), field + " in " + query);
    }
  }

  @Test
  void aTokenFromAnotherIssuerIsRefused() {
    issuer.claims(b -> b.issuer("https://login.evil.example"));
    refusedToken(signIn(), "was issued by");
  }

  @Test
  void aTokenForAnotherClientIsRefused() {
    issuer.claims(b -> b.audience("another-client"));
    refusedToken(signIn(), "not this client");
  }

  @Test
  void aTokenForSeveralClientsIssuedToAnotherIsRefused() {
    issuer.claims(b -> b.audience(List.of(FakeIssuer.CLIENT_ID, "another-client"))
        .claim("azp", "another-client"));
    refusedToken(signIn(), "issued to 'another-client'");
  }

  @Test
  void anExpiredTokenIsRefusedBeyondTheClockSkew() {
    Instant now = Instant.now();
    issuer.claims(b -> b.issueTime(Date.from(now.minusSeconds(600)))
        .expirationTime(Date.from(now.minusSeconds(OidcSignIn.CLOCK_SKEW_SECONDS + 5))));
    refusedToken(signIn(), "expired");
  }

  @Test
  void aTokenExpiredWithinTheClockSkewIsAccepted() {
    Instant now = Instant.now();
    issuer.claims(b -> b.issueTime(Date.from(now.minusSeconds(600)))
        .expirationTime(Date.from(now.minusSeconds(OidcSignIn.CLOCK_SKEW_SECONDS - 20))));
    assertTrue(signIn() instanceof OidcSignIn.SignedIn);
  }

  @Test
  void aTokenIssuedInTheFutureIsRefused() {
    Instant now = Instant.now();
    issuer.claims(b -> b.issueTime(Date.from(now.plusSeconds(3600)))
        .expirationTime(Date.from(now.plusSeconds(7200))));
    refusedToken(signIn(), "in the future");
  }

  @Test
  void aTokenSignedWithAKeyTheIssuerDoesNotPublishIsRefused() throws Exception {
    // Same key id as the published key: only the signature tells them apart.
    issuer.signWith(FakeIssuer.newKey("k1"));
    refusedToken(signIn(), "signature does not verify");
  }

  @Test
  void aNewlyPublishedKeyIsFetchedAndAccepted() throws Exception {
    RSAKey rotated = FakeIssuer.newKey("k2");
    issuer.publish(rotated);
    issuer.signWith(rotated);
    assertTrue(signIn() instanceof OidcSignIn.SignedIn);
  }

  @Test
  void aTokenWithAnotherNonceIsRefused() {
    issuer.claims(b -> b.claim("nonce", "a-nonce-from-another-sign-in"));
    refusedToken(signIn(), "nonce");
  }

  @Test
  void aStateIsUsedOnceSoAReplayedCallbackIsRefused() {
    OidcSignIn.Start start = oidc.start(BROWSER);
    String code = issuer.authorize(start.authorizationUri());
    assertTrue(oidc.finish(start.state(), Optional.of(code), BROWSER, "192.0.2.1")
        instanceof OidcSignIn.SignedIn);
    assertEquals("unknown-state", refusal(oidc.finish(start.state(), Optional.of(code), BROWSER,
        "192.0.2.1")));
  }

  @Test
  void aStateStartedInAnotherBrowserIsRefused() {
    OidcSignIn.Start start = oidc.start(BROWSER);
    String code = issuer.authorize(start.authorizationUri());
    assertEquals("wrong-browser", refusal(oidc.finish(start.state(), Optional.of(code),
        "an-attackers-session", "192.0.2.1")));
  }

  /**
   * PKCE: a code issued for one sign-in's challenge, brought back with another sign-in's state (a
   * stolen or injected code), is redeemed with the wrong verifier, and the issuer refuses it.
   */
  @Test
  void aCodeRedeemedWithoutTheVerifierOfItsChallengeIsRefused() {
    OidcSignIn.Start victim = oidc.start(BROWSER);
    OidcSignIn.Start attacker = oidc.start(BROWSER);
    String attackersCode = issuer.authorize(attacker.authorizationUri());
    assertEquals("token-endpoint", refusal(oidc.finish(victim.state(),
        Optional.of(attackersCode), BROWSER, "192.0.2.1")));
  }

  @Test
  void aCallbackWithoutACodeIsRefused() {
    OidcSignIn.Start start = oidc.start(BROWSER);
    assertEquals("no-code", refusal(oidc.finish(start.state(), Optional.empty(), BROWSER,
        "192.0.2.1")));
  }

  @Test
  void aUserWithNoMappedRoleOrSeveralIsRefused() {
    issuer.user(Map.of("sub", "s1", "roles", List.of("some.other.app")));
    assertEquals("no-role", refusal(signIn()));
    issuer.user(Map.of("sub", "s1", "roles", List.of("qsurv.lead", "qsurv.director")));
    assertEquals("ambiguous-role", refusal(signIn()));
  }

  /** A provider user sees one provider: that must come from the issuer, never a default. */
  @Test
  void aProviderUserTakesTheirProviderFromTheClaimAndNeedsIt() {
    issuer.user(Map.of("sub", "p1", "roles", "qsurv.provider", "org", "RH5"));
    OidcSignIn.Result result = signIn();
    assertTrue(result instanceof OidcSignIn.SignedIn s && s.identity().role() == Role.PROVIDER
        && s.identity().organisation().equals(OrganisationCode.of("RH5"))
        && s.identity().userName().equals("p1"), result.toString());
    issuer.user(Map.of("sub", "p2", "roles", "qsurv.provider"));
    assertEquals("no-organisation", refusal(signIn()));
  }

  @Test
  void anIssuerWhoseDiscoveryDocumentNamesAnotherIssuerIsNotUsed() {
    URI other = URI.create(issuer.issuer().toString().replace("127.0.0.1", "localhost"));
    OidcException e = assertThrows(OidcException.class, () -> OidcSignIn.discover(
        settings(other), HttpClient.newHttpClient(), Clock.systemUTC()));
    assertTrue(e.getMessage().contains("is for the issuer"), e.getMessage());
  }

  @Test
  void theRoleMappingNamesABadPairOrAnUnknownRole() {
    assertEquals("role mapping must be value=ROLE,... but had 'lead'", assertThrows(
        IllegalArgumentException.class, () -> OidcSettings.parseRoles("lead")).getMessage());
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> OidcSettings.parseRoles("lead=BOSS")).getMessage().contains("'BOSS'"));
    assertEquals(ImmutableMap.of("a", Role.VIEWER), OidcSettings.parseRoles("a=viewer"));
  }
}
