package org.qsurv.app.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qsurv.escalation.command.TakeDecision;
import org.qsurv.escalation.policy.EscalationPolicy;
import org.qsurv.escalation.surveillancecase.Outcome;
import org.qsurv.escalation.surveillancecase.SurveillanceCase;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.surveillance.Actor;
import org.qsurv.model.surveillance.DecisionType;
import org.qsurv.model.surveillance.Role;
import org.slf4j.LoggerFactory;

/**
 * The access and audit logs say what an operator needs and nothing a person typed that could be
 * personal or secret: no query values, no password, no name typed at a failed sign-in, no
 * display name, and no line break that would forge a second log line.
 */
class LogEventsTest {
  private final ListAppender<ILoggingEvent> events = new ListAppender<>();

  @BeforeEach
  void capture() {
    events.start();
    logger(AccessLog.LOGGER).addAppender(events);
    logger(AuditLog.LOGGER).addAppender(events);
  }

  @AfterEach
  void release() {
    logger(AccessLog.LOGGER).detachAppender(events);
    logger(AuditLog.LOGGER).detachAppender(events);
  }

  @Test
  void theAccessLogHasMethodPathStatusDurationAndUserIdButNoQueryValues() {
    AccessLog.request("GET", "/risks", Optional.of("provider=RH5&owner=Jane+Smith"), 200,
        Duration.ofMillis(12), Optional.of("m.ellery"));
    String line = only().getFormattedMessage();
    assertEquals("GET /risks?provider&owner 200 12 ms user=m.ellery", line);
    assertFalse(line.contains("Jane"), line);
  }

  @Test
  void aFailedSignInLogsAFingerprintOfTheTypedNameNeverTheNameOrThePassword() {
    AuditLog.signInFailed("Tr0ub4dor&3", "bad-credentials", "192.0.2.7");
    AuditLog.signInFailed("Tr0ub4dor&3", "bad-credentials", "192.0.2.7");
    String first = events.list.get(0).getFormattedMessage();
    assertFalse(first.contains("Tr0ub4dor"), first);
    assertTrue(first.contains("reason=bad-credentials") && first.contains("client=192.0.2.7"),
        first);
    assertEquals(first, events.list.get(1).getFormattedMessage(),
        "the same typed name gives the same fingerprint, so repeated attempts show");
  }

  @Test
  void aDenialNamesTheRouteTheRoleAndTheUserId() {
    AuditLog.denied("POST", "/escalation/{provider}/decisions", 403,
        Optional.of(Role.PROVIDER), Optional.of("p.user"));
    assertEquals("denied: POST /escalation/{provider}/decisions 403 role=PROVIDER "
        + "user=p.user", only().getFormattedMessage());
  }

  /**
   * An escalation decision is logged with the provider, the action and the case version, and the
   * role of who decided, never their name: the record of who decided is the case's own audit
   * trail.
   */
  @Test
  void aDecisionNamesTheProviderTheActionAndTheCaseVersionNotThePerson() {
    OrganisationCode provider = OrganisationCode.of("RH5");
    SurveillanceCase routine = SurveillanceCase.open(provider);
    TakeDecision place = TakeDecision.of(DecisionType.PLACE_ON_ENHANCED, LocalDate.of(2025, 7, 1),
        Actor.of("Morgan Ellery", Role.ICB_DIRECTOR), "Falls trigger sustained for three months");
    Outcome outcome = routine.decide(place, EscalationPolicy.nhsDefaults());
    AuditLog.decision(provider, place, routine.version(), outcome);
    String line = only().getFormattedMessage();
    assertTrue(line.startsWith("decision: provider=RH5 action=PLACE_ON_ENHANCED role=ICB_DIRECTOR "
        + "case version 0 -> "), line);
    assertFalse(line.contains("Morgan") || line.contains("Falls"), line);
  }

  /** Whatever a client sends as a path, the access log stays one line. */
  @Property(tries = 1_000)
  void noPathForgesASecondLogLine(@ForAll String path) {
    ListAppender<ILoggingEvent> seen = new ListAppender<>();
    seen.start();
    logger(AccessLog.LOGGER).addAppender(seen);
    try {
      AccessLog.request("GET", path, Optional.of(path + "=x"), 404, Duration.ZERO,
          Optional.of(path));
    } finally {
      logger(AccessLog.LOGGER).detachAppender(seen);
    }
    assertEquals(1, seen.list.size());
    String line = seen.list.get(0).getFormattedMessage();
    assertTrue(line.chars().noneMatch(c -> c < 0x20 || c == 0x7f), line);
  }

  private ILoggingEvent only() {
    assertEquals(1, events.list.size(), events.list.stream()
        .map(ILoggingEvent::getFormattedMessage).collect(Collectors.joining("\n")));
    return events.list.get(0);
  }

  private static Logger logger(String name) {
    return (Logger) LoggerFactory.getLogger(name);
  }
}
