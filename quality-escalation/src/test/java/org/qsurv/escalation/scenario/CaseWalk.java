package org.qsurv.escalation.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import org.qsurv.escalation.command.CaseCommand;
import org.qsurv.escalation.command.TakeDecision;
import org.qsurv.escalation.generators.CaseFile;
import org.qsurv.escalation.policy.EscalationPolicy;
import org.qsurv.escalation.surveillancecase.BrokenRule;
import org.qsurv.escalation.surveillancecase.Rejected;
import org.qsurv.escalation.surveillancecase.SurveillanceCase;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.surveillance.Actor;
import org.qsurv.model.surveillance.DecisionType;
import org.qsurv.model.surveillance.Role;

/** A scenario walked step by step through a case file, failing on the first unexpected outcome. */
final class CaseWalk {
  static final Actor DIRECTOR = Actor.of("A. Director", Role.ICB_DIRECTOR);
  static final Actor LEAD = Actor.of("B. Lead", Role.ICB_QUALITY_LEAD);
  static final Actor REGION = Actor.of("C. Regional", Role.NHSE_REGION);
  static final Actor PROVIDER = Actor.of("D. Provider", Role.PROVIDER);

  private CaseFile file;

  CaseWalk(String provider) {
    file = CaseFile.open(OrganisationCode.of(provider), EscalationPolicy.nhsDefaults());
  }

  /** Handles a command that must be accepted. */
  CaseWalk accepted(CaseCommand command) {
    file = file.handle(command);
    if (!file.lastStep().get().outcome().isAccepted()) {
      fail("expected " + command + " to be accepted but: " + file.lastStep().get().outcome().rejection().get());
    }
    return this;
  }

  /** Handles a command that must be rejected for {@code rule}; returns the rejection. */
  Rejected rejected(CaseCommand command, BrokenRule rule) {
    long before = file.log().size();
    file = file.handle(command);
    Rejected rejection = file.lastStep().get().outcome().rejection()
        .orElseThrow(() -> new AssertionError("expected " + command + " to be rejected for " + rule));
    assertEquals(rule, rejection.rule(), rejection.reason());
    assertEquals(before, file.log().size());
    assertTrue(!rejection.reason().isBlank());
    return rejection;
  }

  CaseWalk decided(DecisionType decision, String date, Actor by) {
    return accepted(decision(decision, date, by));
  }

  static TakeDecision decision(DecisionType decision, String date, Actor by) {
    return TakeDecision.of(decision, LocalDate.parse(date), by, "Recorded at the meeting of " + date);
  }

  SurveillanceCase state() {
    return file.state();
  }

  CaseFile file() {
    return file;
  }
}
