package org.qsurv.testing.escalation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.Tuple;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.ActionChainArbitrary;
import net.jqwik.api.state.Transformer;
import org.qsurv.escalation.authority.CaseAction;
import org.qsurv.escalation.command.AcceptTrigger;
import org.qsurv.escalation.command.AddActionEvidence;
import org.qsurv.escalation.command.AddPlanAction;
import org.qsurv.escalation.command.AgreeKeyRisks;
import org.qsurv.escalation.command.ApplyLever;
import org.qsurv.escalation.command.AppointLead;
import org.qsurv.escalation.command.CallRapidResponseReview;
import org.qsurv.escalation.command.CaseCommand;
import org.qsurv.escalation.command.CloseRemainingActions;
import org.qsurv.escalation.command.CompleteBaselineReview;
import org.qsurv.escalation.command.CompleteQualityRiskProfile;
import org.qsurv.escalation.command.GiveFeedback;
import org.qsurv.escalation.command.NotifyProvider;
import org.qsurv.escalation.command.RecordCorrection;
import org.qsurv.escalation.command.RecordMeeting;
import org.qsurv.escalation.command.RecordProviderResponse;
import org.qsurv.escalation.command.RequestQualityRiskProfile;
import org.qsurv.escalation.command.SetUpGovernanceGroup;
import org.qsurv.escalation.command.SignOffAction;
import org.qsurv.escalation.command.TakeDecision;
import org.qsurv.escalation.event.CaseEvent;
import org.qsurv.escalation.levers.ContractualLever;
import org.qsurv.escalation.levers.NhsEnglandMeeting;
import org.qsurv.escalation.policy.EscalationPolicy;
import org.qsurv.escalation.procedure.EnhancedProcedure;
import org.qsurv.escalation.procedure.KeyRisk;
import org.qsurv.escalation.procedure.NoticeMethod;
import org.qsurv.escalation.procedure.PlanAction;
import org.qsurv.escalation.procedure.RiskResponse;
import org.qsurv.escalation.surveillancecase.SurveillanceCase;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.surveillance.Actor;
import org.qsurv.model.surveillance.DecisionType;
import org.qsurv.model.surveillance.Level;
import org.qsurv.model.surveillance.Meeting;
import org.qsurv.model.surveillance.Role;

/**
 * jqwik generators for the escalation lifecycle, published in the quality-testing artifact so that
 * embedding teams can write properties against their own integrations: people in any role, rationales
 * (sometimes blank), dates (mostly forward, sometimes backwards), commands of every kind for a
 * given case (valid and invalid, biased towards the next plausible step so that long lifecycles
 * are reached), case files, logs and cases built by running commands, and an {@link ActionChain}
 * of commands over a {@link CaseFile}.
 *
 * <pre>{@code
 * @Property
 * void myStoreKeepsWhatTheCaseRecorded(@ForAll("logs") ImmutableList<CaseEvent> log) {
 *   myStore.append(log);
 *   assertEquals(log, myStore.events(log.get(0).provider()));
 * }
 *
 * @Provide
 * Arbitrary<ImmutableList<CaseEvent>> logs() {
 *   return EscalationArbitraries.logs().filter(l -> !l.isEmpty());
 * }
 * }</pre>
 *
 * @since 1.0.0
 */
public final class EscalationArbitraries {
  /** The date generated cases start from. */
  public static final LocalDate FIRST_DAY = LocalDate.of(2024, 4, 1);

  private static final int GENERATION_SIZE = 1000;

  private static final ImmutableList<String> NAMES = ImmutableList.of(
      "A. Director", "B. Lead", "C. Regional", "D. Provider", "E. Viewer", "Jo Bloggs");
  private static final ImmutableList<String> RATIONALES = ImmutableList.of(
      "Rising mortality and two never events in a quarter",
      "Quality review meeting found the risks significant and recurrent",
      "Whistleblowing about night staffing, triangulated with incidents",
      "Improvement plan delivered and embedded; QSG assured",
      "Assurance sustained for three months through QSG",
      "CQC warning notice on safe care and treatment",
      "Agreed at the governance group");
  private static final ImmutableList<String> TEXTS = ImmutableList.of(
      "Night staffing on ward 4", "Falls with harm", "Sepsis screening compliance",
      "Safeguarding referrals rising", "Complaints response times", "Medicines reconciliation");

