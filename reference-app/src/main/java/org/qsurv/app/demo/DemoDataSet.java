package org.qsurv.app.demo;

import static org.qsurv.model.surveillance.DecisionType.PLACE_ON_ENHANCED;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.qsurv.app.port.User;
import org.qsurv.escalation.command.AddPlanAction;
import org.qsurv.escalation.command.CaseCommand;
import org.qsurv.escalation.command.SignOffAction;
import org.qsurv.escalation.command.TakeDecision;
import org.qsurv.model.improvement.ActionId;
import org.qsurv.model.improvement.ImprovementAction;
import org.qsurv.model.indicator.IndicatorAnnotation;
import org.qsurv.model.indicator.IndicatorId;
import org.qsurv.model.indicator.LimitsRecalculation;
import org.qsurv.model.indicator.Period;
import org.qsurv.model.organisation.Commissioner;
import org.qsurv.model.organisation.NhsEnglandRegion;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.organisation.Provider;
import org.qsurv.model.snapshot.Snapshot;
import org.qsurv.model.surveillance.Decision;
import org.qsurv.model.surveillance.Role;

/**
 * The demo data set: one integrated care system the size of Somerset (commissioner {@code QSL},
 * NHS Somerset ICB), with an acute trust, a community and mental health trust, an ambulance trust,
 * 60 GP practices, 150 care homes and a hospice; 36 months of indicator returns (July 2022 to June
 * 2025), intelligence of every source type, a risk register and the escalation decisions of its
 * stories, as of 1 July 2025. The same seed gives the same data set, value for value.
 *
 * <p>The stories (003 §5.2, 001 §7.2, 004 §4.4): the acute trust whose mortality rises is placed on
 * enhanced surveillance and confirmed there; a care home with safeguarding concerns goes to a risk
 * summit; the community and mental health trust improves, gains assurance and steps down after
 * three months of sustained assurance, and stays good; the ambulance trust fails to improve and is
 * escalated to intensive; a GP practice is placed on enhanced (after a decision by the wrong role is
 * rejected) and returned to routine; risk reviews fall overdue; small providers send returns
 * irregularly or stop. The surveillance workflows tell a story per source framework
 * ({@link DemoWorkflows}): quarterly quality review meetings, one not held (000); a Level 2
 * unannounced visit overdue (001); serious incidents at the SI review panel (002); a CQC rating of
 * INADEQUATE and visits stepped up (003); every provider's CQC rating known, one fallen (004). The escalation cases are told in full, as the commands that build them
 * ({@link #cases()}): the enhanced procedure's steps a-e, improvement plans with overdue actions,
 * the risk summit with its chair, attendees and agreed actions, contract levers, NHS England's
 * meetings and Quality Risk Profile before intensive.
 *
 * <p>Every organisation, person and event is invented (trust codes start {@code Z}, care homes have
 * CQC-shaped ids beginning {@code 1-999}); no real patient or staff data is used.
 *
 * <pre>{@code
 * DemoDataSet demo = DemoDataSet.generate(DemoDataSet.DEFAULT_SEED);
 * String json = SnapshotWriter.write(demo.snapshot());
 * }</pre>
 */
public final class DemoDataSet {
  /** The seed of the published demo data set. */
  public static final long DEFAULT_SEED = 20250701L;
  /** The date the data set is as of: the day after its last month. */
  public static final LocalDate AS_OF = LocalDate.of(2025, 7, 1);


  private final Snapshot snapshot;
  private final Snapshot importable;
  private final ImmutableList<User> users;
  private final ImmutableMap<OrganisationCode, ImmutableList<CaseCommand>> cases;

  private DemoDataSet(Snapshot snapshot, Snapshot importable, ImmutableList<User> users,
      ImmutableMap<OrganisationCode, ImmutableList<CaseCommand>> cases) {
    this.snapshot = snapshot;
    this.importable = importable;
    this.users = users;
    this.cases = cases;
  }

  /** The demo data set of {@code seed}. */
  public static DemoDataSet generate(long seed) {
    Cast cast = new Cast(new SplittableRandom(DemoSeries.mix(seed, "names")));
    ImmutableMap<OrganisationCode, ImmutableList<CaseCommand>> stories = DemoCases.stories(cast);
    DemoWorkflows workflows = new DemoWorkflows(seed, cast);
    Snapshot snapshot = Snapshot.builder()
        .asOf(AS_OF)
        .commissioner(Commissioner.builder().code(Cast.ICB).name("NHS Somerset ICB")
            .region(NhsEnglandRegion.SOUTH_WEST).build())
        .providers(cast.all())
        .indicators(IndicatorCatalogue.all().stream().map(IndicatorSpec::definition).toList())
        .observations(new DemoSeries(seed, cast, IndicatorCatalogue.all()).generate())
        .intelligence(workflows.linked(new DemoIntelligence(seed, cast).generate()))
        .risks(new DemoRisks(seed, cast, AS_OF).generate())
        .decisions(decisions(cast, stories, true))
        .actions(actions(stories))
        .ratings(workflows.ratings())
        .visits(workflows.visits())
        .incidents(workflows.incidents())
        .meetings(workflows.meetings())
        .recalculations(recalculations(cast))
        .annotations(annotations(cast))
        .build();
    Snapshot importable = Snapshot.builder().from(snapshot)
        .decisions(decisions(cast, stories, false)).build();
    return new DemoDataSet(snapshot, importable, users(cast), stories);
  }

