package org.qsurv.app.web;

import io.javalin.http.Context;
import java.util.Optional;
import org.qsurv.app.oidc.OidcIdentity;
import org.qsurv.app.oidc.OidcSignIn;
import org.qsurv.app.web.security.CurrentUser;
import org.qsurv.app.web.security.QsurvRoutes;
import org.qsurv.app.web.security.RequestContext;
import org.qsurv.app.web.security.Session;
import org.qsurv.app.web.security.Sessions;

/**
 * Single sign-on with the organisation's OpenID Connect issuer ({@link OidcSignIn}): the start
 * sends the browser to the issuer, bound to its pre-sign-in session; the callback redeems the code
 * and, when the ID token passes every check, starts a new signed-in session (a new id and CSRF
 * token, as a password sign-in does). A refused sign-in starts no session and says only that it
 * failed: the reason is in the audit log, not shown to whoever holds the browser.
 */
final class SingleSignOnPages {
  private final Sessions sessions;
  private final OidcSignIn oidc;

  SingleSignOnPages(Sessions sessions, OidcSignIn oidc) {
    this.sessions = sessions;
    this.oidc = oidc;
  }

  void start(Context ctx) {
    SignInPages.beforeSignIn(ctx, sessions).ifPresent(anonymous -> Pages.redirect(ctx,
        oidc.start(anonymous.id().value()).authorizationUri().toString()));
  }

  void callback(Context ctx) {
    RequestContext request = RequestContext.of(ctx);
    Optional<Session> session = request.session();
    // Without the session that started it, the state cannot be checked: refuse.
    String binding = session.map(s -> s.id().value()).orElse("");
    OidcSignIn.Result result = oidc.finish(request.query().first("state").orElse(""),
        request.query().first("code"), binding, request.clientAddress());
    if (result instanceof OidcSignIn.SignedIn signedIn && session.isPresent()) {
      Session started = sessions.signIn(session, user(signedIn.identity()));
      ctx.header("Set-Cookie", sessions.cookie(started));
      Pages.redirect(ctx, QsurvRoutes.landingPath(started.user().orElseThrow()));
      return;
    }
    Pages.message(ctx, 403, "Single sign-on failed", "Signing in with your organisation did not "
        + "succeed. Try again from the sign-in page, or ask your administrator.");
  }

  private static CurrentUser user(OidcIdentity identity) {
    return new CurrentUser(identity.userName(), identity.displayName(), identity.role(),
        identity.organisation());
  }
}
