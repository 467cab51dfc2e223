package org.qsurv.app.web;

import io.javalin.http.Context;
import java.util.Optional;
import org.qsurv.app.web.security.CurrentUser;
import org.qsurv.app.web.security.FormData;
import org.qsurv.app.web.security.RequestContext;
import org.qsurv.app.web.security.Session;
import org.qsurv.model.organisation.OrganisationCode;

/** One request as a page sees it: Javalin's context and what the security filter established. */
record Request(Context ctx, RequestContext context) {

  Optional<Session> session() {
    return context.session();
  }

  /** The signed-in user: every route but the public ones has one (the route table says so). */
  CurrentUser user() {
    return context.user().orElseThrow(() -> new IllegalStateException("no signed-in user"));
  }

  Session signedInSession() {
    return context.session().orElseThrow(() -> new IllegalStateException("no session"));
  }

  String path(String variable) {
    return context.decision().pathVariable(variable)
        .orElseThrow(() -> new IllegalStateException("no path variable " + variable));
  }

  OrganisationCode provider() {
    return OrganisationCode.of(path("provider"));
  }

  FormData form() {
    return context.form();
  }

  FormData query() {
    return context.query();
  }

  String field(String name) {
    return context.form().first(name).orElse("").trim();
  }

  /** The raw query string, empty when there is none. */
  String rawQuery() {
    String query = ctx.queryString();
    return query == null ? "" : query;
  }

  String clientAddress() {
    return context.clientAddress();
  }
}