  /**
   * The demo's recalculation of limits (MDC: only at a known, sustained change, with its reason):
   * the mental health trust's out-of-area placements fell when its new acute ward opened in May
   * 2024, under enhanced surveillance, and stayed low; its chart is judged against the new
   * process from then on.
   */
  private static List<LimitsRecalculation> recalculations(Cast cast) {
    return List.of(new LimitsRecalculation(cast.mentalHealth.code(), IndicatorId.of("oap-bed-days"),
        Period.month(2024, 5), "New 16-bed acute ward opened at the trust's main site: adults are"
            + " no longer placed out of area for want of a bed", Optional.of("Morgan Ellery")));
  }

  /** The demo's annotations: what the analysts knew about the series when they read them. */
  private static List<IndicatorAnnotation> annotations(Cast cast) {
    return List.of(
        IndicatorAnnotation.onDate(cast.mentalHealth.code(), IndicatorId.of("oap-bed-days"),
            LocalDate.of(2023, 9, 4), "Enhanced surveillance began; bed management review"
                + " commissioned", "Morgan Ellery"),
        IndicatorAnnotation.onPeriod(cast.acute.code(), IndicatorId.of("shmi"),
            Period.month(2024, 6), "Coding audit: comorbidities under-recorded since the new"
                + " patient record system went live", "Morgan Ellery"),
        IndicatorAnnotation.onPeriod(cast.ambulance.code(), IndicatorId.of("cat2-mean"),
            Period.month(2025, 2), "NHS England escalated the trust to intensive support",
            "Dr Frances Hale"));
  }

  /** The data set: commissioner, providers, indicators, observations, intelligence, risks, decisions. */
  public Snapshot snapshot() {
    return snapshot;
  }

  /**
   * The data set without the one decision the escalation lifecycle rejects: what {@code qsurv
   * import} accepts, since an import is all-or-nothing and a rejected decision refuses it. Its
   * decisions are exactly those of {@link #cases()}.
   */
  public Snapshot importableSnapshot() {
    return importable;
  }

  /**
   * The demo's escalation cases as the commands that build them, per provider ({@code DemoCases}):
   * decisions, the enhanced procedure's steps, improvement plans, NHS England meetings, levers.
   * Their decisions are the snapshot's, except one rejected attempt that never reached a case.
   */
  public ImmutableMap<OrganisationCode, ImmutableList<CaseCommand>> cases() {
    return cases;
  }

  /** The demo's users, one or more in every role, all invented. */
  public ImmutableList<User> users() {
    return users;
  }

  private static ImmutableList<User> users(Cast cast) {
    OrganisationCode icb = OrganisationCode.of(Cast.ICB);
    return ImmutableList.of(
        new User("m.ellery", "Morgan Ellery", Role.ICB_QUALITY_LEAD, icb),
        new User("f.hale", "Dr Frances Hale", Role.ICB_DIRECTOR, icb),
        new User("p.lanyon", "Priya Lanyon", Role.NHSE_REGION,
            OrganisationCode.of(NhsEnglandRegion.SOUTH_WEST.code())),
        new User("j.pike", "Jordan Pike", Role.PROVIDER, cast.acute.code()),
        new User("a.rowe", "Alex Rowe", Role.PROVIDER, cast.troubledHome.code()),
        new User("c.tamar", "Chris Tamar", Role.VIEWER, icb));
  }

  /**
   * The improvement-plan actions of the case stories (003 §5.2.3 e), as the snapshot carries them:
   * each AddPlanAction, completed on the day it was signed off; ids are the provider's code and
   * the plan's id, unique across the system. The acute trust's open actions past their due date
   * fire IMPROVEMENT_ACTIONS_OVERDUE (003 §5.2.1).
   */
  private static List<ImprovementAction> actions(
      ImmutableMap<OrganisationCode, ImmutableList<CaseCommand>> stories) {
    List<ImprovementAction> actions = new ArrayList<>();
    stories.forEach((provider, commands) -> {
      Map<String, LocalDate> signedOff = new HashMap<>();
      for (CaseCommand c : commands) {
        if (c instanceof SignOffAction s) {
          signedOff.put(s.actionId(), s.at());
        }
      }
      for (CaseCommand c : commands) {
        if (c instanceof AddPlanAction a) {
          actions.add(ImprovementAction.builder()
              .id(ActionId.of(provider.value() + "/" + a.actionId())).provider(provider)
              .description(a.description()).owner(a.lead()).due(a.due())
              .completed(Optional.ofNullable(signedOff.get(a.actionId()))).build());
        }
      }
    });
    return actions;
  }

  /**
   * The snapshot's decisions: every decision of the case stories, and the quality lead's attempt
   * to place the GP practice on enhanced the day before the director did, which the escalation
   * lifecycle rejects (003 Appendix 1: the ICB director decides), so {@code evaluate} shows a
   * rejection (left out when not {@code withRejectedAttempt}). In date order, as a decision log
   * is kept (stable within a day).
   */
  private static List<Decision> decisions(Cast cast,
      ImmutableMap<OrganisationCode, ImmutableList<CaseCommand>> stories,
      boolean withRejectedAttempt) {
    List<Decision> d = new ArrayList<>();
    stories.forEach((provider, commands) -> commands.stream()
        .filter(TakeDecision.class::isInstance)
        .map(TakeDecision.class::cast)
        .forEach(t -> d.add(Decision.builder().provider(provider).at(t.at())
            .decision(t.decision()).by(t.by()).rationale(t.rationale()).meeting(t.meeting())
            .build())));
    if (withRejectedAttempt) {
      d.add(Decision.builder().provider(cast.strugglingPractice.code())
          .at(LocalDate.parse("2025-03-04")).decision(PLACE_ON_ENHANCED)
          .by(DemoCases.QUALITY_LEAD).rationale("Appointment access collapsed over the winter "
              + "and complaints rose sixfold").build());
    }
    d.sort(Comparator.comparing(Decision::at));
    return d;
  }
}
