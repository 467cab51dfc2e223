package org.qsurv.app.oidc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableSet;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.qsurv.app.ops.AuditLog;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.surveillance.Role;

/**
 * Sign-in with an OpenID Connect issuer: the authorization code flow with PKCE (S256), a one-time
 * {@code state} bound to the browser that started it, and a {@code nonce} bound into the ID token.
 * {@link #start} gives the issuer's URL to send the browser to; {@link #finish} takes the browser
 * back, redeems the code and validates the ID token: its RS256 signature against the issuer's
 * published keys (JWKS), its issuer, its audience (this client), its expiry and issue time with
 * {@value #CLOCK_SKEW_SECONDS} seconds of clock skew, and its nonce. Each check that fails refuses
 * the sign-in; none is skipped because a token "looks" right.
 *
 * <pre>{@code
 * OidcSignIn oidc = OidcSignIn.discover(settings, HttpClient.newHttpClient(), Clock.systemUTC());
 * OidcSignIn.Start start = oidc.start(sessionId);           // at /auth/oidc/start
 * // redirect the browser to start.authorizationUri()
 * OidcSignIn.Result result = oidc.finish(state, code, sessionId, clientAddress);
 * }</pre>
 *
 * @since 1.0.0
 */
public final class OidcSignIn {
  /** How far the issuer's clock and ours may differ. */
  public static final long CLOCK_SKEW_SECONDS = 60;

  /** How long a user has at the identity provider before the started sign-in is forgotten. */
  public static final Duration PENDING_FOR = Duration.ofMinutes(10);

  /** Most sign-ins under way at once: beyond it the oldest are forgotten (a flood costs memory). */
  static final int MAX_PENDING = 10_000;

  private static final Duration HTTP_TIMEOUT = Duration.ofSeconds(10);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

