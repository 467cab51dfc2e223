package org.qsurv.benchmarks.escalation;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.qsurv.escalation.command.AcceptTrigger;
import org.qsurv.escalation.command.AddActionEvidence;
import org.qsurv.escalation.command.AddPlanAction;
import org.qsurv.escalation.command.AgreeKeyRisks;
import org.qsurv.escalation.command.ApplyLever;
import org.qsurv.escalation.command.AppointLead;
import org.qsurv.escalation.command.CaseCommand;
import org.qsurv.escalation.command.CompleteBaselineReview;
import org.qsurv.escalation.command.GiveFeedback;
import org.qsurv.escalation.command.NotifyProvider;
import org.qsurv.escalation.command.RecordMeeting;
import org.qsurv.escalation.command.RecordProviderResponse;
import org.qsurv.escalation.command.SetUpGovernanceGroup;
import org.qsurv.escalation.command.SignOffAction;
import org.qsurv.escalation.command.TakeDecision;
import org.qsurv.escalation.event.CaseEvent;
import org.qsurv.escalation.levers.ContractualLever;
import org.qsurv.escalation.levers.NhsEnglandMeeting;
import org.qsurv.escalation.policy.EscalationPolicy;
import org.qsurv.escalation.procedure.KeyRisk;
import org.qsurv.escalation.procedure.NoticeMethod;
import org.qsurv.escalation.procedure.RiskResponse;
import org.qsurv.escalation.surveillancecase.Outcome;
import org.qsurv.escalation.surveillancecase.SurveillanceCase;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.surveillance.Actor;
import org.qsurv.model.surveillance.DecisionType;
import org.qsurv.model.surveillance.Role;

/**
 * A national-scale event log for the escalation benchmarks: {@code cases} providers with
 * {@code eventsPerCase} events each, every one produced by {@code SurveillanceCase.decide} (so
 * hashed and valid). Each case repeats realistic episodes: a trigger, enhanced surveillance pending
 * review, the enhanced procedure a-e with a four-action plan evidenced and signed off, an NHS
 * England call, contractual levers, and assurance and a step down three months later; one episode
 * in three escalates to intensive after a risk summit and steps down through enhanced. Dates and
 * variants come from a fixed seed, so the log is the same on every run.
 */
final class CaseLogWorkload {
  private static final EscalationPolicy NHS = EscalationPolicy.nhsDefaults();
  private static final Actor DIRECTOR = Actor.of("A. Director", Role.ICB_DIRECTOR);
  private static final Actor LEAD = Actor.of("B. Lead", Role.ICB_QUALITY_LEAD);
  private static final Actor REGION = Actor.of("C. Regional", Role.NHSE_REGION);
  private static final Actor PROVIDER = Actor.of("D. Provider", Role.PROVIDER);
  private static final String WHY = "Agreed at the quality governance meeting";

  final ImmutableList<OrganisationCode> providers;
  /** Each case's log, oldest first, in the order of {@link #providers}. */
  final ImmutableList<ImmutableList<CaseEvent>> logs;
  final int events;

  private CaseLogWorkload(List<OrganisationCode> providers, List<ImmutableList<CaseEvent>> logs) {
    this.providers = ImmutableList.copyOf(providers);
    this.logs = ImmutableList.copyOf(logs);
    this.events = logs.stream().mapToInt(List::size).sum();
  }

  static CaseLogWorkload generate(int cases, int eventsPerCase, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<OrganisationCode> providers = new ArrayList<>(cases);
    List<ImmutableList<CaseEvent>> logs = new ArrayList<>(cases);
    for (int i = 0; i < cases; i++) {
      OrganisationCode provider = OrganisationCode.of(String.format("%c%05d", (char) ('A' + i / 100_000), i % 100_000));
      providers.add(provider);
      logs.add(caseLog(provider, eventsPerCase, random.split()));
    }
    return new CaseLogWorkload(providers, logs);
  }

  /** All events of all cases in one log ordered by date, as a system-wide event table would be read. */
  ImmutableList<CaseEvent> interleaved() {
    List<CaseEvent> all = new ArrayList<>(events);
    logs.forEach(all::addAll);
    all.sort(Comparator.comparing(CaseEvent::at));
    return ImmutableList.copyOf(all);
  }

