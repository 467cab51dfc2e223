package org.qsurv.escalation.surveillancecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.statistics.Statistics;
import org.qsurv.escalation.audit.ChainVerifier;
import org.qsurv.escalation.command.CaseCommand;
import org.qsurv.escalation.command.TakeDecision;
import org.qsurv.escalation.event.CaseEvent;
import org.qsurv.escalation.event.CaseEventJson;
import org.qsurv.escalation.event.DecisionTaken;
import org.qsurv.escalation.event.FactType;
import org.qsurv.escalation.policy.EscalationPolicy;
import org.qsurv.escalation.procedure.EnhancedProcedure;
import org.qsurv.escalation.view.SurveillanceTracker;
import org.qsurv.escalation.view.TrackerEntry;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.surveillance.DecisionType;
import org.qsurv.model.surveillance.Level;
import org.qsurv.model.surveillance.Meeting;
import org.qsurv.model.surveillance.Role;
import org.qsurv.testing.escalation.CaseFile;
import org.qsurv.testing.escalation.EscalationArbitraries;

/**
 * The invariants of the escalation lifecycle, checked after every command of random sequences of up to 50 commands
 * (valid and invalid, any role, any date order) under the national defaults (SNAPSHOT.md;
 * 004 §4.4; 003 §5.2, Appendix 1).
 */
class LifecycleInvariantsProperties {
  private static final OrganisationCode RH5 = OrganisationCode.of("RH5");
  private static final EscalationPolicy POLICY = EscalationPolicy.nhsDefaults();

  @Provide
  Arbitrary<ActionChain<CaseFile>> lifecycles() {
    return EscalationArbitraries.lifecycles(RH5, POLICY, 50);
  }

  @Property
  void everyCommandKeepsTheLifecycleInvariants(@ForAll("lifecycles") ActionChain<CaseFile> chain) {
    chain
        .withInvariant("the level is one of the three; pending review only in enhanced", this::levelIsKnown)
        .withInvariant("a rejected command changes nothing", this::rejectedCommandsChangeNothing)
        .withInvariant("only an accepted, authorised, reasoned command records anything", this::acceptedIsAuthorised)
        .withInvariant("the level changes only by an authorised lifecycle decision", this::levelChangesByDecision)
        .withInvariant("no step down before the sustained-assurance period, but on assurance at an NHS England-led meeting", this::stepDownOnlyWhenSustained)
        .withInvariant("pending review ends only by the meeting or escalation", this::pendingEndsByMeeting)
        .withInvariant("the log runs forward and replays to the state", this::logReplaysToTheState)
        .withInvariant("the hash chain verifies", f -> assertTrue(ChainVerifier.verify(f.log()).isIntact(),
            () -> ChainVerifier.verify(f.log()).toString()))
        .withInvariant("the tracker shows every escalated provider with its lead", this::trackerShowsTheCase)
        .peek(f -> f.lastStep().flatMap(s -> s.outcome().rejection())
            .ifPresent(r -> Statistics.label("rejected for").collect(r.rule())))
        .run();
    collectHowFarTheLifecycleWent(chain.finalState().get());
  }

  /**
   * The generator must reach the rules' interesting states, or the invariants prove little: the
   * coverage checks fail the property if too few sequences step down, reach intensive or resolve
   * a plan.
   */
  private void collectHowFarTheLifecycleWent(CaseFile f) {
    List<DecisionType> decisions = f.log().stream().map(LifecycleInvariantsProperties::decision)
        .flatMap(Optional::stream).map(DecisionTaken::decision).collect(java.util.stream.Collectors.toList());
    boolean steppedDown = decisions.contains(DecisionType.STEP_DOWN);
    boolean intensive = decisions.contains(DecisionType.ESCALATE_TO_INTENSIVE);
    boolean signedOff = f.log().stream().anyMatch(e -> e.fact().type() == FactType.ACTION_SIGNED_OFF);
    Statistics.label("stepped down").collect(steppedDown);
    Statistics.label("reached intensive").collect(intensive);
    Statistics.label("signed off an action").collect(signedOff);
    Statistics.label("events").collect(f.log().size() / 10 * 10);
    Statistics.label("stepped down").coverage(c -> c.check(true).percentage(p -> p >= 3));
    Statistics.label("reached intensive").coverage(c -> c.check(true).percentage(p -> p >= 10));
    Statistics.label("signed off an action").coverage(c -> c.check(true).percentage(p -> p >= 3));
  }

  private void levelIsKnown(CaseFile f) {
    assertTrue(EnumSet.allOf(Level.class).contains(f.state().level()));
    assertTrue(!f.state().pendingReview() || f.state().level() == Level.ENHANCED);
    boolean everMoved = f.log().stream().anyMatch(e -> decision(e).filter(DecisionTaken::changesLevel).isPresent());
    assertEquals(everMoved, f.state().levelSince().isPresent(), "levelSince is empty only if never moved");
  }

  private void rejectedCommandsChangeNothing(CaseFile f) {
    f.lastStep().filter(s -> !s.outcome().isAccepted()).ifPresent(s -> {
      assertEquals(s.before(), f.state());
      assertEquals(CaseEventJson.toJson(s.logBefore()), CaseEventJson.toJson(f.log()), "log bytes");
      assertTrue(s.outcome().events().isEmpty());
      assertFalse(s.outcome().rejection().get().reason().isBlank());
    });
  }

