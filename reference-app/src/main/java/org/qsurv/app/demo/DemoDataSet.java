package org.qsurv.app.demo;

import static org.qsurv.model.surveillance.DecisionType.ASSURANCE_GAINED;
import static org.qsurv.model.surveillance.DecisionType.CALL_RISK_SUMMIT;
import static org.qsurv.model.surveillance.DecisionType.CONFIRM_ENHANCED;
import static org.qsurv.model.surveillance.DecisionType.ESCALATE_TO_INTENSIVE;
import static org.qsurv.model.surveillance.DecisionType.PLACE_ON_ENHANCED;
import static org.qsurv.model.surveillance.DecisionType.RETURN_TO_ROUTINE;
import static org.qsurv.model.surveillance.DecisionType.STEP_DOWN;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.qsurv.app.port.User;
import org.qsurv.model.organisation.Commissioner;
import org.qsurv.model.organisation.NhsEnglandRegion;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.organisation.Provider;
import org.qsurv.model.snapshot.Snapshot;
import org.qsurv.model.surveillance.Actor;
import org.qsurv.model.surveillance.Decision;
import org.qsurv.model.surveillance.DecisionType;
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
 * irregularly or stop.
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

  private static final Actor DIRECTOR = Actor.of("Dr Frances Hale", Role.ICB_DIRECTOR);
  private static final Actor QUALITY_LEAD = Actor.of("Morgan Ellery", Role.ICB_QUALITY_LEAD);
  private static final Actor REGION = Actor.of("Priya Lanyon", Role.NHSE_REGION);

  private final Snapshot snapshot;
  private final ImmutableList<User> users;

  private DemoDataSet(Snapshot snapshot, ImmutableList<User> users) {
    this.snapshot = snapshot;
    this.users = users;
  }

  /** The demo data set of {@code seed}. */
  public static DemoDataSet generate(long seed) {
    Cast cast = new Cast(new SplittableRandom(DemoSeries.mix(seed, "names")));
    Snapshot snapshot = Snapshot.builder()
        .asOf(AS_OF)
        .commissioner(Commissioner.builder().code(Cast.ICB).name("NHS Somerset ICB")
            .region(NhsEnglandRegion.SOUTH_WEST).build())
        .providers(cast.all())
        .indicators(IndicatorCatalogue.all().stream().map(IndicatorSpec::definition).toList())
        .observations(new DemoSeries(seed, cast, IndicatorCatalogue.all()).generate())
        .intelligence(new DemoIntelligence(seed, cast).generate())
        .risks(new DemoRisks(seed, cast, AS_OF).generate())
        .decisions(decisions(cast))
        .build();
    return new DemoDataSet(snapshot, users(cast));
  }

  /** The data set: commissioner, providers, indicators, observations, intelligence, risks, decisions. */
  public Snapshot snapshot() {
    return snapshot;
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

  private static Decision decision(Provider p, String at, DecisionType type, Actor by,
      String rationale) {
    return Decision.builder().provider(p.code()).at(LocalDate.parse(at)).decision(type).by(by)
        .rationale(rationale).build();
  }

  private static List<Decision> decisions(Cast cast) {
    List<Decision> d = new ArrayList<>();
    Provider mh = cast.mentalHealth;
    d.add(decision(mh, "2023-09-12", PLACE_ON_ENHANCED, DIRECTOR, "Out-of-area placements above "
        + "400 bed days a month for a year, a serious incident and a CQC rating of Requires "
        + "improvement for restrictive practice: placed on enhanced pending a quality review "
        + "meeting"));
    d.add(decision(mh, "2023-10-03", CONFIRM_ENHANCED, DIRECTOR, "Quality review meeting: risks "
        + "agreed with the trust and NHS England; enhanced surveillance for a continued period "
        + "with a single improvement plan"));
    d.add(decision(mh, "2024-08-06", ASSURANCE_GAINED, DIRECTOR, "Improvement plan delivered: "
        + "out-of-area placements under 50 bed days a month since May, 72-hour follow-up above "
        + "85%, restrictive interventions down by 40%"));
    d.add(decision(mh, "2024-11-12", STEP_DOWN, DIRECTOR, "Three months of sustained assurance: "
        + "the improvements have held and are embedded in routine monitoring"));

    Provider ambulance = cast.ambulance;
    d.add(decision(ambulance, "2024-01-16", PLACE_ON_ENHANCED, DIRECTOR, "Category 2 mean "
        + "response above 40 minutes for three months, growing handover delays and a serious "
        + "incident involving harm during a long wait"));
    d.add(decision(ambulance, "2024-02-06", CONFIRM_ENHANCED, DIRECTOR, "Quality review meeting "
        + "confirms enhanced surveillance; a system handover improvement plan is agreed"));
    d.add(decision(ambulance, "2025-02-11", ESCALATE_TO_INTENSIVE, REGION, "The improvement plan "
        + "has not shown improvement: Category 2 mean at 50 minutes, an HSE improvement notice "
        + "and a coroner's report; mandated intensive support"));

    Provider home = cast.troubledHome;
    d.add(decision(home, "2024-11-20", PLACE_ON_ENHANCED, DIRECTOR, "Three safeguarding "
        + "concerns in three months, police involvement and a whistleblower's account of night "
        + "staffing"));
    d.add(decision(home, "2024-11-28", CONFIRM_ENHANCED, DIRECTOR, "Quality review meeting with "
        + "the local authority and CQC: enhanced confirmed; admissions suspended by agreement"));
    d.add(decision(home, "2024-12-03", CALL_RISK_SUMMIT, REGION, "CQC rated the home Inadequate "
        + "and issued a warning notice, and the whistleblowing is credible: a risk summit with "
        + "CQC, the local authority and police to agree actions"));

    Provider gp = cast.strugglingPractice;
    d.add(decision(gp, "2025-03-04", PLACE_ON_ENHANCED, QUALITY_LEAD, "Appointment access "
        + "collapsed over the winter and complaints rose sixfold"));
    d.add(decision(gp, "2025-03-05", PLACE_ON_ENHANCED, DIRECTOR, "Appointment access collapsed "
        + "over the winter; complaints, PALS contacts and Healthwatch all point to the telephone "
        + "system and staffing"));
    d.add(decision(gp, "2025-03-25", RETURN_TO_ROUTINE, DIRECTOR, "Quality review meeting: new "
        + "telephony is live, a practice manager is in post and the action plan is credible; "
        + "routine monitoring is enough"));

    Provider acute = cast.acute;
    d.add(decision(acute, "2025-01-14", PLACE_ON_ENHANCED, DIRECTOR, "SHMI rising for six months "
        + "and now above 1.05, two never events in a quarter and a Freedom to Speak Up concern "
        + "about night staffing"));
    d.add(decision(acute, "2025-02-04", CONFIRM_ENHANCED, DIRECTOR, "Quality review meeting: the "
        + "mortality review finds the rise is not explained by coding; enhanced surveillance "
        + "confirmed with a single improvement plan"));

    // One log in date order, as a decision log is kept (the sort is stable within a day).
    d.sort(Comparator.comparing(Decision::at));
    return d;
  }
}
