package org.qsurv.app.web;

import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;
import org.qsurv.app.web.html.Field;
import org.qsurv.app.web.html.InputType;
import org.qsurv.app.web.html.Templates;
import org.qsurv.app.web.security.QsurvRoutes;
import org.qsurv.app.web.security.RequestContext;
import org.qsurv.app.web.security.Session;
import org.qsurv.app.web.security.Sessions;
import org.qsurv.app.web.security.SignIn;

/**
 * Sign-in and sign-out. The sign-in form is served in an anonymous session, so that its CSRF token
 * protects sign-in itself; signing in starts a new session (a new id and token).
 */
final class SignInPages {
  private final Sessions sessions;
  private final SignIn signIn;
  private final boolean singleSignOn;

  SignInPages(Sessions sessions, SignIn signIn, boolean singleSignOn) {
    this.sessions = sessions;
    this.signIn = signIn;
    this.singleSignOn = singleSignOn;
  }

  void form(Context ctx) {
    beforeSignIn(ctx, sessions).ifPresent(anonymous -> render(ctx, anonymous, "",
        Optional.empty()));
  }

  /**
   * The browser's session for signing in (by password or single sign-on), started anonymous with
   * its cookie when it has none; empty, the browser sent to its landing page, when it is signed in
   * already.
   */
  static Optional<Session> beforeSignIn(Context ctx, Sessions sessions) {
    Optional<Session> session = RequestContext.of(ctx).session();
    if (session.isPresent() && session.get().isSignedIn()) {
      Pages.redirect(ctx, QsurvRoutes.landingPath(session.get().user().orElseThrow()));
      return Optional.empty();
    }
    if (session.isPresent()) {
      return session;
    }
    Session anonymous = sessions.start();
    ctx.header("Set-Cookie", sessions.cookie(anonymous));
    return Optional.of(anonymous);
  }

  void signIn(Context ctx) {
    RequestContext request = RequestContext.of(ctx);
    String name = Pages.field(ctx, "username");
    char[] password = request.form().first("password").orElse("").toCharArray();
    SignIn.Result result = signIn.attempt(name, password, request.clientAddress(),
        request.session());
    if (result.session().isPresent()) {
      Session signedIn = result.session().get();
      ctx.header("Set-Cookie", sessions.cookie(signedIn));
      Pages.redirect(ctx, QsurvRoutes.landingPath(signedIn.user().orElseThrow()));
      return;
    }
    render(ctx, request.session().orElseThrow(), name, Optional.of(result.message()));
  }

  void signOut(Context ctx) {
    sessions.signOut(Pages.session(ctx));
    ctx.header("Set-Cookie", sessions.expiredCookie());
    Pages.redirect(ctx, QsurvRoutes.SIGN_IN);
  }

  private void render(Context ctx, Session anonymous, String name, Optional<String> error) {
    Field user = Field.of("username", "User name").withValue(name)
        .withAutocomplete("username").withError(error);
    Field password = Field.of("password", "Password").withType(InputType.PASSWORD)
        .withAutocomplete("current-password");
    Pages.html(ctx, 200, Pages.layout(Pages.frame(ctx), "Sign in", Optional.empty(), Optional.of(anonymous),
        error.isPresent(), Templates.render("sign-in.jte", Map.of("user", user, "password",
            password, "csrfToken", anonymous.csrfToken(), "singleSignOn", singleSignOn))));
  }
}
