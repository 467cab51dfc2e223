package org.qsurv.examples.embedding;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.qsurv.escalation.audit.ChainVerifier;
import org.qsurv.escalation.command.AppointLead;
import org.qsurv.escalation.command.TakeDecision;
import org.qsurv.escalation.policy.EscalationPolicy;
import org.qsurv.escalation.surveillancecase.Accepted;
import org.qsurv.escalation.surveillancecase.Outcome;
import org.qsurv.escalation.surveillancecase.Rejected;
import org.qsurv.escalation.surveillancecase.SurveillanceCase;
import org.qsurv.escalation.view.CaseTimeline;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.surveillance.Actor;
import org.qsurv.model.surveillance.DecisionType;
import org.qsurv.model.surveillance.Role;

/**
 * Example 7: embed qsurv in an existing service, in plain Java and with no framework: your own
 * event store and clock behind ports ({@link CaseEventStore}, {@link java.time.Clock}), the
 * library's {@link SurveillanceCase} deciding. Production passes
 * {@code Clock.system(ZoneId.of("Europe/London"))} and a database-backed store.
 */
public final class EmbedInYourService {
  private EmbedInYourService() {}

  public static void main(String[] args) {
    CaseEventStore store = new InMemoryCaseEventStore();
    Clock reportDay = Clock.fixed(Instant.parse("2025-03-03T09:00:00Z"),
        ZoneId.of("Europe/London"));
    CaseService service = new CaseService(store, reportDay, EscalationPolicy.nhsDefaults());
    OrganisationCode rh5 = OrganisationCode.of("RH5");
    Actor director = Actor.of("A. Director", Role.ICB_DIRECTOR);
    Actor lead = Actor.of("B. Lead", Role.ICB_QUALITY_LEAD);

    print("quality lead places RH5 on enhanced", service.handle(rh5, today -> TakeDecision.of(
        DecisionType.PLACE_ON_ENHANCED, today, lead, "Rising mortality")));
    print("director places RH5 on enhanced", service.handle(rh5, today -> TakeDecision.of(
        DecisionType.PLACE_ON_ENHANCED, today, director, "Rising mortality and two never events")));
    print("director appoints the lead", service.handle(rh5, today -> new AppointLead(
        today, director, "003 §5.2.3 a", "B. Lead")));

    SurveillanceCase reloaded = service.load(rh5);
    System.out.println("Stored: " + store.events(rh5).size() + " events; reloaded case is "
        + reloaded.level() + (reloaded.pendingReview() ? " pending review" : "")
        + " since " + reloaded.levelSince().orElseThrow() + ", version " + reloaded.version());
    System.out.println("Audit chain: " + ChainVerifier.verify(store.events(rh5)));
    CaseTimeline.of(store.events(rh5)).forEach(e -> System.out.println(
        "  " + e.version() + " " + e.at() + " " + e.by().name() + ": " + e.what()));

    // Another screen read the case before the lead was appointed, and decides on that version.
    SurveillanceCase stale = SurveillanceCase.replay(rh5, store.events(rh5).subList(0, 1));
    Outcome late = stale.decide(new AppointLead(
        reloaded.lastEventDate().orElseThrow(), director, "From a stale screen", "C. Other"),
        EscalationPolicy.nhsDefaults());
    try {
      store.append(rh5, stale.version(), late.events());
    } catch (CaseEventStore.ConcurrentDecisionException e) {
      System.out.println("A decision made on a stale version is refused: " + e.getMessage());
    }
  }

  // An outcome is accepted or rejected, nothing else (a sealed pair): the pattern names each.
  private static void print(String what, Outcome outcome) {
    if (outcome instanceof Accepted accepted) {
      System.out.println(what + ": accepted, " + accepted.events().size() + " event(s) stored");
    } else if (outcome instanceof Rejected rejected) {
      System.out.println(what + ": REJECTED, " + rejected.reason());
    }
  }
}
