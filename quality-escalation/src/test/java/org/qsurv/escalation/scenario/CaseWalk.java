package org.qsurv.escalation.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.qsurv.model.surveillance.DecisionType.CONFIRM_ENHANCED;
import static org.qsurv.model.surveillance.DecisionType.PLACE_ON_ENHANCED;

import java.time.LocalDate;
import java.util.List;
import org.qsurv.escalation.command.AgreeKeyRisks;
import org.qsurv.escalation.command.AppointLead;
import org.qsurv.escalation.command.CaseCommand;
import org.qsurv.escalation.command.CompleteBaselineReview;
import org.qsurv.escalation.command.GiveFeedback;
import org.qsurv.escalation.command.NotifyProvider;
import org.qsurv.escalation.command.TakeDecision;
import org.qsurv.escalation.policy.EscalationPolicy;
import org.qsurv.escalation.procedure.KeyRisk;
import org.qsurv.escalation.procedure.NoticeMethod;
import org.qsurv.escalation.surveillancecase.BrokenRule;
import org.qsurv.escalation.surveillancecase.Rejected;
import org.qsurv.escalation.surveillancecase.SurveillanceCase;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.surveillance.Actor;
import org.qsurv.model.surveillance.DecisionType;
import org.qsurv.model.surveillance.Role;
import org.qsurv.testing.escalation.CaseFile;

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

  /**
   * A case placed on and confirmed in enhanced surveillance, with the procedure up to feedback
   * (003 §5.2.3 a-d): the point from which the provider's plan starts.
   */
  static CaseWalk confirmedWithFeedback(String provider) {
    return new CaseWalk(provider)
        .decided(PLACE_ON_ENHANCED, "2025-01-06", DIRECTOR)
        .accepted(new AppointLead(LocalDate.parse("2025-01-06"), DIRECTOR, "003 §5.2.3 a", "B. Lead"))
        .accepted(new NotifyProvider(
            LocalDate.parse("2025-01-08"), LEAD, "Contract breach suspected",
            NoticeMethod.CONTRACT_PERFORMANCE_NOTICE))
        .decided(CONFIRM_ENHANCED, "2025-01-20", DIRECTOR)
        .accepted(new CompleteBaselineReview(
            LocalDate.parse("2025-02-14"), LEAD, "Deep dive done", "Maternity and staffing"))
        .accepted(new AgreeKeyRisks(
            LocalDate.parse("2025-02-20"), LEAD, "Agreed with partners",
            List.of(KeyRisk.of("KR-1", "Maternity escalation failures"))))
        .accepted(new GiveFeedback(LocalDate.parse("2025-02-27"), LEAD, "Feedback meeting", "KR-1 with sources"));
  }
}
