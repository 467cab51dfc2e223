package org.qsurv.app.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * An OpenID Connect issuer for tests, on 127.0.0.1: a discovery document, a JWKS and a token
 * endpoint over HTTP, and {@link #authorize} in place of the sign-in page a browser would see. It
 * checks what a real issuer checks at its token endpoint (a code used once, the same redirect URI,
 * the client's secret, the PKCE verifier against the challenge) and signs ID tokens with a
 * generated RSA key; a test changes the claims ({@link #claims}) or the signing key
 * ({@link #signWith}) of the next token.
 */
final class FakeIssuer implements AutoCloseable {
  static final String CLIENT_ID = "qsurv-test";
  static final String CLIENT_SECRET = "s3cret-for-tests";

  private final HttpServer server;
  private final List<RSAKey> published = new ArrayList<>();
  private final Map<String, Grant> codes = new ConcurrentHashMap<>();
  private volatile RSAKey signingKey;
  private volatile UnaryOperator<JWTClaimsSet.Builder> claims = b -> b;
  private volatile Map<String, Object> user = Map.of("sub", "entra-0001",
      "preferred_username", "j.doe@icb.example", "name", "Jo Doe",
      "roles", List.of("qsurv.lead"), "org", "QSL");

  FakeIssuer() throws IOException, JOSEException {
    signingKey = newKey("k1");
    published.add(signingKey);
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
    server.createContext("/.well-known/openid-configuration", this::discovery);
    server.createContext("/jwks", this::jwks);
    server.createContext("/token", this::token);
    server.start();
  }

  URI issuer() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  static RSAKey newKey(String keyId) throws JOSEException {
    return new RSAKeyGenerator(2048).keyID(keyId).generate();
  }

  /** The claims of the person who signs in next (sub, preferred_username, name, roles, org). */
  void user(Map<String, Object> claims) {
    this.user = Map.copyOf(claims);
  }

  /** Changes the next ID tokens' claims after the usual ones are set. */
  void claims(UnaryOperator<JWTClaimsSet.Builder> change) {
    this.claims = change;
  }

  /** Signs the next ID tokens with {@code key}, published or not. */
  void signWith(RSAKey key) {
    this.signingKey = key;
  }

  /** Publishes {@code key} in the JWKS too (a key rotation). */
  void publish(RSAKey key) {
    synchronized (published) {
      published.add(key);
    }
  }

  /**
   * What the browser does at the issuer: the user signs in and the issuer redirects back with a
   * code for this authorization request (its client, redirect URI, nonce and PKCE challenge).
   */
  String authorize(URI authorizationUri) {
    Map<String, String> q = parse(authorizationUri.getRawQuery());
    if (!"S256".equals(q.get("code_challenge_method")) || !CLIENT_ID.equals(q.get("client_id"))
        || !"code".equals(q.get("response_type"))) {
      throw new AssertionError("not an authorization code request with PKCE S256: " + q);
    }
    String code = UUID.randomUUID().toString();
    codes.put(code, new Grant(q.get("redirect_uri"), q.get("nonce"), q.get("code_challenge")));
    return code;
  }

  private void discovery(HttpExchange exchange) throws IOException {
    String base = issuer().toString();
    answer(exchange, 200, "{\"issuer\":\"" + base + "\",\"authorization_endpoint\":\"" + base
        + "/authorize\",\"token_endpoint\":\"" + base + "/token\",\"jwks_uri\":\"" + base
        + "/jwks\",\"code_challenge_methods_supported\":[\"S256\"],"
        + "\"id_token_signing_alg_values_supported\":[\"RS256\"]}");
  }

  private void jwks(HttpExchange exchange) throws IOException {
    synchronized (published) {
      answer(exchange, 200, new JWKSet(List.copyOf(published)).toPublicJWKSet().toString());
    }
  }

  private void token(HttpExchange exchange) throws IOException {
    Map<String, String> form = parse(new String(exchange.getRequestBody().readAllBytes(),
        StandardCharsets.UTF_8));
    String basic = "Basic " + Base64.getEncoder().encodeToString((CLIENT_ID + ":" + CLIENT_SECRET)
        .getBytes(StandardCharsets.UTF_8));
    if (!basic.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
      answer(exchange, 401, "{\"error\":\"invalid_client\"}");
      return;
    }
    Grant grant = codes.remove(form.getOrDefault("code", ""));
    String verifier = form.get("code_verifier");
    if (grant == null || !"authorization_code".equals(form.get("grant_type"))
        || !grant.redirectUri().equals(form.get("redirect_uri"))
        || verifier == null || !grant.challenge().equals(s256(verifier))) {
      answer(exchange, 400, "{\"error\":\"invalid_grant\"}");
      return;
    }
    Instant now = Instant.now();
    JWTClaimsSet.Builder token = new JWTClaimsSet.Builder()
        .issuer(issuer().toString())
        .audience(CLIENT_ID)
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plusSeconds(300)))
        .claim("nonce", grant.nonce());
    user.forEach(token::claim);
    try {
      SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256)
          .keyID(signingKey.getKeyID()).build(), claims.apply(token).build());
      jwt.sign(new RSASSASigner(signingKey));
      answer(exchange, 200, "{\"access_token\":\"at\",\"token_type\":\"Bearer\","
          + "\"id_token\":\"" + jwt.serialize() + "\"}");
    } catch (JOSEException e) {
      answer(exchange, 500, "{\"error\":\"server_error\"}");
    }
  }

  private static String s256(String verifier) {
    try {
      return Base64.getUrlEncoder().withoutPadding().encodeToString(MessageDigest
          .getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, String> parse(String query) {
    Map<String, String> fields = new HashMap<>();
    if (query == null || query.isEmpty()) {
      return fields;
    }
    for (String pair : query.split("&")) {
      String[] kv = pair.split("=", 2);
      fields.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
          kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
    }
    return fields;
  }

  private static void answer(HttpExchange exchange, int status, String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private record Grant(String redirectUri, String nonce, String challenge) {}
}
