package org.qsurv.app.web;

import java.util.Map;
import java.util.Optional;
import org.qsurv.app.web.html.Field;
import org.qsurv.app.web.html.InputType;
import org.qsurv.app.web.html.Page;
import org.qsurv.app.web.html.Templates;
import org.qsurv.app.web.security.QsurvRoutes;
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

  Response form(Request request) {
    Optional<Session> session = request.session();
    if (session.isPresent() && session.get().isSignedIn()) {
      return Response.redirect(QsurvRoutes.landingPath(session.get().user().orElseThrow()));
    }
    Session anonymous = session.orElseGet(sessions::start);
    Response page = render(anonymous, "", Optional.empty());
    return session.isPresent() ? page : page.withHeader("Set-Cookie", sessions.cookie(anonymous));
  }

  Response signIn(Request request) {
    String name = request.field("username");
    char[] password = request.form().first("password").orElse("").toCharArray();
    SignIn.Result result = signIn.attempt(name, password, request.clientAddress(),
        request.session());
    if (result.session().isPresent()) {
      Session signedIn = result.session().get();
      return Response.redirect(QsurvRoutes.landingPath(signedIn.user().orElseThrow()))
          .withHeader("Set-Cookie", sessions.cookie(signedIn));
    }
    Session anonymous = request.session().orElseThrow();
    return render(anonymous, name, Optional.of(result.message()));
  }

  Response signOut(Request request) {
    sessions.signOut(request.signedInSession());
    return Response.redirect(QsurvRoutes.SIGN_IN)
        .withHeader("Set-Cookie", sessions.expiredCookie());
  }

  private Response render(Session anonymous, String name, Optional<String> error) {
    Field user = Field.of("username", "User name").withValue(name)
        .withAutocomplete("username").withError(error);
    Field password = Field.of("password", "Password").withType(InputType.PASSWORD)
        .withAutocomplete("current-password");
    Page page = Page.titled("Sign in").session(anonymous).withErrors(error.isPresent())
        .content(Templates.render("sign-in.jte", Map.of("user", user, "password", password,
            "csrfToken", anonymous.csrfToken(), "singleSignOn", singleSignOn)));
    return Response.html(200, View.LAYOUT.render(page));
  }
}