  private static ImmutableList<CaseEvent> caseLog(OrganisationCode provider, int size, SplittableRandom random) {
    Episode episode = new Episode(provider, size, random);
    while (episode.log.size() < size) {
      episode.run();
    }
    return ImmutableList.copyOf(episode.log);
  }

  /** One case being written: its state, log, date and random choices. */
  private static final class Episode {
    final List<CaseEvent> log = new ArrayList<>();
    final int size;
    final SplittableRandom random;
    SurveillanceCase state;
    LocalDate day = LocalDate.of(2022, 4, 1);
    int number;

    Episode(OrganisationCode provider, int size, SplittableRandom random) {
      this.state = SurveillanceCase.open(provider);
      this.size = size;
      this.random = random;
    }

    void run() {
      number++;
      boolean intensive = random.nextInt(3) == 0;
      record(new AcceptTrigger(next(), LEAD, WHY, "SAFEGUARDING", List.of("I-1")));
      decide(DecisionType.PLACE_ON_ENHANCED, DIRECTOR);
      record(new AppointLead(next(), DIRECTOR, WHY, "B. Lead"));
      record(new NotifyProvider(next(), LEAD, WHY, NoticeMethod.WRITTEN_NOTICE));
      record(new SetUpGovernanceGroup(next(), LEAD, WHY, "Enhanced group"));
      decide(DecisionType.CONFIRM_ENHANCED, DIRECTOR);
      record(new CompleteBaselineReview(next(), LEAD, WHY, "Deep dive"));
      String r1 = "KR-" + number + "-1";
      String r2 = "KR-" + number + "-2";
      record(new AgreeKeyRisks(next(), LEAD, WHY, List.of(KeyRisk.of(r1, "Night staffing"), KeyRisk.of(r2, "Falls with harm"))));
      record(new GiveFeedback(next(), LEAD, WHY, "Both risks"));
      record(new RecordProviderResponse(next(), PROVIDER, WHY, r1, RiskResponse.ACKNOWLEDGED, List.of()));
      record(new RecordProviderResponse(next(), PROVIDER, WHY, r2, RiskResponse.CHALLENGED, List.of("Audit")));
      for (int a = 1; a <= 4; a++) {
        record(AddPlanAction.builder().at(next()).by(PROVIDER).rationale(WHY).actionId("A-" + number + "-" + a)
            .description("Action " + a).lead("Director of Nursing").due(day.plusDays(60)).metric("Audit").build());
      }
      record(RecordMeeting.builder().at(next()).by(REGION).rationale(WHY)
          .meeting(NhsEnglandMeeting.INTELLIGENCE_SHARING_CALL).addAttendees("ICB", "CQC").build());
      record(ApplyLever.builder().at(next()).by(LEAD).rationale(WHY).lever(ContractualLever.INFORMAL_QUERY).build());
      if (intensive) {
        decide(DecisionType.CALL_RISK_SUMMIT, REGION);
        record(RecordMeeting.builder().at(next()).by(REGION).rationale(WHY).meeting(NhsEnglandMeeting.RISK_SUMMIT)
            .chair("Regional Chief Nurse").addAttendees("CQC", "ICB").addAgreedActions("External review").build());
        decide(DecisionType.ESCALATE_TO_INTENSIVE, REGION);
        decide(DecisionType.ASSURANCE_GAINED, REGION);
        day = day.plusMonths(3);
        decide(DecisionType.STEP_DOWN, REGION);
      }
      for (int a = 1; a <= 4; a++) {
        record(new AddActionEvidence(next(), PROVIDER, WHY, "A-" + number + "-" + a, "Evidence " + a));
        record(new SignOffAction(next(), LEAD, WHY, "A-" + number + "-" + a));
      }
      decide(DecisionType.ASSURANCE_GAINED, DIRECTOR);
      day = day.plusMonths(3);
      decide(DecisionType.STEP_DOWN, DIRECTOR);
    }

    private LocalDate next() {
      day = day.plusDays(random.nextInt(0, 15));
      return day;
    }

    private void decide(DecisionType decision, Actor by) {
      record(TakeDecision.of(decision, next(), by, WHY));
    }

    private void record(CaseCommand command) {
      if (log.size() == size) {
        return;
      }
      Outcome outcome = state.decide(command, NHS);
      if (!outcome.isAccepted()) {
        throw new IllegalStateException("workload command rejected: " + outcome.rejection().get());
      }
      log.addAll(outcome.events());
      state = outcome.after();
    }
  }
}
