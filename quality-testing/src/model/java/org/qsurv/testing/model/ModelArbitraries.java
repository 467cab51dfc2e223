package org.qsurv.testing.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSetMultimap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.qsurv.model.contract.ContractMeeting;
import org.qsurv.model.contract.ContractMeetingId;
import org.qsurv.model.contract.ContractMeetingKind;
import org.qsurv.model.contract.MeetingAction;
import org.qsurv.model.framework.FrameworkDomain;
import org.qsurv.model.framework.FrameworkMapping;
import org.qsurv.model.framework.Frameworks;
import org.qsurv.model.framework.QualityDomain;
import org.qsurv.model.framework.QualityFramework;
import org.qsurv.model.improvement.ActionId;
import org.qsurv.model.incident.IncidentFramework;
import org.qsurv.model.incident.IncidentId;
import org.qsurv.model.incident.ResponseReview;
import org.qsurv.model.incident.ReviewOutcome;
import org.qsurv.model.incident.SeriousIncident;
import org.qsurv.model.indicator.Frequency;
import org.qsurv.model.indicator.IndicatorAnnotation;
import org.qsurv.model.indicator.IndicatorDefinition;
import org.qsurv.model.indicator.IndicatorId;
import org.qsurv.model.indicator.LimitsRecalculation;
import org.qsurv.model.indicator.Observation;
import org.qsurv.model.indicator.Period;
import org.qsurv.model.indicator.Polarity;
import org.qsurv.model.indicator.Thresholds;
import org.qsurv.model.indicator.Trajectory;
import org.qsurv.model.indicator.TrajectoryPoint;
import org.qsurv.model.intelligence.IntelligenceId;
import org.qsurv.model.intelligence.IntelligenceItem;
import org.qsurv.model.intelligence.IntelligenceSource;
import org.qsurv.model.intelligence.Nature;
import org.qsurv.model.intelligence.Tone;
import org.qsurv.model.organisation.Commissioner;
import org.qsurv.model.organisation.CqcLocationId;
import org.qsurv.model.organisation.NhsEnglandRegion;
import org.qsurv.model.organisation.OdsCode;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.organisation.Provider;
import org.qsurv.model.organisation.ProviderKind;
import org.qsurv.model.regulation.KeyQuestion;
import org.qsurv.model.regulation.Rating;
import org.qsurv.model.regulation.RatingId;
import org.qsurv.model.regulation.Regulator;
import org.qsurv.model.regulation.RegulatorRating;
import org.qsurv.model.risk.ConsequenceDomain;
import org.qsurv.model.risk.Risk;
import org.qsurv.model.risk.RiskId;
import org.qsurv.model.risk.RiskReview;
import org.qsurv.model.risk.RiskScore;
import org.qsurv.model.snapshot.Snapshot;
import org.qsurv.model.surveillance.Actor;
import org.qsurv.model.surveillance.Decision;
import org.qsurv.model.surveillance.DecisionType;
import org.qsurv.model.surveillance.DeepDive;
import org.qsurv.model.surveillance.DeepDiveId;
import org.qsurv.model.surveillance.Role;
import org.qsurv.model.visit.QualityVisit;
import org.qsurv.model.visit.VisitFinding;
import org.qsurv.model.visit.VisitId;
import org.qsurv.model.visit.VisitKind;
import org.qsurv.model.visit.VisitStatus;

/**
 * jqwik generators for every value of the quality model, named as the domain names them, published
 * in the quality-testing artifact so that the other modules and embedding teams can write
 * properties against their own code. Every generated value is valid (its construction does not throw);
 * together the generators cover the whole of what the model allows, including its edges (a
 * missing return, a system-wide risk, a blank decision rationale, extreme but finite numbers).
 *
 * <pre>{@code
 * @Property
 * void everySnapshotEvaluates(@ForAll("snapshots") Snapshot snapshot) {
 *   assertDoesNotThrow(() -> myEvaluator.evaluate(snapshot));
 * }
 *
 * @Provide
 * Arbitrary<Snapshot> snapshots() {
 *   return ModelArbitraries.snapshots();
 * }
 * }</pre>
 *
 * <p>{@link #snapshots()} is always internally consistent in the sense of docs/SNAPSHOT.md: unique ids,
 * references that resolve, observation periods of their indicator's frequency, at most one
 * observation per provider, indicator and period, and decision dates that do not go backwards for
 * a provider. It is small by default (at most four providers); {@link #snapshots(int, int)} makes
 * larger ones. {@link #v1Snapshots()} is limited to what the v1 exchange format can carry.
 *
 * @since 1.0.0
 */
public final class ModelArbitraries {
  private ModelArbitraries() {}

  // The years most generated dates and periods fall in: recent, with room on both sides.
  private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
  private static final LocalDate LATEST = LocalDate.of(2035, 12, 31);

  private static final String UPPER_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  private static final String ALNUM =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

  // ---------------------------------------------------------------------------------------------
  // Identifiers (ODS; CQC)

  /**
   * ODS codes of every shape ODS uses: three characters (trusts, {@code RH5}; ICBs,
   * {@code QSL}), five (trust sites, {@code RTG08}), and a letter and five digits (GP practices,
   * {@code A81001}).
   */
  public static Arbitrary<OdsCode> odsCodes() {
    Arbitrary<String> three = Arbitraries.strings().withChars(UPPER_ALNUM).ofLength(3);
    Arbitrary<String> five = Arbitraries.strings().withChars(UPPER_ALNUM).ofLength(5);
    Arbitrary<String> practice = Combinators.combine(
            Arbitraries.chars().range('A', 'Z'), Arbitraries.strings().numeric().ofLength(5))
        .as((letter, digits) -> letter + digits);
    Arbitrary<String> known = Arbitraries.of("RH5", "RTG08", "A81001", "QSL", "QK1", "RBD", "Y58");
    return Arbitraries.oneOf(known, three, five, practice).map(OdsCode::of);
  }

