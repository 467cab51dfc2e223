package org.qsurv.app.web.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Starts, resumes, rotates and ends sessions, and writes their cookie. Time comes from the
 * injected {@link Clock}; the idle and absolute timeouts come from the {@link SessionPolicy}.
 *
 * <pre>{@code
 * Sessions sessions = new Sessions(SessionPolicy.defaults(), clock);
 * Optional<Session> session = sessions.resume(exchange.getRequestHeaders().get("Cookie"));
 * Session signedIn = sessions.signIn(session, user);      // a new id: never reuse the old one
 * exchange.getResponseHeaders().add("Set-Cookie", sessions.cookie(signedIn));
 * }</pre>
 *
 * <p>The cookie is {@code HttpOnly; SameSite=Strict; Path=/}, plus {@code Secure} when the policy
 * says so, in which case its name carries the {@code __Host-} prefix so that browsers refuse it
 * from a sub-domain or over HTTP. It has no {@code Max-Age}: it ends with the browser session, and
 * the server ends it sooner by the timeouts. Sessions are kept in this process's memory: they end
 * when the server stops, and everyone signs in again. Thread-safe.
 */
public final class Sessions {
  /** The cookie's name when it is not marked {@code Secure}. */
  public static final String COOKIE_NAME = "qsurv-session";
  /** The cookie's name when it is marked {@code Secure}. */
  public static final String SECURE_COOKIE_NAME = "__Host-qsurv-session";

  // Expired sessions are purged every this many new sessions, so memory stays bounded by traffic.
  private static final int PURGE_EVERY = 128;

  private final ConcurrentMap<SessionId, Session> store = new ConcurrentHashMap<>();
  private final SessionPolicy policy;
  private final Clock clock;
  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

  private final SecureRandom random = new SecureRandom();
  private final AtomicInteger created = new AtomicInteger();

  /** Sessions under {@code policy}, timed by {@code clock}. */
  public Sessions(SessionPolicy policy, Clock clock) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The policy these sessions follow. */
  public SessionPolicy policy() {
    return policy;
  }

  /** The name of the session cookie under this policy. */
  public String cookieName() {
    return policy.secureCookie() ? SECURE_COOKIE_NAME : COOKIE_NAME;
  }

  /**
   * Starts an anonymous session: it carries the CSRF token of the sign-in form, so that sign-in
   * itself is protected against cross-site request forgery.
   */
  public Session start() {
    return create(Optional.empty());
  }

  /**
   * The live session with this id, seen now; empty if there is none or it has timed out (a
   * timed-out session is removed).
   */
  public Optional<Session> resume(SessionId id) {
    Optional<Session> found = Optional.ofNullable(store.get(id));
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    if (hasExpired(found.get(), now)) {
      store.remove(id);
      return Optional.empty();
    }
    Session seen = found.get().seenAt(now);
    // update, not save: a sign-out between find and here must stay signed out.
    return store.replace(id, seen) != null ? Optional.of(seen) : Optional.empty();
  }

  /**
   * The live session named by the request's {@code Cookie} headers (as
   * {@code exchange.getRequestHeaders().get("Cookie")} gives them, possibly {@code null}).
   */
  public Optional<Session> resume(List<String> cookieHeaders) {
    return sessionIdFrom(cookieHeaders).flatMap(this::resume);
  }

  /**
   * Signs {@code user} in: ends the previous session, if any, and starts a new one with a new id
   * and a new CSRF token (OWASP: renew the session id after any privilege change).
   */
  public Session signIn(Optional<Session> previous, CurrentUser user) {
    Objects.requireNonNull(user, "user");
    previous.ifPresent(p -> store.remove(p.id()));
    return create(Optional.of(user));
  }

  /** Ends the session: its id no longer resumes anything. */
  public void signOut(Session session) {
    store.remove(session.id());
  }

  /** The {@code Set-Cookie} header value that gives the browser this session's id. */
  public String cookie(Session session) {
    return cookieName() + "=" + session.id().value() + attributes();
  }

  /** The {@code Set-Cookie} header value that makes the browser forget its session cookie. */
  public String expiredCookie() {
    return cookieName() + "=" + attributes() + "; Max-Age=0";
  }

  /**
   * The session id in the request's {@code Cookie} headers, if one is well formed. A malformed
   * value is ignored rather than looked up.
   */
  public Optional<SessionId> sessionIdFrom(List<String> cookieHeaders) {
    if (cookieHeaders == null) {
      return Optional.empty();
    }
    for (String header : cookieHeaders) {
      for (String pair : header.split(";")) {
        int eq = pair.indexOf('=');
        if (eq > 0 && pair.substring(0, eq).trim().equals(cookieName())) {
          String value = pair.substring(eq + 1).trim();
          if (SessionId.isWellFormed(value)) {
            return Optional.of(new SessionId(value));
          }
        }
      }
    }
    return Optional.empty();
  }

  boolean hasExpired(Session session, Instant now) {
    return !now.isBefore(session.lastSeen().plus(policy.idleTimeout()))
        || !now.isBefore(session.created().plus(policy.absoluteTimeout()));
  }

  /** How many sessions are held, expired or not. */
  int size() {
    return store.size();
  }

  /** A 256-bit random token, unpadded base64url (43 characters): a session id or CSRF token. */
  private String token() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return BASE64URL.encodeToString(bytes);
  }

  private String attributes() {
    return "; Path=/; HttpOnly; SameSite=Strict" + (policy.secureCookie() ? "; Secure" : "");
  }

  private Session create(Optional<CurrentUser> user) {
    Instant now = clock.instant();
    if (created.incrementAndGet() % PURGE_EVERY == 0) {
      store.values().removeIf(s -> hasExpired(s, now));
    }
    Session session = new Session(new SessionId(token()), user, token(), now, now);
    store.put(session.id(), session);
    return session;
  }
}