  private void acceptedIsAuthorised(CaseFile f) {
    f.lastStep().filter(s -> s.outcome().isAccepted()).ifPresent(s -> {
      CaseCommand c = s.command();
      assertFalse(c.rationale().isBlank(), "accepted without a rationale");
      assertTrue(POLICY.authority().allows(c.by().role(), c.action(), s.before().level()),
          () -> c.by().role() + " may not " + c.action() + " at " + s.before().level());
      assertTrue(s.before().lastEventDate().map(d -> !c.at().isBefore(d)).orElse(true), "dated backwards");
      assertEquals(s.logBefore().size() + 1, f.log().size());
    });
  }

  private void levelChangesByDecision(CaseFile f) {
    f.lastStep().ifPresent(s -> {
      Level before = s.before().level();
      Level now = f.state().level();
      if (before == now && s.before().pendingReview() == f.state().pendingReview()) {
        return;
      }
      assertTrue(s.outcome().isAccepted());
      assertTrue(s.command() instanceof TakeDecision, () -> "level changed by " + s.command());
      Role role = s.command().by().role();
      if (now == Level.INTENSIVE && before != Level.INTENSIVE) {
        assertEquals(Role.NHSE_REGION, role, "intensive is entered by NHS England only");
      }
      if (now == Level.ENHANCED && before != Level.ENHANCED) {
        assertTrue(role == Role.ICB_DIRECTOR || role == Role.NHSE_REGION, "enhanced entered by " + role);
      }
      assertFalse(before == Level.INTENSIVE && now == Level.ROUTINE, "intensive to routine in one step");
    });
  }

  private void stepDownOnlyWhenSustained(CaseFile f) {
    f.lastStep().filter(s -> s.outcome().isAccepted() && s.command() instanceof TakeDecision
        && ((TakeDecision) s.command()).decision() == DecisionType.STEP_DOWN).ifPresent(s -> {
      // Independently of the case's state: the assurance standing is the first ASSURANCE_GAINED
      // after the last level change, trigger, risk summit or rapid response review.
      TakeDecision stepDown = (TakeDecision) s.command();
      assertEquals(s.before().level().ordinal() - 1, f.state().level().ordinal(), "one level at a time");
      if (s.before().level() == Level.ENHANCED) {
        assertTrue(s.before().procedure().map(EnhancedProcedure::isPlanResolved).orElse(true),
            "stepped down from enhanced with open plan actions");
      }
      if (s.before().level() == Level.ENHANCED && stepDown.by().role() == Role.ICB_DIRECTOR
          && stepDown.meeting().filter(m -> m != Meeting.QUALITY_REVIEW).isPresent()) {
        return; // 003 §5.2.3 a: assurance gained at an NHS England-led meeting, acted on at once
      }
      List<CaseEvent> log = s.logBefore();
      int lastClearing = -1;
      for (int i = 0; i < log.size(); i++) {
        if (clears(log.get(i))) {
          lastClearing = i;
        }
      }
      Optional<CaseEvent> assurance = log.subList(lastClearing + 1, log.size()).stream()
          .filter(e -> decision(e).filter(d -> d.decision() == DecisionType.ASSURANCE_GAINED).isPresent())
          .findFirst();
      assertTrue(assurance.isPresent(), "stepped down with no standing assurance");
      LocalDate sustained = assurance.get().at().plus(POLICY.sustainedAssurancePeriod());
      assertFalse(s.command().at().isBefore(sustained),
          () -> "stepped down on " + s.command().at() + " before " + sustained);
    });
  }

  private void pendingEndsByMeeting(CaseFile f) {
    f.lastStep().filter(s -> s.before().pendingReview() && !f.state().pendingReview()).ifPresent(s -> {
      DecisionType d = ((TakeDecision) s.command()).decision();
      assertTrue(EnumSet.of(DecisionType.CONFIRM_ENHANCED, DecisionType.RETURN_TO_ROUTINE,
          DecisionType.ESCALATE_TO_INTENSIVE).contains(d), () -> "left pending review by " + d);
    });
  }

  private void logReplaysToTheState(CaseFile f) {
    ImmutableList<CaseEvent> log = f.log();
    for (int i = 0; i < log.size(); i++) {
      assertEquals(i + 1, log.get(i).version());
      if (i > 0) {
        assertFalse(log.get(i).at().isBefore(log.get(i - 1).at()), "event times went backwards");
      }
    }
    assertEquals(f.state(), SurveillanceCase.replay(f.provider(), log));
  }

  private void trackerShowsTheCase(CaseFile f) {
    LocalDate on = f.state().lastEventDate().orElse(EscalationArbitraries.FIRST_DAY);
    ImmutableList<TrackerEntry> tracker = SurveillanceTracker.of(List.of(f.state()), on);
    if (f.state().level() == Level.ROUTINE) {
      assertTrue(tracker.isEmpty());
      return;
    }
    assertEquals(1, tracker.size());
    EnhancedProcedure p = f.state().activeProcedure().get();
    boolean anyStepDone = p.notice().isPresent() || p.governanceGroup().isPresent()
        || p.baselineReviewed().isPresent() || !p.keyRisks().isEmpty() || p.feedbackGiven().isPresent()
        || !p.plan().isEmpty() || p.lead().isPresent();
    if (anyStepDone) {
      assertTrue(tracker.get(0).lead().isPresent(), "escalated provider on the tracker with no named lead");
    }
  }

  private static boolean clears(CaseEvent e) {
    FactType type = e.fact().type();
    return type == FactType.TRIGGER_ACCEPTED || type == FactType.RAPID_RESPONSE_REVIEW_CALLED
        || decision(e).filter(d -> d.changesLevel() || d.decision() == DecisionType.CALL_RISK_SUMMIT).isPresent();
  }

  private static Optional<DecisionTaken> decision(CaseEvent e) {
    return e.fact() instanceof DecisionTaken ? Optional.of((DecisionTaken) e.fact()) : Optional.empty();
  }
}
