package org.qsurv.app.web;

import com.google.common.collect.ImmutableMap;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.qsurv.app.ops.AccessLog;
import org.qsurv.app.port.Directory;
import org.qsurv.app.web.html.ProviderCheck;
import org.qsurv.app.web.html.SafeHtml;
import org.qsurv.app.web.html.Section;
import org.qsurv.app.web.html.Templates;
import org.qsurv.app.web.security.CurrentUser;
import org.qsurv.app.web.security.RequestContext;
import org.qsurv.app.web.security.RouteTable;
import org.qsurv.app.web.security.Session;
import org.qsurv.evaluation.PolicyProfile;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.organisation.Provider;

/**
 * What every page does with Javalin's {@link Context}: read what the security filter established
 * ({@link RequestContext}: the user, the session, the path's provider, the CSRF-checked form) and
 * answer with a template in the layout. A page is an ordinary Javalin handler, declared with its
 * roles in {@link WebRoutes}:
 *
 * <pre>{@code
 * void tracker(Context ctx) {
 *   Pages.render(ctx, "Surveillance tracker", Section.TRACKER, "system/tracker.jte",
 *       Map.of("entries", entries));
 * }
 * }</pre>
 */
final class Pages {
  private Pages() {}

  /** Template {@code template} with {@code model} in the layout, answered 200. */
  static void render(Context ctx, String title, Section section, String template,
      Map<String, Object> model) {
    render(ctx, 200, title, Optional.of(section), Templates.render(template, model));
  }

  /** {@code content} in the layout ({@code layout.jte}), in the section and session given. */
  static void render(Context ctx, int status, String title, Optional<Section> section,
      SafeHtml content) {
    html(ctx, status, layout(frame(ctx), title, section, RequestContext.of(ctx).session(), false,
        content));
  }

  /**
   * What the frame of every page shows of the application: its route table (the navigation) and
   * the policy profile its pages were evaluated under (the footer says which, hazard H44).
   */
  record Frame(RouteTable routes, PolicyProfile profile) {
    Frame {
      Objects.requireNonNull(routes, "routes");
      Objects.requireNonNull(profile, "profile");
    }

    /** Whether the pages lead with the level of assurance (001 §7.0-7.1). */
    boolean assuranceFirst() {
      return profile.mainView() == PolicyProfile.MainView.LEVEL_OF_ASSURANCE;
    }
  }

  private static final String FRAME = "qsurv.frame";

  /** Sets the request's frame: {@link #within} does, before the page runs. */
  private static void frame(Context ctx, Frame frame) {
    ctx.attribute(FRAME, frame);
  }

  /** The request's frame, which the application set before the page ran. */
  static Frame frame(Context ctx) {
    Frame frame = ctx.attribute(FRAME);
    if (frame == null) {
      throw new IllegalStateException("no page frame: the request did not come through the "
          + "application");
    }
    return frame;
  }

  /**
   * The whole document ({@code layout.jte}): {@code content} under {@code title}, in {@code
   * section} of the navigation, for the session's user, with the profile of {@code frame} in its
   * footer; its window title starts "Error: " when a form on it {@code hasErrors}.
   */
  static SafeHtml layout(Frame frame, String title, Optional<Section> section,
      Optional<Session> session, boolean hasErrors, SafeHtml content) {
    return Templates.render("layout.jte", Map.of("title", title, "section", section, "session",
        session, "hasErrors", hasErrors, "routes", frame.routes(), "profile", frame.profile(),
        "content", content));
  }

  static void html(Context ctx, int status, SafeHtml document) {
    ctx.status(status).contentType("text/html; charset=utf-8").result(document.utf8());
  }

  /** One sentence as a page ({@code message.jte}). */
  static void message(Context ctx, int status, String title, String text) {
    render(ctx, status, title, Optional.empty(), paragraph(text));
  }

  /** The page for an address that names nothing (an unknown provider, risk or route). */
  static void notFound(Context ctx) {
    message(ctx, 404, "Page not found", "There is no page at this address.");
  }

  /** One sentence as a page's content ({@code message.jte}). */
  static SafeHtml paragraph(String text) {
    return Templates.render("message.jte", Map.of("text", text));
  }

  /** 303 See Other to {@code location}: where a form that was accepted sends the browser. */
  static void redirect(Context ctx, String location) {
    ctx.redirect(location, HttpStatus.SEE_OTHER);
  }