  private EscalationArbitraries() {}

  /** Trust ODS codes such as {@code RA7}. */
  public static Arbitrary<OrganisationCode> providers() {
    return Arbitraries.strings().withChars("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789").ofLength(2)
        .map(s -> OrganisationCode.of("R" + s));
  }

  /** Any role, the viewer and the provider included. */
  public static Arbitrary<Role> roles() {
    return Arbitraries.of(Role.class);
  }

  /** People in the given roles, some with their organisation recorded. */
  public static Arbitrary<Actor> actors(Arbitrary<Role> roles) {
    Arbitrary<Optional<OrganisationCode>> organisations =
        Arbitraries.of("QSL", "Y58", "RH5").map(OrganisationCode::of).optional(0.3);
    return Combinators.combine(Arbitraries.of(NAMES), roles, organisations)
        .as((name, role, organisation) -> Actor.builder().name(name).role(role).organisation(organisation).build());
  }

  /** People in any role. */
  public static Arbitrary<Actor> actors() {
    return actors(roles());
  }

  /** Rationales: one in twenty is blank, which every command must be rejected for. */
  public static Arbitrary<String> rationales() {
    return Arbitraries.frequencyOf(
        Tuple.of(19, Arbitraries.of(RATIONALES)),
        Tuple.of(1, Arbitraries.of("", " ", "\t")));
  }

  /**
   * Dates for the next command on {@code state}: mostly on or after its latest event (by up to four
   * months), sometimes before it, which must be rejected.
   */
  public static Arbitrary<LocalDate> dates(SurveillanceCase state) {
    LocalDate base = state.lastEventDate().orElse(FIRST_DAY);
    return Arbitraries.frequencyOf(
        Tuple.of(80, Arbitraries.integers().between(0, 40)),
        Tuple.of(12, Arbitraries.integers().between(41, 120)),
        Tuple.of(8, Arbitraries.integers().between(-60, -1)))
        .map(base::plusDays);
  }

  /**
   * Commands of every kind for {@code state}: lifecycle decisions, triggers, procedure steps, NHS
   * England steps, levers and corrections; by anyone (mostly someone the policy allows), on any
   * date (mostly forward), with any rationale (rarely blank), naming known and unknown key risks
   * and plan actions.
   */
  public static Arbitrary<CaseCommand> commandsFor(SurveillanceCase state, EscalationPolicy policy) {
    List<Tuple2<Integer, Arbitrary<CaseCommand>>> kinds = new ArrayList<>();
    // Lazy, so that only the kind chosen is built.
    kinds.add(Tuple.of(35, Arbitraries.lazy(() -> decisions(state, policy))));
    kinds.add(Tuple.of(5, Arbitraries.lazy(() -> triggers(state, policy))));
    kinds.add(Tuple.of(state.level() == Level.ROUTINE ? 4 : 45, Arbitraries.lazy(() -> procedureSteps(state, policy))));
    kinds.add(Tuple.of(8, Arbitraries.lazy(() -> nhsEnglandSteps(state, policy))));
    kinds.add(Tuple.of(6, Arbitraries.lazy(() -> levers(state, policy))));
    kinds.add(Tuple.of(2, Arbitraries.lazy(() -> corrections(state, policy))));
    return Arbitraries.frequencyOf(kinds);
  }