  /** ODS codes of Integrated Care Boards: {@code Q} and two letters or digits (ODS). */
  public static Arbitrary<OdsCode> icbCodes() {
    return Arbitraries.strings().withChars(UPPER_ALNUM).ofLength(2).map(s -> OdsCode.of("Q" + s));
  }

  /** CQC location ids: {@code 1-} and 6 to 12 digits, e.g. {@code 1-101234567}. */
  public static Arbitrary<CqcLocationId> cqcLocationIds() {
    return Arbitraries.strings().numeric().ofMinLength(6).ofMaxLength(12)
        .map(digits -> CqcLocationId.of("1-" + digits));
  }

  /** Provider codes: ODS codes and CQC location ids (SNAPSHOT.md {@code code}). */
  public static Arbitrary<OrganisationCode> organisationCodes() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, odsCodes().map(OrganisationCode::of)),
        Tuple.of(1, cqcLocationIds().map(OrganisationCode::of)));
  }

  /** Indicator ids: mostly short and familiar ({@code shmi}), sometimes up to the 64 allowed. */
  public static Arbitrary<IndicatorId> indicatorIds() {
    Arbitrary<String> familiar = Arbitraries.of("shmi", "hsmr", "cdiff-cases", "mrsa",
        "fft.positive", "rtt_18wk", "never-events", "staff.turnover", "vacancy-rate");
    return Arbitraries.oneOf(familiar, idText(ALNUM + "._-")).map(IndicatorId::of);
  }

  /** Intelligence ids, e.g. {@code I-1} or {@code datix:2025/0142}. */
  public static Arbitrary<IntelligenceId> intelligenceIds() {
    return Arbitraries.oneOf(
            Arbitraries.integers().between(1, 9999).map(n -> "I-" + n), idText(ALNUM + "._:/-"))
        .map(IntelligenceId::of);
  }

  /** Risk ids, e.g. {@code R-1} or {@code CRR/2025.07}. */
  public static Arbitrary<RiskId> riskIds() {
    return Arbitraries.oneOf(
            Arbitraries.integers().between(1, 9999).map(n -> "R-" + n), idText(ALNUM + "._:/-"))
        .map(RiskId::of);
  }

  // A letter or digit, then up to 63 characters of {@code rest}.
  private static Arbitrary<String> idText(String rest) {
    return Combinators.combine(
            Arbitraries.strings().withChars(ALNUM).ofLength(1),
            Arbitraries.strings().withChars(rest).ofMaxLength(63))
        .as(String::concat);
  }

  // ---------------------------------------------------------------------------------------------
  // Time

  /** Dates from 2000 to 2035 (the snapshot format writes ISO dates). */
  public static Arbitrary<LocalDate> dates() {
    return datesBetween(EARLIEST, LATEST);
  }

  private static Arbitrary<LocalDate> datesBetween(LocalDate from, LocalDate to) {
    return Arbitraries.longs().between(from.toEpochDay(), to.toEpochDay()).map(LocalDate::ofEpochDay);
  }

  /** Months and quarters, mostly of recent years, sometimes at the edges Period allows. */
  public static Arbitrary<Period> periods() {
    return Arbitraries.oneOf(periods(Frequency.MONTHLY), periods(Frequency.QUARTERLY));
  }

  /** Periods of one frequency: months ({@code 2024-07}) or quarters ({@code 2024-Q3}). */
  public static Arbitrary<Period> periods(Frequency frequency) {
    int perYear = 12 / frequency.months();
    Arbitrary<Integer> years = Arbitraries.frequencyOf(
        Tuple.of(9, Arbitraries.integers().between(EARLIEST.getYear(), LATEST.getYear())),
        Tuple.of(1, Arbitraries.integers().between(1900, 2999)));
    return Combinators.combine(years, Arbitraries.integers().between(1, perYear))
        .as((year, index) -> frequency == Frequency.MONTHLY
            ? Period.month(year, index)
            : Period.quarter(year, index));
  }

  // ---------------------------------------------------------------------------------------------
  // Text

  /**
   * Names and other free text that must not be blank: mostly plausible, sometimes with quotes,
   * backslashes, accents and punctuation that a JSON writer must escape.
   */
  public static Arbitrary<String> names() {
    Arbitrary<String> plausible = Arbitraries.of(
        "Somerset NHS Foundation Trust", "Oak House", "A. Director", "Deputy Chief Nurse",
        "Summary Hospital-level Mortality Indicator", "NHS Somerset ICB",
        "Zoë's Care Home – Ty Gwyn", "St Mary's \"Annexe\"", "C:\\ward\\4", "Dr O'Neill",
        "Night staffing below safe levels", "Friends & Family Test (positive %)");
    Arbitrary<String> anyText = Arbitraries.strings()
        .withChars(ALNUM + " .,'-&()/\"\\éüñ’–£%")
        .ofMinLength(1).ofMaxLength(40)
        .filter(s -> !s.isBlank());
    return Arbitraries.frequencyOf(Tuple.of(3, plausible), Tuple.of(2, anyText));
  }

  // A sentence of free text, possibly over several lines.
  private static Arbitrary<String> summaries() {
    Arbitrary<String> lines = Arbitraries.strings()
        .withChars(ALNUM + " .,'-&()/\"\\éü–\n\t")
        .ofMinLength(1).ofMaxLength(120)
        .filter(s -> !s.isBlank());
    return Arbitraries.frequencyOf(
        Tuple.of(2, Arbitraries.of("Staff report unsafe night staffing on ward 4",
            "Two never events in a quarter", "Complaint about discharge without a care plan")),
        Tuple.of(1, lines));
  }

  // ---------------------------------------------------------------------------------------------
  // Organisations (003 §5.3)

  /** ICBs, identified by an ICB-shaped ODS code, sometimes with their NHS England region. */
  public static Arbitrary<Commissioner> commissioners() {
    return commissioners(true);
  }

  private static Arbitrary<Commissioner> commissioners(boolean extras) {
    return Builders.withBuilder(Commissioner::builder)
        .use(icbCodes()).in((b, code) -> b.code(code))
        .use(names()).in((b, name) -> b.name(name))
        .use(Arbitraries.of(NhsEnglandRegion.class)).withProbability(extras ? 0.5 : 0)
        .in((b, region) -> b.region(region))
        .build(b -> b.build());
  }

  /** Providers of every kind, sometimes with a host commissioner (003 §5.3.4). */
  public static Arbitrary<Provider> providers() {
    return providers(true);
  }

  private static Arbitrary<Provider> providers(boolean extras) {
    return Builders.withBuilder(Provider::builder)
        .use(organisationCodes()).in((b, code) -> b.code(code))
        .use(names()).in((b, name) -> b.name(name))
        .use(Arbitraries.of(ProviderKind.class)).in((b, kind) -> b.kind(kind))
        .use(icbCodes()).withProbability(extras ? 0.5 : 0)
        .in((b, host) -> b.hostCommissioner(host))
        .build(b -> b.build());
  }

  // ---------------------------------------------------------------------------------------------
  // Frameworks (004 §2.4, §3.2)

  /** Domains of a quality framework: an upper-case id and a name. */
  public static Arbitrary<FrameworkDomain> frameworkDomains() {
    Arbitrary<String> ids = Combinators.combine(
            Arbitraries.chars().range('A', 'Z'),
            Arbitraries.strings().withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_").ofMaxLength(20))
        .as((first, rest) -> first + rest);
    return Combinators.combine(ids, names()).as(FrameworkDomain::of);
  }

  /** Quality frameworks: the built-ins of {@link Frameworks} and made-up local ones. */
  public static Arbitrary<QualityFramework> qualityFrameworks() {
    Arbitrary<QualityFramework> local = Combinators.combine(
            names(), names(), names(),
            frameworkDomains().list().ofMinSize(1).ofMaxSize(6).uniqueElements(FrameworkDomain::id))
        .as((id, name, source, domains) -> QualityFramework.builder()
            .id(id).name(name).source(source).domains(domains).build());
    return Arbitraries.oneOf(Arbitraries.of(Frameworks.ALL), local);
  }

  /** Mappings between frameworks: the built-ins, and arbitrary links between two frameworks. */
  public static Arbitrary<FrameworkMapping> frameworkMappings() {
    Arbitrary<FrameworkMapping> made = Combinators.combine(qualityFrameworks(), qualityFrameworks())
        .flatAs((from, to) -> Combinators.combine(
                Arbitraries.of(from.domains()).map(FrameworkDomain::id),
                Arbitraries.of(to.domains()).map(FrameworkDomain::id))
            .as(Tuple::of)
            .list().ofMaxSize(8)
            .map(links -> {
              ImmutableSetMultimap.Builder<String, String> map = ImmutableSetMultimap.builder();
              links.forEach(link -> map.put(link.get1(), link.get2()));
              return FrameworkMapping.builder().from(from).to(to).links(map.build()).build();
            }));
    return Arbitraries.oneOf(Arbitraries.of(Frameworks.mappings()), made);
  }

  // ---------------------------------------------------------------------------------------------
  // Indicators (003 §5.1.1)

  /**
   * Finite indicator values: mostly everyday magnitudes with three decimals, sometimes any finite
   * double, including zero, negative zero and the extremes.
   */
  public static Arbitrary<Double> indicatorValues() {
    return Arbitraries.frequencyOf(
        Tuple.of(12, Arbitraries.doubles().between(-1000, 100_000).ofScale(3)),
        Tuple.of(2, Arbitraries.doubles()),
        Tuple.of(1, Arbitraries.of(0.0, -0.0, Double.MIN_VALUE, Double.MAX_VALUE,
            -Double.MAX_VALUE, 1e-300, 123456789.123456789)));
  }

  /**
   * Red / amber thresholds valid for {@code polarity}: red strictly on the worse side of amber
   * (SNAPSHOT.md {@code thresholds}).
   *
   * @throws IllegalArgumentException for {@link Polarity#NEUTRAL}, which has no worse side
   */
  public static Arbitrary<Thresholds> thresholds(Polarity polarity) {
    if (polarity == Polarity.NEUTRAL) {
      throw new IllegalArgumentException("a NEUTRAL indicator has no thresholds");
    }
    return distinctPairs().map(pair -> oriented(pair, polarity));
  }

  private static Arbitrary<double[]> distinctPairs() {
    return Combinators.combine(indicatorValues(), indicatorValues())
        .filter((a, b) -> a.doubleValue() != b.doubleValue())
        .as((a, b) -> new double[] {Math.min(a, b), Math.max(a, b)});
  }

  // Lower is better: red is the higher value; higher is better: red is the lower one.
  private static Thresholds oriented(double[] lowHigh, Polarity polarity) {
    return polarity == Polarity.LOWER_IS_BETTER
        ? Thresholds.of(lowHigh[0], lowHigh[1])
        : Thresholds.of(lowHigh[1], lowHigh[0]);
  }

  /** A planned value for one period. */
  public static Arbitrary<TrajectoryPoint> trajectoryPoints() {
    return Combinators.combine(periods(), indicatorValues()).as(TrajectoryPoint::of);
  }

  /** Trajectories of one frequency: one to six planned periods in order, and a tolerance. */
  public static Arbitrary<Trajectory> trajectories(Frequency frequency) {
    return trajectoryPlans().map(plan -> plan.of(frequency));
  }

  // A trajectory that does not yet know its frequency: a start, gaps, values and a tolerance.
  private static final class TrajectoryPlan {
    final int year;
    final int month;
    final List<Integer> gaps;
    final List<Double> planned;
    final double tolerance;

    TrajectoryPlan(int year, int month, List<Integer> gaps, List<Double> planned, double tolerance) {
      this.year = year;
      this.month = month;
      this.gaps = gaps;
      this.planned = planned;
      this.tolerance = tolerance;
    }

    Trajectory of(Frequency frequency) {
      Period period = Period.containing(LocalDate.of(year, month, 1), frequency);
      ImmutableList.Builder<TrajectoryPoint> points = ImmutableList.builder();
      points.add(TrajectoryPoint.of(period, planned.get(0)));
      for (int i = 0; i < gaps.size(); i++) {
        period = period.plus(gaps.get(i));
        points.add(TrajectoryPoint.of(period, planned.get(i + 1)));
      }
      return Trajectory.builder().points(points.build()).tolerance(tolerance).build();
    }
  }

  private static Arbitrary<TrajectoryPlan> trajectoryPlans() {
    Arbitrary<Double> tolerances = Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(0.0)),
        Tuple.of(3, Arbitraries.doubles().between(0, 50).ofScale(2)));
    return Combinators.combine(
            Arbitraries.integers().between(EARLIEST.getYear(), LATEST.getYear()),
            Arbitraries.integers().between(1, 12),
            Arbitraries.integers().between(1, 3).list().ofMaxSize(5),
            indicatorValues().list().ofSize(6),
            tolerances)
        .as(TrajectoryPlan::new);
  }

  /**
   * Indicator definitions of every polarity and frequency, with thresholds, a target and a
   * trajectory where the rules allow them (003 §5.2.1, §5.2.2; SNAPSHOT.md {@code indicators}).
   */
  public static Arbitrary<IndicatorDefinition> indicatorDefinitions() {
    return indicatorDefinitions(true);
  }

  private static Arbitrary<IndicatorDefinition> indicatorDefinitions(boolean extras) {
    Arbitrary<String> units = Arbitraries.oneOf(
        Arbitraries.of("ratio", "%", "cases", "per 1,000 bed days", "days"), names());
    // Polarity and frequency are settled first; the parts that depend on them are added after.
    Arbitrary<IndicatorDefinition> base = Builders.withBuilder(IndicatorDefinition::builder)
        .use(indicatorIds()).in((b, id) -> b.id(id))
        .use(names()).in((b, name) -> b.name(name))
        .use(Arbitraries.of(QualityDomain.class)).in((b, domain) -> b.domain(domain))
        .use(units).in((b, unit) -> b.unit(unit))
        .use(Arbitraries.of(Polarity.class)).in((b, p) -> b.polarity(p))
        .use(Arbitraries.of(Frequency.class)).in((b, f) -> b.frequency(f))
        .use(indicatorValues()).withProbability(0.5).in((b, t) -> b.target(t))
        .build(b -> b.build());
    return Combinators.combine(base, distinctPairs().optional(0.7),
            extras ? trajectoryPlans().optional(0.3) : Arbitraries.just(Optional.<TrajectoryPlan>empty()))
        .as((definition, bands, plan) -> {
          if (definition.polarity() == Polarity.NEUTRAL) {
            return definition; // thresholds and trajectories need a worse side
          }
          return IndicatorDefinition.builder().from(definition)
              .thresholds(bands.map(pair -> oriented(pair, definition.polarity())))
              .trajectory(plan.map(p -> p.of(definition.frequency()))).build();
        });
  }

  /**
   * Observations of any provider, indicator and period: returned values, sometimes with a
   * numerator and a positive denominator, and missing returns (003 §5.1.2).
   */
  public static Arbitrary<Observation> observations() {
    return observations(organisationCodes(), indicatorIds(), periods(), true);
  }

  private static Arbitrary<Observation> observations(Arbitrary<OrganisationCode> providers,
      Arbitrary<IndicatorId> indicators, Arbitrary<Period> periods, boolean extras) {
    Arbitrary<Boolean> missing = extras
        ? Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(true)), Tuple.of(6, Arbitraries.just(false)))
        : Arbitraries.just(false);
    Arbitrary<Optional<double[]>> fraction = extras
        ? Combinators.combine(Arbitraries.doubles().between(0, 10_000).ofScale(0),
                Arbitraries.doubles().between(1, 10_000).ofScale(0))
            .as((n, d) -> new double[] {n, d}).optional(0.3)
        : Arbitraries.just(Optional.empty());
    return Combinators.combine(providers, indicators, periods, missing, indicatorValues(), fraction)
        .as((provider, indicator, period, isMissing, value, parts) -> {
          if (isMissing) {
            return Observation.missing(provider, indicator, period);
          }
          return Observation.builder().provider(provider).indicator(indicator).period(period)
              .value(value)
              .numerator(parts.map(p -> OptionalDouble.of(p[0])).orElse(OptionalDouble.empty()))
              .denominator(parts.map(p -> OptionalDouble.of(p[1])).orElse(OptionalDouble.empty()))
              .build();
        });
  }

  // ---------------------------------------------------------------------------------------------
  // Intelligence (000 §6.9)

  /**
   * Hard and soft intelligence from every source; soft items are sometimes marked sensitive, hard
   * ones never (a sensitive item is an account someone gave).
   */
  public static Arbitrary<IntelligenceItem> intelligenceItems() {
    return intelligenceItems(organisationCodes(), dates(), true);
  }

  private static Arbitrary<IntelligenceItem> intelligenceItems(
      Arbitrary<OrganisationCode> providers, Arbitrary<LocalDate> received, boolean extras) {
    Arbitrary<IntelligenceItem> base = Builders.withBuilder(IntelligenceItem::builder)
        .use(intelligenceIds()).in((b, id) -> b.id(id))
        .use(providers).in((b, p) -> b.provider(p))
        .use(received).in((b, d) -> b.received(d))
        .use(Arbitraries.of(IntelligenceSource.class)).in((b, s) -> b.source(s))
        .use(Arbitraries.of(Nature.class)).in((b, n) -> b.nature(n))
        .use(Arbitraries.of(QualityDomain.class)).in((b, d) -> b.domain(d))
        .use(summaries()).in((b, s) -> b.summary(s))
        .use(names()).withProbability(extras ? 0.4 : 0).in((b, r) -> b.reportedBy(r))
        .build(b -> b.build());
    if (!extras) {
      return base;
    }
    return Combinators.combine(base, Arbitraries.of(true, false))
        .as((item, sensitive) -> sensitive && item.nature() == Nature.SOFT
            ? IntelligenceItem.builder().from(item).sensitive(true).build()
            : item);
  }

  // ---------------------------------------------------------------------------------------------
  // Risks (004 §4.4; NPSA 2008)

  /** Positions on the 5x5 matrix: likelihood 1-5 and consequence 1-5 (NPSA 2008). */
  public static Arbitrary<RiskScore> riskScores() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 5), Arbitraries.integers().between(1, 5))
        .as(RiskScore::of);
  }

  /** Reviews of a risk by its owner (004 §4.4). */
  public static Arbitrary<RiskReview> riskReviews() {
    return riskReviews(dates());
  }

  private static Arbitrary<RiskReview> riskReviews(Arbitrary<LocalDate> dates) {
    return Builders.withBuilder(RiskReview::builder)
        .use(dates).in((b, d) -> b.reviewed(d))
        .use(names()).in((b, n) -> b.reviewedBy(n))
        .use(riskScores()).in((b, s) -> b.score(s))
        .use(summaries()).withProbability(0.5).in((b, n) -> b.note(n))
        .build(b -> b.build());
  }

  /**
   * Risks on a register: about a provider or system-wide, with controls, initial and target
   * scores and a review history oldest first, whose latest review is no later than
   * {@code lastReviewed} (004 §4.4).
   */
  public static Arbitrary<Risk> risks() {
    return risks(organisationCodes().optional(0.8), dates(), true);
  }

  private static Arbitrary<Risk> risks(Arbitrary<Optional<OrganisationCode>> providers,
      Arbitrary<LocalDate> dates, boolean extras) {
    Arbitrary<Risk> base = Builders.withBuilder(Risk::builder)
        .use(riskIds()).in((b, id) -> b.id(id))
        .use(providers).in((b, p) -> b.provider(p))
        .use(names()).in((b, t) -> b.title(t))
        .use(summaries()).withProbability(extras ? 0.4 : 0).in((b, d) -> b.description(d))
        .use(Arbitraries.of(QualityDomain.class)).in((b, d) -> b.domain(d))
        .use(Arbitraries.of(ConsequenceDomain.class)).withProbability(extras ? 0.5 : 0)
        .in((b, d) -> b.consequenceDomain(d))
        .use(names()).in((b, o) -> b.owner(o))
        .use(riskScores()).in((b, s) -> b.likelihood(s.likelihood()).consequence(s.consequence()))
        .use(names().list().ofMaxSize(3)).withProbability(extras ? 0.5 : 0)
        .in((b, c) -> b.controls(c))
        .use(riskScores()).withProbability(extras ? 0.4 : 0).in((b, s) -> b.initial(s))
        .use(riskScores()).withProbability(extras ? 0.4 : 0).in((b, s) -> b.target(s))
        .build(b -> b.build());
    Arbitrary<List<RiskReview>> histories = extras
        ? riskReviews(dates).list().ofMaxSize(4).map(list -> {
            List<RiskReview> sorted = new ArrayList<>(list);
            sorted.sort((a, b) -> a.reviewed().compareTo(b.reviewed()));
            return sorted;
          })
        : Arbitraries.just(List.of());
    return Combinators.combine(base, histories, Arbitraries.integers().between(0, 60),
            dates.optional(0.8))
        .as((risk, history, daysAfter, reviewed) -> {
          // The last review is the latest in the history, or later (004 §4.4).
          Optional<LocalDate> last = history.isEmpty()
              ? reviewed
              : Optional.of(history.get(history.size() - 1).reviewed().plusDays(daysAfter));
          return Risk.builder().from(risk).lastReviewed(last).reviews(history).build();
        });
  }

  // ---------------------------------------------------------------------------------------------
  // Surveillance (004 §4.4; 003 §5.2)

  /** People in every role, sometimes with the organisation they act for. */
  public static Arbitrary<Actor> actors() {
    return actors(true);
  }

  private static Arbitrary<Actor> actors(boolean extras) {
    return Builders.withBuilder(Actor::builder)
        .use(names()).in((b, n) -> b.name(n))
        .use(Arbitraries.of(Role.class)).in((b, r) -> b.role(r))
        .use(organisationCodes()).withProbability(extras ? 0.4 : 0).in((b, o) -> b.organisation(o))
        .build(b -> b.build());
  }

  /**
   * Decisions of every type, by anyone. A decision is a request, so it is not necessarily one the
   * lifecycle accepts: the role may lack the authority, and the rationale is occasionally blank
   * (SNAPSHOT.md: the lifecycle rejects those; the model must carry them).
   */
  public static Arbitrary<Decision> decisions() {
    return decisions(organisationCodes(), dates(), true);
  }

  private static Arbitrary<Decision> decisions(
      Arbitrary<OrganisationCode> providers, Arbitrary<LocalDate> dates, boolean extras) {
    Arbitrary<String> rationales = Arbitraries.frequencyOf(
        Tuple.of(12, summaries()), Tuple.of(1, Arbitraries.of("", " ", "\t")));
    return Combinators.combine(
            providers, dates, Arbitraries.of(DecisionType.class), actors(extras), rationales)
        .as((provider, at, type, by, why) -> Decision.builder().provider(provider).at(at)
            .decision(type).by(by).rationale(why).build());
  }

  // ---------------------------------------------------------------------------------------------
  // Snapshots (SNAPSHOT.md)

  /**
   * Small, internally consistent snapshots using everything the model can hold, including what
   * the v1 exchange format cannot carry (missing returns, system-wide risks, trajectories...): at
   * most four providers, three indicators, and ten each of observations, intelligence items,
   * risks and decisions.
   */
  public static Arbitrary<Snapshot> snapshots() {
    return withWorkflows(snapshots(4, 10, true));
  }

  /**
   * Internally consistent snapshots of up to {@code maxProviders} providers, three indicators, and
   * up to {@code maxPerPart} observations, intelligence items, risks and decisions.
   */
  public static Arbitrary<Snapshot> snapshots(int maxProviders, int maxPerPart) {
    return withWorkflows(snapshots(maxProviders, maxPerPart, true));
  }

  /**
   * Small snapshots that the v1 exchange format carries whole, so that writing one with
   * {@code SnapshotWriter} and reading it back gives an equal snapshot: no missing returns, every
   * risk about a provider, and none of the model's fields that v1 has no place for (host
   * commissioners, regions, trajectories, numerators, sensitivity, risk histories...).
   */
  public static Arbitrary<Snapshot> v1Snapshots() {
    return snapshots(4, 10, false);
  }

  // Dated parts are drafted around this date and moved to the snapshot's asOf when placed.
  private static final LocalDate DRAFTED_AS_OF = LocalDate.of(2025, 7, 1);
  private static final OrganisationCode DRAFT_PROVIDER = OrganisationCode.of("XXX");
  private static final IndicatorId DRAFT_INDICATOR = IndicatorId.of("draft");

  // A part drafted without its references, and where to place it: which provider and indicator
  // (taken modulo how many there are) and, for an observation, which period relative to asOf.
  private static final class Draft<T> {
    final int provider;
    final int indicator;
    final int periodOffset;
    final T part;

    Draft(int provider, int indicator, int periodOffset, T part) {
      this.provider = provider;
      this.indicator = indicator;
      this.periodOffset = periodOffset;
      this.part = part;
    }
  }

  private static <T> Arbitrary<Draft<T>> drafts(Arbitrary<T> parts) {
    Arbitrary<Integer> slots = Arbitraries.integers().between(0, 1 << 16);
    // Observations fall from three years before asOf to a little after it, which the evaluation
    // ignores (SNAPSHOT.md asOf).
    return Combinators.combine(slots, slots, Arbitraries.integers().between(-36, 2), parts)
        .as(Draft::new);
  }

  private static Arbitrary<Snapshot> snapshots(int maxProviders, int maxPerPart, boolean extras) {
    // Built without flatMap, which is slow in jqwik: every part is drafted independently and
    // placed on the snapshot's providers, indicators and dates in one final step.
    Arbitrary<LocalDate> draftDates =
        datesBetween(DRAFTED_AS_OF.minusYears(2), DRAFTED_AS_OF.plusMonths(2));
    Arbitrary<List<Provider>> providerLists =
        providers(extras).list().ofMaxSize(maxProviders).uniqueElements(Provider::code);
    Arbitrary<List<IndicatorDefinition>> indicatorLists =
        indicatorDefinitions(extras).list().ofMaxSize(3).uniqueElements(IndicatorDefinition::id);
    Arbitrary<List<Draft<Observation>>> observations = drafts(observations(
            Arbitraries.just(DRAFT_PROVIDER), Arbitraries.just(DRAFT_INDICATOR),
            Arbitraries.just(Period.month(2025, 7)), extras))
        .list().ofMaxSize(maxPerPart);
    Arbitrary<List<Draft<IntelligenceItem>>> intelligence =
        drafts(intelligenceItems(Arbitraries.just(DRAFT_PROVIDER), draftDates, extras))
            .list().ofMaxSize(maxPerPart).uniqueElements(d -> d.part.id());
    Arbitrary<Optional<OrganisationCode>> riskProvider = extras
        ? Arbitraries.just(DRAFT_PROVIDER).optional(0.85)
        : Arbitraries.just(Optional.of(DRAFT_PROVIDER));
    Arbitrary<List<Draft<Risk>>> risks = drafts(risks(riskProvider, draftDates, extras))
        .list().ofMaxSize(maxPerPart).uniqueElements(d -> d.part.id());
    Arbitrary<List<Draft<Decision>>> decisions =
        drafts(decisions(Arbitraries.just(DRAFT_PROVIDER), draftDates, extras))
            .list().ofMaxSize(maxPerPart);
    return Combinators.combine(dates(), commissioners(extras), providerLists, indicatorLists,
            observations, intelligence, risks, decisions)
        .as((asOf, commissioner, p, i, o, intel, r, d) -> {
          long shift = DRAFTED_AS_OF.until(asOf, java.time.temporal.ChronoUnit.DAYS);
          return Snapshot.builder().asOf(asOf).commissioner(commissioner).providers(p).indicators(i)
              .observations(placeObservations(o, p, i, asOf))
              .intelligence(placeIntelligence(intel, p, shift))
              .risks(placeRisks(r, p, shift, extras))
              .decisions(inDateOrderPerProvider(placeDecisions(d, p, shift)))
              .build();
        });
  }

  private static List<Observation> placeObservations(List<Draft<Observation>> drafts,
      List<Provider> providers, List<IndicatorDefinition> indicators, LocalDate asOf) {
    List<Observation> placed = new ArrayList<>();
    if (providers.isEmpty() || indicators.isEmpty()) {
      return placed;
    }
    Set<List<Object>> keys = new HashSet<>();
    for (Draft<Observation> d : drafts) {
      OrganisationCode provider = providers.get(d.provider % providers.size()).code();
      IndicatorDefinition indicator = indicators.get(d.indicator % indicators.size());
      Period period = Period.containing(asOf, indicator.frequency()).plus(d.periodOffset);
      // At most one observation per provider, indicator and period (SNAPSHOT.md): later drafts
      // for a key already taken are dropped.
      if (keys.add(List.of(provider, indicator.id(), period))) {
        placed.add(Observation.builder().from(d.part)
            .provider(provider).indicator(indicator.id()).period(period).build());
      }
    }
    return placed;
  }

  private static List<IntelligenceItem> placeIntelligence(
      List<Draft<IntelligenceItem>> drafts, List<Provider> providers, long shift) {
    List<IntelligenceItem> placed = new ArrayList<>();
    for (Draft<IntelligenceItem> d : providers.isEmpty() ? List.<Draft<IntelligenceItem>>of() : drafts) {
      placed.add(IntelligenceItem.builder().from(d.part)
          .provider(providers.get(d.provider % providers.size()).code())
          .received(d.part.received().plusDays(shift)).build());
    }
    return placed;
  }

  private static List<Risk> placeRisks(
      List<Draft<Risk>> drafts, List<Provider> providers, long shift, boolean extras) {
    List<Risk> placed = new ArrayList<>();
    for (Draft<Risk> d : drafts) {
      Optional<OrganisationCode> about = d.part.provider().isEmpty() || providers.isEmpty()
          ? Optional.empty()
          : Optional.of(providers.get(d.provider % providers.size()).code());
      if (about.isEmpty() && !extras) {
        continue; // every v1 risk is about a provider
      }
      placed.add(Risk.builder().from(d.part)
          .provider(about)
          .lastReviewed(d.part.lastReviewed().map(date -> date.plusDays(shift)))
          .reviews(d.part.reviews().stream()
              .map(review -> RiskReview.builder().from(review)
                  .reviewed(review.reviewed().plusDays(shift)).build())
              .collect(ImmutableList.toImmutableList()))
          .build());
    }
    return placed;
  }

  private static List<Decision> placeDecisions(
      List<Draft<Decision>> drafts, List<Provider> providers, long shift) {
    List<Decision> placed = new ArrayList<>();
    for (Draft<Decision> d : providers.isEmpty() ? List.<Draft<Decision>>of() : drafts) {
      placed.add(Decision.builder().from(d.part)
          .provider(providers.get(d.provider % providers.size()).code())
          .at(d.part.at().plusDays(shift)).build());
    }
    return placed;
  }

  // Keeps the order of decisions across providers but sorts each provider's dates, so that they
  // never go backwards for a provider (SNAPSHOT.md decisions).
  private static List<Decision> inDateOrderPerProvider(List<Decision> decisions) {
    Map<OrganisationCode, List<LocalDate>> dates = new HashMap<>();
    for (Decision d : decisions) {
      dates.computeIfAbsent(d.provider(), p -> new ArrayList<>()).add(d.at());
    }
    dates.values().forEach(list -> list.sort(null));
    Map<OrganisationCode, Integer> next = new HashMap<>();
    List<Decision> ordered = new ArrayList<>(decisions.size());
    for (Decision d : decisions) {
      int i = next.merge(d.provider(), 1, Integer::sum) - 1;
      ordered.add(Decision.builder().from(d).at(dates.get(d.provider()).get(i)).build());
    }
    return ordered;
  }

  /**
   * {@code snapshots} with the workflows of format 1.1 placed on their providers, around their
   * date (some after it): regulator ratings (one per provider and date, some with key questions),
   * quality visits (findings only when done), serious incidents at every stage of their learning
   * response (dates in order), some linked from an intelligence item of the same provider, and
   * contract meetings, held or not (with a reason), with action logs, and deep dives authorised by
   * a director. A snapshot that gains any is of format 1.1.
   *
   * @since 1.0.0
   */
  public static Arbitrary<Snapshot> withWorkflows(Arbitrary<Snapshot> snapshots) {
    Arbitrary<List<int[]>> draws = Arbitraries.integers().between(0, 1 << 16)
        .array(int[].class).ofSize(8).list().ofMaxSize(8);
    return Combinators.combine(snapshots, draws).as(ModelArbitraries::placeWorkflows);
  }

  private static Snapshot placeWorkflows(Snapshot s, List<int[]> draws) {
    if (s.providers().isEmpty() || draws.isEmpty()) {
      return s;
    }
    List<RegulatorRating> ratings = new ArrayList<>();
    List<QualityVisit> visits = new ArrayList<>();
    List<SeriousIncident> incidents = new ArrayList<>();
    List<ContractMeeting> meetings = new ArrayList<>();
    List<DeepDive> deepDives = new ArrayList<>();
    List<IntelligenceItem> intelligence = new ArrayList<>(s.intelligence());
    Set<List<Object>> ratingDays = new HashSet<>();
    for (int i = 0; i < draws.size(); i++) {
      int[] r = draws.get(i);
      OrganisationCode provider = s.providers().get(r[1] % s.providers().size()).code();
      LocalDate date = s.asOf().minusDays(r[2] % 900 - 30);
      switch (r[0] % 5) {
        case 0 -> {
          if (ratingDays.add(List.of(provider, date))) {
            Rating[] grades = Rating.values();
            Map<KeyQuestion, Rating> keys =
                r[4] % 2 == 0 ? Map.of() : Map.of(KeyQuestion.values()[
                    r[5] % 5], grades[r[6] % 4]);
            ratings.add(new RegulatorRating(
                RatingId.of("CQC-" + i), provider,
                Regulator.CQC, date, grades[r[3] % 4], keys));
          }
        }
        case 1 -> {
          VisitStatus status = VisitStatus.values()[r[3] % 3];
          List<VisitFinding> findings = new ArrayList<>();
          for (int j = 0; status == VisitStatus.DONE && j < r[5] % 3; j++) {
            findings.add(new VisitFinding(
                QualityDomain.values()[(r[6] + j) % QualityDomain.values().length],
                Tone.values()[(r[7] + j) % 3], "what was seen"));
          }
          visits.add(new QualityVisit(
              VisitId.of("V-" + i), provider, date,
              VisitKind.values()[r[4] % 2], status, findings));
        }
        case 2 -> {
          int stage = r[6] % 5;
          LocalDate received = date.plusDays(r[7] % 60);
          LocalDate reviewed = received.plusDays(r[7] % 40);
          IncidentId id = IncidentId.of("SI-" + i);
          incidents.add(new SeriousIncident(id, provider, date,
              IncidentFramework.values()[r[3] % 2], r[4] % 2 == 0,
              date.plusDays(r[5] % 90), stage >= 1 ? Optional.of(received) : Optional.empty(),
              stage >= 2 ? Optional.of(new ResponseReview(reviewed,
                  stage == 2 ? ReviewOutcome.MORE_INFORMATION
                      : ReviewOutcome.ACCEPTED)) : Optional.empty(),
              stage == 4 ? Optional.of(reviewed.plusDays(r[5] % 100)) : Optional.empty()));
          for (int k = 0; r[7] % 3 == 0 && k < intelligence.size(); k++) {
            IntelligenceItem item = intelligence.get(k);
            if (item.provider().equals(provider) && item.incident().isEmpty()) {
              intelligence.set(k, IntelligenceItem.builder().from(item).incident(id).build());
              break;
            }
          }
        }
        case 3 -> deepDives.add(new DeepDive(DeepDiveId.of("DD-" + i), provider, date,
            Actor.of("A. Director", Role.ICB_DIRECTOR), "Risk assessed at the quality group",
            "Level 2 assurance has not explained the concern"));
        default -> {
          boolean held = r[4] % 3 != 0;
          List<MeetingAction> actions = new ArrayList<>();
          for (int j = 0; j < r[5] % 3; j++) {
            LocalDate due = date.plusDays(r[6] % 60 + j);
            actions.add(new MeetingAction(
                ActionId.of("MA-" + i + "-" + j), "Share the review",
                "Chief Nurse", due, r[7] % 2 == 0 ? Optional.of(due.plusDays(r[7] % 20))
                    : Optional.empty()));
          }
          meetings.add(new ContractMeeting(
              ContractMeetingId.of("M-" + i), provider,
              ContractMeetingKind.values()[r[3] % 3], date, held,
              held ? Optional.empty() : Optional.of("Not quorate"), actions));
        }
      }
    }
    return Snapshot.builder().from(s).intelligence(intelligence).ratings(ratings).visits(visits)
        .incidents(incidents).meetings(meetings).deepDives(deepDives)
        .format(Snapshot.FORMAT_1_1).build();
  }
  /**
   * {@code snapshots} with recorded recalculations of SPC limits and annotations placed on their
   * providers' indicators (SNAPSHOT.md {@code recalculations}, {@code annotations}): each
   * recalculation from a period of the indicator's frequency, at most one per series and period,
   * some with who recorded it; annotations pinned to a date or to a period, some after the
   * snapshot's date. A snapshot that gains any is of format 1.1.
   *
   * @since 1.0.0
   */
  public static Arbitrary<Snapshot> withCharts(Arbitrary<Snapshot> snapshots) {
    Arbitrary<List<int[]>> draws = Arbitraries.integers().between(0, 1 << 16)
        .array(int[].class).ofSize(5).list().ofMaxSize(8);
    return Combinators.combine(snapshots, draws).as(ModelArbitraries::placeCharts);
  }

  private static Snapshot placeCharts(Snapshot s, List<int[]> draws) {
    if (s.providers().isEmpty() || s.indicators().isEmpty() || draws.isEmpty()) {
      return s;
    }
    List<LimitsRecalculation> recalculations = new ArrayList<>();
    List<IndicatorAnnotation> annotations = new ArrayList<>();
    Set<List<Object>> steps = new HashSet<>();
    for (int[] r : draws) {
      OrganisationCode provider = s.providers().get(r[0] % s.providers().size()).code();
      IndicatorDefinition indicator = s.indicators().get(r[1] % s.indicators().size());
      Period period = Period.containing(s.asOf().minusDays(r[2] % 1200 - 60),
          indicator.frequency());
      if (r[3] % 2 == 0) {
        if (steps.add(List.of(provider, indicator.id(), period))) {
          recalculations.add(new LimitsRecalculation(provider, indicator.id(), period,
              "New ward opened", r[4] % 2 == 0 ? Optional.of("Head of Quality Intelligence")
                  : Optional.empty()));
        }
      } else if (r[4] % 2 == 0) {
        annotations.add(IndicatorAnnotation.onPeriod(provider, indicator.id(), period,
            "Coding audit", "Analyst"));
      } else {
        annotations.add(IndicatorAnnotation.onDate(provider, indicator.id(),
            s.asOf().minusDays(r[2] % 1200 - 60), "Sepsis pathway live", "Deputy Chief Nurse"));
      }
    }
    return Snapshot.builder().from(s).recalculations(recalculations).annotations(annotations)
        .format(Snapshot.FORMAT_1_1).build();
  }
}