  /** The page shown for an error: 404, 503 (too slow) or any other status (500). */
  static void error(Context ctx, int status) {
    switch (status) {
      case 404 -> notFound(ctx);
      case 503 -> message(ctx, status, "Sorry, the service took too long", "The page took too "
          + "long to answer. If you sent a form, check whether it was recorded before you send "
          + "it again.");
      default -> message(ctx, status, "Sorry, there is a problem",
          "The page could not be made. Try again later.");
    }
  }

  /**
   * {@code page} answering within {@code timeout}, and with the error page if it fails (500, never
   * a stack trace). A page still working at the timeout (a slow query, a stuck database) is
   * answered 503 and its connection closed, so that it holds neither the user nor the connection.
   * The page's own thread cannot be stopped: a write it makes after the timeout still happens,
   * which is why the page tells the user to check before sending a form again. The page, and the
   * error page, are made in {@code frame}.
   */
  static Handler within(Frame frame, Handler page, Duration timeout) {
    return ctx -> {
      frame(ctx, frame);
      AtomicBoolean late = new AtomicBoolean();
      ctx.async(async -> {
        async.timeout = timeout.toMillis();
        async.onTimeout(c -> {
          late.set(true);
          AccessLog.failed(c.req().getMethod(), c.req().getRequestURI(),
              new IllegalStateException("no answer within " + timeout));
          c.header("Connection", "close");
          error(c, 503);
        });
      }, () -> {
        if (late.get()) {
          return;
        }
        try {
          page.handle(ctx);
        } catch (Exception e) {
          AccessLog.failed(ctx.req().getMethod(), ctx.req().getRequestURI(), e);
          error(ctx, 500);
        }
      });
    };
  }

  /** The signed-in user: every route but the public ones has one (the route table says so). */
  static CurrentUser user(Context ctx) {
    return RequestContext.of(ctx).user()
        .orElseThrow(() -> new IllegalStateException("no signed-in user"));
  }

  /** The signed-in user's session, whose CSRF token every form carries. */
  static Session session(Context ctx) {
    return RequestContext.of(ctx).session()
        .orElseThrow(() -> new IllegalStateException("no session"));
  }

  /** A variable of the route's path, as the route table decoded it. */
  static String path(Context ctx, String variable) {
    return RequestContext.of(ctx).decision().pathVariable(variable)
        .orElseThrow(() -> new IllegalStateException("no path variable " + variable));
  }

  /** The provider the path names (the route table checked the user may see it). */
  static OrganisationCode provider(Context ctx) {
    return OrganisationCode.of(path(ctx, "provider"));
  }

  /**
   * The provider a form about a provider is posted to, when the directory knows it and the form
   * names it too ({@link ProviderCheck}); otherwise empty, having answered 404, or 409 through
   * {@code wrongProvider} with the reason (hazard H13: a form made for one provider never writes
   * against another).
   */
  static Optional<OrganisationCode> formProvider(Context ctx, Directory directory,
      Consumer<String> wrongProvider) {
    OrganisationCode code = provider(ctx);
    if (directory.provider(code).isEmpty()) {
      notFound(ctx);
      return Optional.empty();
    }
    Optional<String> refusal = ProviderCheck.refusal(code, field(ctx, ProviderCheck.FIELD_NAME));
    refusal.ifPresent(wrongProvider);
    return refusal.isPresent() ? Optional.empty() : Optional.of(code);
  }

  /** A field of the submitted form, trimmed; "" when absent. */
  static String field(Context ctx, String name) {
    return RequestContext.of(ctx).form().first(name).orElse("").trim();
  }

  /** A parameter of the query string, trimmed; "" when absent. */
  static String query(Context ctx, String name) {
    return RequestContext.of(ctx).query().first(name).orElse("").trim();
  }

  /** The directory's providers by code, in its order, read once per state of the data. */
  static Map<OrganisationCode, Provider> providers(Assessments assessments, Directory directory) {
    return assessments.derived("providers-by-code", () -> directory.providers().stream()
        .collect(ImmutableMap.toImmutableMap(Provider::code, p -> p)));
  }

  /** The provider's name, or its code where the directory does not know it. */
  static String name(Assessments assessments, Directory directory, OrganisationCode code) {
    Provider provider = providers(assessments, directory).get(code);
    return provider == null ? code.value() : provider.name();
  }
}