  /** The lifecycle decisions of SNAPSHOT.md, weighted towards the next plausible one. */
  public static Arbitrary<CaseCommand> decisions(SurveillanceCase state, EscalationPolicy policy) {
    List<Tuple2<Integer, Arbitrary<DecisionType>>> weights = new ArrayList<>();
    for (DecisionType type : DecisionType.values()) {
      weights.add(Tuple.of(decisionWeight(state, type), Arbitraries.just(type)));
    }
    return Arbitraries.frequencyOf(weights).flatMap(type ->
        Combinators.combine(actorFor(CaseAction.of(type), state, policy), decisionDates(state, type), rationales(),
                meetings())
            .as((by, at, why, meeting) -> new TakeDecision(at, by, why, type, meeting)));
  }

  /** The meeting a decision was taken at: none half the time, else any (003 §5.2.3 a, Appendix 1). */
  private static Arbitrary<Optional<Meeting>> meetings() {
    return Arbitraries.of(Meeting.class).optional(0.5);
  }

  private static int decisionWeight(SurveillanceCase state, DecisionType type) {
    boolean routine = state.level() == Level.ROUTINE;
    boolean pending = state.pendingReview();
    switch (type) {
      case PLACE_ON_ENHANCED:
        return routine ? 40 : 2;
      case CONFIRM_ENHANCED:
        return pending ? 30 : 3;
      case RETURN_TO_ROUTINE:
        return pending ? 10 : 3;
      case ESCALATE_TO_INTENSIVE:
        return routine ? 8 : 5;
      case CALL_RISK_SUMMIT:
        return 4;
      case ASSURANCE_GAINED:
        return routine || pending ? 3 : 25;
      case STEP_DOWN:
        return routine || pending ? 3 : 25;
      default:
        throw new AssertionError(type);
    }
  }

  /** For a step down, dates around the end of the sustained-assurance period, the boundary included. */
  private static Arbitrary<LocalDate> decisionDates(SurveillanceCase state, DecisionType type) {
    if (type != DecisionType.STEP_DOWN || state.sustainedAssuranceUntil().isEmpty()) {
      return dates(state);
    }
    LocalDate until = state.sustainedAssuranceUntil().get();
    return Arbitraries.frequencyOf(
        Tuple.of(5, dates(state)),
        Tuple.of(2, Arbitraries.just(until)),
        Tuple.of(1, Arbitraries.just(until.minusDays(1))),
        Tuple.of(2, Arbitraries.integers().between(1, 40).map(until::plusDays)));
  }

  /** Triggers accepted into the case. */
  public static Arbitrary<CaseCommand> triggers(SurveillanceCase state, EscalationPolicy policy) {
    return Combinators.combine(actorFor(CaseAction.ACCEPT_TRIGGER, state, policy), dates(state), rationales(),
            Arbitraries.of("WHISTLEBLOWING", "NEVER_EVENTS", "SPC_SHIFT", "CQC_ENFORCEMENT", "HIGH_MORTALITY"),
            Arbitraries.of("I-1", "I-2", "R-1", "R-7").list().ofMaxSize(3))
        .as((by, at, why, code, evidence) -> new AcceptTrigger(at, by, why, code, evidence));
  }

