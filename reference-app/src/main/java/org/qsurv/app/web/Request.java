package org.qsurv.app.web;

import com.sun.net.httpserver.HttpExchange;
import java.util.Optional;
import org.qsurv.app.web.security.CurrentUser;
import org.qsurv.app.web.security.FormData;
import org.qsurv.app.web.security.RequestContext;
import org.qsurv.app.web.security.Session;
import org.qsurv.model.organisation.OrganisationCode;

/** One request as a page sees it: the exchange and what the security filter established. */
record Request(HttpExchange exchange, RequestContext context) {

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

  String clientAddress() {
    return exchange.getRemoteAddress().getAddress().getHostAddress();
  }
}