  private final OidcSettings settings;
  private final HttpClient http;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();
  private final URI authorizationEndpoint;
  private final URI tokenEndpoint;
  private final URI jwksUri;
  private volatile JWKSet keys;
  private final Map<String, Pending> pending = Collections.synchronizedMap(
      new LinkedHashMap<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Pending> eldest) {
          return size() > MAX_PENDING;
        }
      });

  private OidcSignIn(OidcSettings settings, HttpClient http, Clock clock,
      URI authorizationEndpoint, URI tokenEndpoint, URI jwksUri) {
    this.settings = settings;
    this.http = http;
    this.clock = clock;
    this.authorizationEndpoint = authorizationEndpoint;
    this.tokenEndpoint = tokenEndpoint;
    this.jwksUri = jwksUri;
  }

  /**
   * Reads the issuer's discovery document and its keys.
   *
   * @throws OidcException if the document cannot be read, names another issuer, lacks an
   *     endpoint, or the issuer does not support PKCE with S256
   */
  public static OidcSignIn discover(OidcSettings settings, HttpClient http, Clock clock) {
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(http, "http");
    Objects.requireNonNull(clock, "clock");
    String issuer = settings.issuer().toString();
    URI discovery = URI.create((issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1)
        : issuer) + "/.well-known/openid-configuration");
    JsonNode document = getJson(http, discovery, "the discovery document");
    if (!issuer.equals(document.path("issuer").asText())) {
      throw new OidcException("the discovery document at " + discovery + " is for the issuer '"
          + document.path("issuer").asText() + "', not " + issuer);
    }
    JsonNode methods = document.path("code_challenge_methods_supported");
    if (methods.isArray() && ImmutableSet.copyOf(methods.elements()).stream()
        .noneMatch(m -> m.asText().equals("S256"))) {
      throw new OidcException("the issuer " + issuer + " does not support PKCE with S256");
    }
    OidcSignIn signIn = new OidcSignIn(settings, http, clock,
        endpoint(document, "authorization_endpoint"), endpoint(document, "token_endpoint"),
        endpoint(document, "jwks_uri"));
    signIn.keys = signIn.fetchKeys();
    return signIn;
  }

  /**
   * Starts a sign-in for the browser whose pre-sign-in session is {@code binding}: a new state,
   * nonce and PKCE verifier, kept here for {@link #PENDING_FOR}, and the issuer's URL to send the
   * browser to.
   */
  public Start start(String binding) {
    Objects.requireNonNull(binding, "binding");
    Instant now = clock.instant();
    synchronized (pending) {
      pending.values().removeIf(p -> p.expires().isBefore(now));
    }
    String state = randomToken();
    String nonce = randomToken();
    String verifier = randomToken();
    pending.put(state, new Pending(binding, nonce, verifier, now.plus(PENDING_FOR)));
    Map<String, String> query = new LinkedHashMap<>();
    query.put("response_type", "code");
    query.put("client_id", settings.clientId());
    query.put("redirect_uri", settings.redirectUri().toString());
    query.put("scope", "openid profile");
    query.put("state", state);
    query.put("nonce", nonce);
    query.put("code_challenge", challenge(verifier));
    query.put("code_challenge_method", "S256");
    String endpoint = authorizationEndpoint.toString();
    return new Start(URI.create(endpoint + (endpoint.contains("?") ? "&" : "?") + form(query)),
        state);
  }

  /**
   * Finishes the sign-in the browser has come back from: {@code state} must be one this instance
   * started for the same {@code binding}, not yet used and not expired (it is used up now, whatever
   * follows); the code is redeemed with its PKCE verifier; the ID token must pass every check.
   * Logs the outcome ({@link AuditLog}).
   *
   * @param state the {@code state} parameter the browser brought back
   * @param code the {@code code} parameter, empty if the issuer sent an error instead
   * @param binding the browser's pre-sign-in session, as given to {@link #start}
   * @param clientAddress the client's address, for the log
   */
  public Result finish(String state, Optional<String> code, String binding, String clientAddress) {
    Result result = decide(state, code, binding);
    if (result instanceof SignedIn signedIn) {
      // The subject is the identity provider's stable identifier of the person; a user name
      // (preferred_username) may be changed or reused, so it does not identify them in the log.
      AuditLog.signedIn(signedIn.identity().subject(), "oidc", clientAddress);
    } else if (result instanceof Refused refused) {
      AuditLog.signInFailed("", "oidc-" + refused.reason(), clientAddress);
    }
    return result;
  }

  private Result decide(String state, Optional<String> code, String binding) {
    Pending started = state == null ? null : pending.remove(state);
    if (started == null) {
      return new Refused("unknown-state", "no sign-in under way has this state (used already, "
          + "forgotten, or never started here)");
    }
    if (!started.binding().equals(binding)) {
      return new Refused("wrong-browser", "the state was started by another browser session");
    }
    if (clock.instant().isAfter(started.expires())) {
      return new Refused("expired-state", "the sign-in was started more than "
          + PENDING_FOR.toMinutes() + " minutes ago");
    }
    if (code.isEmpty() || code.get().isBlank()) {
      return new Refused("no-code", "the issuer sent the browser back without a code");
    }
    String idToken;
    try {
      idToken = redeem(code.get(), started.verifier());
    } catch (OidcException e) {
      return new Refused("token-endpoint", e.getMessage());
    }
    JWTClaimsSet claims;
    try {
      claims = validate(idToken, started.nonce());
    } catch (TokenRefused e) {
      return new Refused("bad-token", e.getMessage());
    }
    return identity(claims);
  }

  /** Posts the code and the PKCE verifier to the token endpoint; returns the ID token. */
  private String redeem(String code, String verifier) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("grant_type", "authorization_code");
    fields.put("code", code);
    fields.put("redirect_uri", settings.redirectUri().toString());
    fields.put("code_verifier", verifier);
    fields.put("client_id", settings.clientId());
    HttpRequest.Builder request = HttpRequest.newBuilder(tokenEndpoint)
        .timeout(HTTP_TIMEOUT)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(form(fields)));
    settings.clientSecret().ifPresent(secret -> request.header("Authorization", "Basic "
        + Base64.getEncoder().encodeToString((encode(settings.clientId()) + ":" + encode(secret))
            .getBytes(StandardCharsets.UTF_8))));
    HttpResponse<String> response = send(http, request.build(), "the token endpoint");
    JsonNode body = parse(response.body(), "the token endpoint's answer");
    if (response.statusCode() != 200) {
      throw new OidcException("the token endpoint refused the code (" + response.statusCode()
          + " " + body.path("error").asText("no error code") + ")");
    }
    String idToken = body.path("id_token").asText("");
    if (idToken.isEmpty()) {
      throw new OidcException("the token endpoint's answer has no id_token");
    }
    return idToken;
  }

  /** The ID token's claims, once its signature and every claim check pass. */
  private JWTClaimsSet validate(String idToken, String nonce) throws TokenRefused {
    SignedJWT jwt;
    JWTClaimsSet claims;
    try {
      jwt = SignedJWT.parse(idToken);
      claims = jwt.getJWTClaimsSet();
    } catch (ParseException e) {
      throw new TokenRefused("the ID token is not a signed JWT: " + e.getMessage());
    }
    if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
      throw new TokenRefused("the ID token is signed with " + jwt.getHeader().getAlgorithm()
          + ", not RS256");
    }
    RSAKey key = key(jwt.getHeader().getKeyID());
    try {
      if (!jwt.verify(new RSASSAVerifier(key))) {
        throw new TokenRefused("the ID token's signature does not verify with the issuer's key "
            + key.getKeyID());
      }
    } catch (JOSEException e) {
      throw new TokenRefused("the ID token's signature cannot be checked: " + e.getMessage());
    }
    if (!settings.issuer().toString().equals(claims.getIssuer())) {
      throw new TokenRefused("the ID token was issued by '" + claims.getIssuer() + "', not "
          + settings.issuer());
    }
    List<String> audience = claims.getAudience();
    if (!audience.contains(settings.clientId())) {
      throw new TokenRefused("the ID token is for " + audience + ", not this client");
    }
    Object azp = claims.getClaim("azp");
    if (audience.size() > 1 && !settings.clientId().equals(azp)) {
      throw new TokenRefused("the ID token has several audiences and was issued to '" + azp
          + "', not this client");
    }
    Instant now = clock.instant();
    Date expires = claims.getExpirationTime();
    if (expires == null || !now.isBefore(expires.toInstant().plusSeconds(CLOCK_SKEW_SECONDS))) {
      throw new TokenRefused("the ID token expired at " + (expires == null ? "(no exp)"
          : expires.toInstant()));
    }
    Date issued = claims.getIssueTime();
    if (issued == null || issued.toInstant().isAfter(now.plusSeconds(CLOCK_SKEW_SECONDS))) {
      throw new TokenRefused("the ID token's issue time is " + (issued == null ? "missing"
          : "in the future: " + issued.toInstant()));
    }
    if (!nonce.equals(claims.getClaim("nonce"))) {
      throw new TokenRefused("the ID token's nonce is not the one this sign-in sent");
    }
    if (claims.getSubject() == null || claims.getSubject().isBlank()) {
      throw new TokenRefused("the ID token has no subject");
    }
    return claims;
  }

  /** The issuer's signing key {@code keyId}; the keys are read again once if it is new. */
  private RSAKey key(String keyId) throws TokenRefused {
    Optional<RSAKey> found = find(keys, keyId);
    if (found.isEmpty()) {
      // The issuer may have rotated its keys since they were read.
      try {
        keys = fetchKeys();
      } catch (OidcException e) {
        throw new TokenRefused(e.getMessage());
      }
      found = find(keys, keyId);
    }
    return found.orElseThrow(() -> new TokenRefused("the issuer publishes no RSA signing key "
        + keyId));
  }

  private static Optional<RSAKey> find(JWKSet set, String keyId) {
    List<RSAKey> candidates = set.getKeys().stream()
        .filter(k -> k instanceof RSAKey)
        .map(RSAKey.class::cast)
        .filter(k -> k.getKeyUse() == null || KeyUse.SIGNATURE.equals(k.getKeyUse()))
        .filter(k -> keyId == null || keyId.equals(k.getKeyID()))
        .toList();
    return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
  }

  private JWKSet fetchKeys() {
    HttpResponse<String> response = send(http, HttpRequest.newBuilder(jwksUri)
        .timeout(HTTP_TIMEOUT).GET().build(), "the issuer's keys");
    if (response.statusCode() != 200) {
      throw new OidcException("the issuer's keys at " + jwksUri + " answered "
          + response.statusCode());
    }
    try {
      return JWKSet.parse(response.body()).toPublicJWKSet();
    } catch (ParseException e) {
      throw new OidcException("the issuer's keys at " + jwksUri + " are not a JWK set: "
          + e.getMessage(), e);
    }
  }

  /** The qsurv user the claims describe, or why they describe none. */
  private Result identity(JWTClaimsSet claims) {
    Object roleValues = claims.getClaim(settings.roleClaim());
    Collection<?> values = roleValues instanceof Collection<?> many ? many
        : roleValues == null ? List.of() : List.of(roleValues);
    ImmutableSet<Role> roles = values.stream()
        .map(String::valueOf)
        .filter(settings.roles()::containsKey)
        .map(settings.roles()::get)
        .collect(ImmutableSet.toImmutableSet());
    if (roles.isEmpty()) {
      return new Refused("no-role", "the claim " + settings.roleClaim() + " holds no value that "
          + "maps to a qsurv role");
    }
    if (roles.size() > 1) {
      // A qsurv user acts in one role; choosing one would be guessing which powers to grant.
      return new Refused("ambiguous-role", "the claim " + settings.roleClaim()
          + " maps to several qsurv roles: " + roles);
    }
    Role role = roles.iterator().next();
    Object organisationValue = claims.getClaim(settings.organisationClaim());
    Optional<OrganisationCode> organisation;
    if (organisationValue instanceof String code) {
      try {
        organisation = Optional.of(OrganisationCode.of(code));
      } catch (IllegalArgumentException e) {
        return new Refused("bad-organisation", e.getMessage());
      }
    } else if (organisationValue == null && role != Role.PROVIDER) {
      organisation = settings.defaultOrganisation();
    } else {
      // A provider user's scope must come from the issuer: a default would show every one of
      // them the same provider.
      organisation = Optional.empty();
    }
    if (organisation.isEmpty()) {
      return new Refused("no-organisation", "the claim " + settings.organisationClaim()
          + " holds no organisation code" + (role == Role.PROVIDER ? " (needed for a provider "
          + "user)" : " and no default organisation is set"));
    }
    String subject = claims.getSubject();
    String userName = stringClaim(claims, "preferred_username").orElse(subject);
    String displayName = stringClaim(claims, "name").orElse(userName);
    return new SignedIn(new OidcIdentity(subject, userName, displayName, role,
        organisation.get()));
  }

  private static Optional<String> stringClaim(JWTClaimsSet claims, String name) {
    return claims.getClaim(name) instanceof String s && !s.isBlank() ? Optional.of(s)
        : Optional.empty();
  }

  private String randomToken() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return BASE64URL.encodeToString(bytes);
  }

  /** The PKCE S256 challenge of {@code verifier} (RFC 7636 §4.2). */
  static String challenge(String verifier) {
    try {
      return BASE64URL.encodeToString(MessageDigest.getInstance("SHA-256")
          .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static URI endpoint(JsonNode document, String name) {
    String value = document.path(name).asText("");
    if (value.isEmpty()) {
      throw new OidcException("the discovery document has no " + name);
    }
    return URI.create(value);
  }

  private static JsonNode getJson(HttpClient http, URI uri, String what) {
    HttpResponse<String> response = send(http, HttpRequest.newBuilder(uri).timeout(HTTP_TIMEOUT)
        .header("Accept", "application/json").GET().build(), what);
    if (response.statusCode() != 200) {
      throw new OidcException(what + " at " + uri + " answered " + response.statusCode());
    }
    return parse(response.body(), what);
  }

  private static HttpResponse<String> send(HttpClient http, HttpRequest request, String what) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new OidcException("cannot reach " + what + " at " + request.uri() + ": "
          + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new OidcException("interrupted while reaching " + what, e);
    }
  }

  private static JsonNode parse(String body, String what) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new OidcException(what + " is not JSON: " + e.getMessage(), e);
    }
  }

  private static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
        .collect(Collectors.joining("&"));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** Where to send the browser, and the state it will bring back. */
  public record Start(URI authorizationUri, String state) {}

  /** What a finished sign-in gave. */
  public sealed interface Result permits SignedIn, Refused {}

  /** The user signed in as {@code identity}: start their session. */
  public record SignedIn(OidcIdentity identity) implements Result {}

  /**
   * The sign-in was refused. Show the user a plain "sign-in failed"; the detail is for the log.
   *
   * @param reason a word for the log and for tests: {@code unknown-state}, {@code wrong-browser},
   *     {@code expired-state}, {@code no-code}, {@code token-endpoint}, {@code bad-token},
   *     {@code no-role}, {@code ambiguous-role}, {@code no-organisation} or
   *     {@code bad-organisation}
   * @param detail what exactly was wrong
   */
  public record Refused(String reason, String detail) implements Result {}

  private record Pending(String binding, String nonce, String verifier, Instant expires) {}

  /** An ID token check failed. */
  private static final class TokenRefused extends Exception {
    private static final long serialVersionUID = 1L;

    TokenRefused(String message) {
      super(message);
    }
  }
}