  /** The steps of the enhanced procedure (003 §5.2.3 a-e), weighted towards the next one. */
  public static Arbitrary<CaseCommand> procedureSteps(SurveillanceCase state, EscalationPolicy policy) {
    Optional<EnhancedProcedure> p = state.procedure();
    boolean lead = p.flatMap(EnhancedProcedure::lead).isPresent();
    boolean notice = p.flatMap(EnhancedProcedure::notice).isPresent();
    boolean baseline = p.flatMap(EnhancedProcedure::baselineReviewed).isPresent();
    boolean risks = p.map(x -> !x.keyRisks().isEmpty()).orElse(false);
    boolean feedback = p.flatMap(EnhancedProcedure::feedbackGiven).isPresent();
    int actions = p.map(x -> x.plan().size()).orElse(0);
    boolean planning = feedback && lead;
    List<Tuple2<Integer, Arbitrary<CaseCommand>>> steps = new ArrayList<>();
    steps.add(Tuple.of(lead ? 2 : 60, step(CaseAction.APPOINT_LEAD, state, policy, Arbitraries.of(NAMES),
        (by, at, why, name) -> new AppointLead(at, by, why, name))));
    steps.add(Tuple.of(notice || !lead ? 2 : 60, step(CaseAction.NOTIFY_PROVIDER, state, policy,
        Arbitraries.of(NoticeMethod.class),
        (by, at, why, method) -> new NotifyProvider(at, by, why, method))));
    steps.add(Tuple.of(4, step(CaseAction.SET_UP_GOVERNANCE_GROUP, state, policy,
        Arbitraries.of("Enhanced surveillance group", "Task and finish group"),
        (by, at, why, name) -> new SetUpGovernanceGroup(at, by, why, name))));
    steps.add(Tuple.of(baseline || !notice ? 2 : 60, step(CaseAction.COMPLETE_BASELINE_REVIEW, state, policy,
        Arbitraries.of(TEXTS),
        (by, at, why, s) -> new CompleteBaselineReview(at, by, why, s))));
    steps.add(Tuple.of(risks || !baseline ? 3 : 60, step(CaseAction.AGREE_KEY_RISKS, state, policy,
        keyRisks(p).list().ofMinSize(1).ofMaxSize(3),
        (by, at, why, list) -> new AgreeKeyRisks(at, by, why, list))));
    steps.add(Tuple.of(feedback || !risks ? 2 : 60, step(CaseAction.GIVE_FEEDBACK, state, policy, Arbitraries.of(TEXTS),
        (by, at, why, s) -> new GiveFeedback(at, by, why, s))));
    steps.add(Tuple.of(planning ? 8 : 3, step(CaseAction.RECORD_PROVIDER_RESPONSE, state, policy,
        Combinators.combine(riskIds(p), Arbitraries.of(RiskResponse.class),
            Arbitraries.of("Board paper 12", "Audit 2025/3", "Rota analysis").list().ofMaxSize(2)).as(Tuple::of),
        (by, at, why, r) -> new RecordProviderResponse(at, by, why, r.get1(), r.get2(), r.get3()))));
    steps.add(Tuple.of(!planning ? 3 : actions == 0 ? 60 : actions < 4 ? 15 : 3, step(CaseAction.ADD_PLAN_ACTION, state, policy,
        Combinators.combine(actionIds(p, actions + 1), Arbitraries.of(TEXTS), Arbitraries.of(NAMES),
            Arbitraries.integers().between(0, 120), Arbitraries.of("Fill rate", "Audit score", "Incidents per month"))
            .as(Tuple::of),
        (by, at, why, a) -> AddPlanAction.builder().at(at).by(by).rationale(why).actionId(a.get1())
            .description(a.get2()).lead(a.get3()).due(at.plusDays(a.get4())).metric(a.get5()).build())));
    steps.add(Tuple.of(actions > 0 ? 20 : 2, step(CaseAction.ADD_ACTION_EVIDENCE, state, policy,
        Combinators.combine(actionIds(p, actions), Arbitraries.of("Rota", "Audit results", "Training log"))
            .as(Tuple::of),
        (by, at, why, e) -> new AddActionEvidence(at, by, why, e.get1(), e.get2()))));
    steps.add(Tuple.of(actions > 0 ? 20 : 2, step(CaseAction.SIGN_OFF_ACTION, state, policy, actionIds(p, actions),
        (by, at, why, id) -> new SignOffAction(at, by, why, id))));
    steps.add(Tuple.of(2, step(CaseAction.CLOSE_REMAINING_ACTIONS, state, policy, Arbitraries.just(0),
        (by, at, why, none) -> new CloseRemainingActions(at, by, why))));
    return Arbitraries.frequencyOf(steps);
  }

  private static Arbitrary<KeyRisk> keyRisks(Optional<EnhancedProcedure> p) {
    int next = p.map(x -> x.keyRisks().size()).orElse(0) + 1;
    return Combinators.combine(
            Arbitraries.frequencyOf(Tuple.of(9, Arbitraries.integers().between(next, next + 2)),
                Tuple.of(1, Arbitraries.integers().between(1, next))),
            Arbitraries.of(TEXTS))
        .as((n, text) -> KeyRisk.of("KR-" + n, text));
  }

