package org.qsurv.app.ops;

import java.util.Objects;
import java.util.Optional;
import org.qsurv.escalation.command.CaseCommand;
import org.qsurv.escalation.surveillancecase.Outcome;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.surveillance.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The security and decision events an ICB's security team and its auditors read: sign-ins that
 * succeed or fail, requests refused by role or organisation, and escalation decisions submitted to
 * a provider's case. It never holds a password, a display name or what a failed sign-in typed as
 * the name (only a short fingerprint of it, to see repeated attempts on one account). The case's
 * own hash-chained audit trail remains the record of decisions; this log is for watching the
 * system, and it is not the record.
 *
 * @since 1.0.0
 */
public final class AuditLog {
  /** The logger's name, for routing these events apart from the rest. */
  public static final String LOGGER = "qsurv.audit";

  private static final Logger LOG = LoggerFactory.getLogger(LOGGER);

  private AuditLog() {}

  /**
   * A user signed in.
   *
   * @param userId the sign-in name (or the identity provider's subject for single sign-on)
   * @param method how: {@code password} or {@code oidc}
   * @param clientAddress the client's address, as the throttle sees it
   */
  public static void signedIn(String userId, String method, String clientAddress) {
    String user = LogText.clean(userId);
    String address = LogText.clean(clientAddress);
    LOG.atInfo()
        .addKeyValue("event", "sign-in")
        .addKeyValue("outcome", "success")
        .addKeyValue("user", user)
        .addKeyValue("method", LogText.clean(method))
        .addKeyValue("client", address)
        .log("sign-in succeeded: user={} method={} client={}", user, LogText.clean(method),
            address);
  }

  /**
   * A sign-in failed.
   *
   * @param typedName the name typed (logged only as a fingerprint), empty if none
   * @param reason why, in a word: {@code bad-credentials}, {@code throttled}, or a single sign-on
   *     failure such as {@code bad-token}
   * @param clientAddress the client's address
   */
  public static void signInFailed(String typedName, String reason, String clientAddress) {
    String account = typedName.isEmpty() ? "-" : LogText.fingerprint(typedName);
    String address = LogText.clean(clientAddress);
    LOG.atWarn()
        .addKeyValue("event", "sign-in")
        .addKeyValue("outcome", "failure")
        .addKeyValue("reason", LogText.clean(reason))
        .addKeyValue("account", account)
        .addKeyValue("client", address)
        .log("sign-in failed: reason={} account#={} client={}", LogText.clean(reason), account,
            address);
  }

  /**
   * A request was refused because of who made it.
   *
   * @param method the HTTP method
   * @param route the route's pattern ({@code /escalation/{provider}/decisions}), not the path
   * @param status 401 (not signed in), 403 (not this role or organisation) or 404 (hidden)
   * @param role the signed-in user's role, if anyone was signed in
   * @param userId the signed-in user's sign-in name, if anyone was signed in
   */
  public static void denied(String method, String route, int status, Optional<Role> role,
      Optional<String> userId) {
    String user = userId.map(LogText::clean).orElse("-");
    String roleName = role.map(Role::name).orElse("-");
    LOG.atWarn()
        .addKeyValue("event", "denied")
        .addKeyValue("method", LogText.clean(method))
        .addKeyValue("route", LogText.clean(route))
        .addKeyValue("status", status)
        .addKeyValue("role", roleName)
        .addKeyValue("user", user)
        .log("denied: {} {} {} role={} user={}", LogText.clean(method), LogText.clean(route),
            status, roleName, user);
  }

  /**
   * An escalation command was decided against a provider's case: accepted (and stored) or
   * rejected by the domain's rules, with the case version before and after.
   */
  public static void decision(OrganisationCode provider, CaseCommand command, long versionBefore,
      Outcome outcome) {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(outcome, "outcome");
    String result = outcome.rejection().map(r -> "rejected (" + r.rule() + ")")
        .orElse("accepted");
    long versionAfter = outcome.after().version();
    LOG.atInfo()
        .addKeyValue("event", "decision")
        .addKeyValue("provider", provider.value())
        .addKeyValue("action", command.action().name())
        .addKeyValue("role", command.by().role().name())
        .addKeyValue("caseVersionBefore", versionBefore)
        .addKeyValue("caseVersionAfter", versionAfter)
        .addKeyValue("outcome", result)
        .log("decision: provider={} action={} role={} case version {} -> {} {}",
            provider.value(), command.action().name(), command.by().role().name(), versionBefore,
            versionAfter, result);
  }

  /**
   * A call of the JSON API, accepted or refused (the database's {@code api_call} table holds the
   * same, for the audit; this is for watching the system).
   *
   * @param token the token's name, or {@code -} when none was accepted
   * @param method the HTTP method
   * @param route the route's pattern, or {@code (no route)}
   * @param status the status answered
   * @param clientAddress the client's address, as the throttle sees it
   * @since 1.1.0
   */
  public static void apiCall(String token, String method, String route, int status,
      String clientAddress) {
    String who = LogText.clean(token);
    LOG.atInfo()
        .addKeyValue("event", "api-call")
        .addKeyValue("token", who)
        .addKeyValue("method", LogText.clean(method))
        .addKeyValue("route", LogText.clean(route))
        .addKeyValue("status", status)
        .addKeyValue("client", LogText.clean(clientAddress))
        .log("api call: token={} {} {} {} client={}", who, LogText.clean(method),
            LogText.clean(route), status, LogText.clean(clientAddress));
  }
}