  private static Arbitrary<String> riskIds(Optional<EnhancedProcedure> p) {
    List<String> known = p.map(x -> x.keyRisks().stream().map(KeyRisk::id).collect(ImmutableList.toImmutableList()))
        .orElse(ImmutableList.of());
    return known.isEmpty() ? Arbitraries.just("KR-1")
        : Arbitraries.frequencyOf(Tuple.of(9, Arbitraries.of(known)), Tuple.of(1, Arbitraries.just("KR-99")));
  }

  private static Arbitrary<String> actionIds(Optional<EnhancedProcedure> p, int upTo) {
    List<String> known = p.map(x -> x.plan().stream().map(PlanAction::id).collect(ImmutableList.toImmutableList()))
        .orElse(ImmutableList.of());
    List<String> ids = new ArrayList<>(known);
    if (upTo > known.size()) {
      ids.add("A-" + upTo);
    }
    return ids.isEmpty() ? Arbitraries.just("A-1")
        : Arbitraries.frequencyOf(Tuple.of(9, Arbitraries.of(ids)), Tuple.of(1, Arbitraries.just("A-99")));
  }

  /** NHS England's steps: meetings, the Quality Risk Profile and rapid response reviews. */
  public static Arbitrary<CaseCommand> nhsEnglandSteps(SurveillanceCase state, EscalationPolicy policy) {
    Arbitrary<CaseCommand> meetings = Arbitraries.of(NhsEnglandMeeting.class).flatMap(meeting ->
        Combinators.combine(actorFor(meeting.action(), state, policy), dates(state), rationales(),
                Arbitraries.of("C. Regional", "Regional Chief Nurse").optional(0.8),
                Arbitraries.of("CQC", "ICB Chief Nurse", "Provider CEO", "NMC").list().ofMaxSize(3).uniqueElements(),
                Arbitraries.of("Daily safe staffing huddle", "External review of maternity").list().ofMaxSize(2))
            .as((by, at, why, chair, attendees, agreed) -> RecordMeeting.builder().at(at).by(by).rationale(why)
                .meeting(meeting).chair(chair).attendees(attendees).agreedActions(agreed).build()));
    return Arbitraries.frequencyOf(
        Tuple.of(5, meetings),
        Tuple.of(2, step(CaseAction.REQUEST_QUALITY_RISK_PROFILE, state, policy, Arbitraries.just(0),
            (by, at, why, none) -> new RequestQualityRiskProfile(at, by, why))),
        Tuple.of(2, step(CaseAction.COMPLETE_QUALITY_RISK_PROFILE, state, policy,
            Arbitraries.of(TEXTS).optional(0.5),
            (by, at, why, s) -> new CompleteQualityRiskProfile(at, by, why, s))),
        Tuple.of(1, step(CaseAction.CALL_RAPID_RESPONSE_REVIEW, state, policy, Arbitraries.just(0),
            (by, at, why, none) -> new CallRapidResponseReview(at, by, why))));
  }

  /** Contractual levers (001 §7.3), some without the performance notice or provision they need. */
  public static Arbitrary<CaseCommand> levers(SurveillanceCase state, EscalationPolicy policy) {
    return Arbitraries.of(ContractualLever.class).flatMap(lever ->
        Combinators.combine(actorFor(lever.action(), state, policy), dates(state), rationales(),
                Arbitraries.of("Maternity", "Ward 4", "Notice CPN-17").optional(0.6),
                Arbitraries.of("Neighbouring trust", "Spot purchase").optional(
                    lever == ContractualLever.SUSPENSION ? 0.7 : 0.1))
            .as((by, at, why, detail, provision) -> ApplyLever.builder().at(at).by(by).rationale(why)
                .lever(lever).detail(detail).alternativeProvision(provision).build()));
  }

  /** Corrections of earlier events, some referring to events that do not exist. */
  public static Arbitrary<CaseCommand> corrections(SurveillanceCase state, EscalationPolicy policy) {
    return step(CaseAction.RECORD_CORRECTION, state, policy,
        Arbitraries.longs().between(1, state.version() + 2),
        (by, at, why, version) -> new RecordCorrection(
            at, by, why, version, "Date of the meeting was recorded wrongly"));
  }

  /**
   * Case files after up to {@code maxCommands} generated commands, for a generated provider. Each
   * command is drawn from {@link #commandsFor} for the case as it stands after the ones before,
   * using a seed that jqwik generates: a sample is reproducible from jqwik's seed, and shrinks by
   * dropping commands.
   */
  public static Arbitrary<CaseFile> caseFiles(EscalationPolicy policy, int maxCommands) {
    return Combinators.combine(providers(), Arbitraries.longs().list().ofMaxSize(maxCommands))
        .as((provider, seeds) -> {
          CaseFile file = CaseFile.open(provider, policy);
          for (long seed : seeds) {
            file = file.handle(commandsFor(file.state(), policy).generator(GENERATION_SIZE)
                .next(new Random(seed)).value());
          }
          return file;
        });
  }

  /** Logs of accepted events, under the national defaults, from up to 50 commands. */
  public static Arbitrary<ImmutableList<CaseEvent>> logs() {
    return caseFiles(EscalationPolicy.nhsDefaults(), 50).map(CaseFile::log);
  }

  /** Cases rebuilt from generated logs, under the national defaults. */
  public static Arbitrary<SurveillanceCase> cases() {
    return caseFiles(EscalationPolicy.nhsDefaults(), 50).map(CaseFile::state);
  }

  /**
   * An action chain of up to {@code maxCommands} generated commands over a case file for
   * {@code provider}: run it with invariants checked after every command.
   *
   * <pre>{@code
   * @Property
   * void levelIsAlwaysKnown(@ForAll("lifecycles") ActionChain<CaseFile> chain) {
   *   chain.withInvariant(file -> assertNotNull(file.state().level())).run();
   * }
   * }</pre>
   */
  public static ActionChainArbitrary<CaseFile> lifecycles(OrganisationCode provider, EscalationPolicy policy,
      int maxCommands) {
    return ActionChain.<CaseFile>startWith(() -> CaseFile.open(provider, policy))
        .withAction((Action.Dependent<CaseFile>) file -> commandsFor(file.state(), file.policy())
            .map(command -> Transformer.transform(describe(command), (CaseFile f) -> f.handle(command))))
        .withMaxTransformations(maxCommands);
  }

  /** A command in one line, for reports of failing chains. */
  public static String describe(CaseCommand command) {
    String name = command.getClass().getSimpleName().replace("Immutable", "");
    String what = command instanceof TakeDecision ? ((TakeDecision) command).decision().name() : name;
    return command.at() + " " + command.by().role() + " " + what
        + (command.rationale().isBlank() ? " (no rationale)" : "");
  }

  private static Arbitrary<Actor> actorFor(CaseAction action, SurveillanceCase state, EscalationPolicy policy) {
    ImmutableSet<Role> allowed = policy.authority().rolesFor(action, state.level());
    if (allowed.isEmpty()) {
      return actors();
    }
    return actors(Arbitraries.frequencyOf(Tuple.of(17, Arbitraries.of(allowed)), Tuple.of(3, roles())));
  }

  /** A command of one kind: someone, a date and a rationale, and the command's own details. */
  private static <T> Arbitrary<CaseCommand> step(CaseAction action, SurveillanceCase state, EscalationPolicy policy,
      Arbitrary<T> details, CommandMaker<T> maker) {
    return Combinators.combine(actorFor(action, state, policy), dates(state), rationales(), details)
        .as(maker::make);
  }

  @FunctionalInterface
  private interface CommandMaker<T> {
    CaseCommand make(Actor by, LocalDate at, String rationale, T details);
  }
}
