package org.qsurv.model.generators;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSetMultimap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.qsurv.model.framework.FrameworkDomain;
import org.qsurv.model.framework.FrameworkMapping;
import org.qsurv.model.framework.Frameworks;
import org.qsurv.model.framework.QualityDomain;
import org.qsurv.model.framework.QualityFramework;
import org.qsurv.model.indicator.Frequency;
import org.qsurv.model.indicator.IndicatorDefinition;
import org.qsurv.model.indicator.ImmutableIndicatorDefinition;
import org.qsurv.model.indicator.IndicatorId;
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
import org.qsurv.model.organisation.Commissioner;
import org.qsurv.model.organisation.CqcLocationId;
import org.qsurv.model.organisation.NhsEnglandRegion;
import org.qsurv.model.organisation.OdsCode;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.organisation.Provider;
import org.qsurv.model.organisation.ProviderKind;
import org.qsurv.model.risk.ConsequenceDomain;
import org.qsurv.model.risk.Risk;
import org.qsurv.model.risk.RiskId;
import org.qsurv.model.risk.RiskReview;
import org.qsurv.model.risk.RiskScore;
import org.qsurv.model.snapshot.Snapshot;
import org.qsurv.model.surveillance.Actor;
import org.qsurv.model.surveillance.Decision;
import org.qsurv.model.surveillance.DecisionType;
import org.qsurv.model.surveillance.Role;

/**
 * jqwik generators for every value of the quality model, named as the domain names them, published
 * in quality-model's test jar so that the other modules and embedding teams can write properties
 * against their own code. Every generated value is valid (its construction does not throw);
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
 * <p>{@link #snapshots()} is always internally consistent in the sense of SNAPSHOT.md: unique ids,
 * references that resolve, observation periods of their indicator's frequency, at most one
 * observation per provider, indicator and period, and decision dates that do not go backwards for
 * a provider. It is small by default (at most four providers); {@link #snapshots(int, int)} makes
 * larger ones. {@link #v1Snapshots()} is limited to what the v1 exchange format can carry.
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
  // Identifiers (DOMAIN.md §2 and §8.3)

  /**
   * ODS codes of every shape DOMAIN.md §8.3 names: three characters (trusts, {@code RH5}; ICBs,
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

  /** ODS codes of Integrated Care Boards: {@code Q} and two letters or digits (DOMAIN.md §8.3). */
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
  // Organisations (DOMAIN.md §2)

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
  // Frameworks (DOMAIN.md §1)

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
  // Indicators (DOMAIN.md §3)

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
   * (SNAPSHOT.md {@code thresholds}). {@code polarity} must not be {@link Polarity#NEUTRAL}.
   */
  public static Arbitrary<Thresholds> thresholds(Polarity polarity) {
    if (polarity == Polarity.NEUTRAL) {
      throw new IllegalArgumentException("a NEUTRAL indicator has no thresholds");
    }
    return Combinators.combine(indicatorValues(), indicatorValues())
        .filter((a, b) -> a.doubleValue() != b.doubleValue())
        .as((a, b) -> {
          double low = Math.min(a, b);
          double high = Math.max(a, b);
          // Lower is better: red is the higher value; higher is better: red is the lower one.
          return polarity == Polarity.LOWER_IS_BETTER
              ? Thresholds.of(low, high)
              : Thresholds.of(high, low);
        });
  }

  /** A planned value for one period. */
  public static Arbitrary<TrajectoryPoint> trajectoryPoints() {
    return Combinators.combine(periods(), indicatorValues()).as(TrajectoryPoint::of);
  }

  /** Trajectories of one frequency: one to six planned periods in order, and a tolerance. */
  public static Arbitrary<Trajectory> trajectories(Frequency frequency) {
    Arbitrary<List<Integer>> gaps = Arbitraries.integers().between(1, 3).list().ofMinSize(0).ofMaxSize(5);
    Arbitrary<List<Double>> planned = indicatorValues().list().ofSize(6);
    Arbitrary<Double> tolerance = Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(0.0)),
        Tuple.of(3, Arbitraries.doubles().between(0, 50).ofScale(2)));
    return Combinators.combine(periods(frequency).filter(p -> p.year() < 2990), gaps, planned, tolerance)
        .as((start, steps, values, tol) -> {
          ImmutableList.Builder<TrajectoryPoint> points = ImmutableList.builder();
          Period period = start;
          points.add(TrajectoryPoint.of(period, values.get(0)));
          for (int i = 0; i < steps.size(); i++) {
            period = period.plus(steps.get(i));
            points.add(TrajectoryPoint.of(period, values.get(i + 1)));
          }
          return Trajectory.builder().points(points.build()).tolerance(tol).build();
        });
  }

  /**
   * Indicator definitions of every polarity and frequency, with thresholds, a target and a
   * trajectory where the rules allow them (DOMAIN.md §3; SNAPSHOT.md {@code indicators}).
   */
  public static Arbitrary<IndicatorDefinition> indicatorDefinitions() {
    return indicatorDefinitions(indicatorIds(), true);
  }

  private static Arbitrary<IndicatorDefinition> indicatorDefinitions(
      Arbitrary<IndicatorId> ids, boolean extras) {
    Arbitrary<String> units = Arbitraries.oneOf(
        Arbitraries.of("ratio", "%", "cases", "per 1,000 bed days", "days"), names());
    return Combinators.combine(Arbitraries.of(Polarity.class), Arbitraries.of(Frequency.class))
        .flatAs((polarity, frequency) -> {
          Builders.BuilderCombinator<ImmutableIndicatorDefinition.Builder> definition =
              Builders.withBuilder(IndicatorDefinition::builder)
                  .use(ids).in((b, id) -> b.id(id))
                  .use(names()).in((b, name) -> b.name(name))
                  .use(Arbitraries.of(QualityDomain.class)).in((b, domain) -> b.domain(domain))
                  .use(units).in((b, unit) -> b.unit(unit))
                  .use(indicatorValues()).withProbability(0.5).in((b, t) -> b.target(t));
          if (polarity != Polarity.NEUTRAL) {
            // Thresholds and trajectories need a worse side (SNAPSHOT.md thresholds).
            definition = definition
                .use(thresholds(polarity)).withProbability(0.7).in((b, t) -> b.thresholds(t));
            if (extras) {
              definition = definition
                  .use(trajectories(frequency)).withProbability(0.3).in((b, t) -> b.trajectory(t));
            }
          }
          return definition.build(b -> b.polarity(polarity).frequency(frequency).build());
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
  // Intelligence (DOMAIN.md §4)

  /**
   * Hard and soft intelligence from every source; soft items are sometimes marked sensitive, hard
   * ones never (a sensitive item is an account someone gave).
   */
  public static Arbitrary<IntelligenceItem> intelligenceItems() {
    return intelligenceItems(organisationCodes(), dates(), true);
  }

  private static Arbitrary<IntelligenceItem> intelligenceItems(
      Arbitrary<OrganisationCode> providers, Arbitrary<LocalDate> received, boolean extras) {
    return Arbitraries.of(Nature.class).flatMap(nature -> Builders.withBuilder(IntelligenceItem::builder)
        .use(intelligenceIds()).in((b, id) -> b.id(id))
        .use(providers).in((b, p) -> b.provider(p))
        .use(received).in((b, d) -> b.received(d))
        .use(Arbitraries.of(IntelligenceSource.class)).in((b, s) -> b.source(s))
        .use(Arbitraries.just(nature)).in((b, n) -> b.nature(n))
        .use(Arbitraries.of(QualityDomain.class)).in((b, d) -> b.domain(d))
        .use(summaries()).in((b, s) -> b.summary(s))
        .use(names()).withProbability(extras ? 0.4 : 0).in((b, r) -> b.reportedBy(r))
        .use(Arbitraries.of(true, false)).withProbability(extras && nature == Nature.SOFT ? 1 : 0)
        .in((b, s) -> b.sensitive(s))
        .build(b -> b.build()));
  }

  // ---------------------------------------------------------------------------------------------
  // Risks (DOMAIN.md §5 and §8.1)

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
   * {@code lastReviewed} (DOMAIN.md §5).
   */
  public static Arbitrary<Risk> risks() {
    return risks(organisationCodes().optional(0.8), dates(), true);
  }

  private static Arbitrary<Risk> risks(Arbitrary<Optional<OrganisationCode>> providers,
      Arbitrary<LocalDate> dates, boolean extras) {
    Arbitrary<List<RiskReview>> reviews = extras
        ? riskReviews(dates).list().ofMaxSize(4).map(list -> {
            List<RiskReview> sorted = new ArrayList<>(list);
            sorted.sort((a, b) -> a.reviewed().compareTo(b.reviewed()));
            return sorted;
          })
        : Arbitraries.just(List.of());
    Arbitrary<Integer> daysAfterLatestReview = Arbitraries.integers().between(0, 60);
    return Combinators.combine(reviews, daysAfterLatestReview, dates.optional(0.8))
        .flatAs((history, after, reviewed) -> {
          Optional<LocalDate> lastReviewed = history.isEmpty()
              ? reviewed
              : Optional.of(history.get(history.size() - 1).reviewed().plusDays(after));
          return Builders.withBuilder(Risk::builder)
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
              .use(Arbitraries.just(lastReviewed)).in((b, d) -> b.lastReviewed(d))
              .use(Arbitraries.just(history)).in((b, h) -> b.reviews(h))
              .build(b -> b.build());
        });
  }

  // ---------------------------------------------------------------------------------------------
  // Surveillance (DOMAIN.md §6)

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
   * most four providers, three indicators and ten observations.
   */
  public static Arbitrary<Snapshot> snapshots() {
    return snapshots(4, 10, true);
  }

  /**
   * Internally consistent snapshots of up to {@code maxProviders} providers and up to
   * {@code maxPerPart} observations, intelligence items, risks and decisions.
   */
  public static Arbitrary<Snapshot> snapshots(int maxProviders, int maxPerPart) {
    return snapshots(maxProviders, maxPerPart, true);
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

  private static Arbitrary<Snapshot> snapshots(int maxProviders, int maxPerPart, boolean extras) {
    Arbitrary<List<Provider>> providerLists =
        providers(extras).list().ofMaxSize(maxProviders).uniqueElements(Provider::code);
    Arbitrary<List<IndicatorDefinition>> indicatorLists = indicatorDefinitions(indicatorIds(), extras)
        .list().ofMaxSize(3).uniqueElements(IndicatorDefinition::id);
    return Combinators.combine(dates(), commissioners(extras), providerLists, indicatorLists)
        .flatAs((asOf, commissioner, providers, indicators) -> {
          // Most dated things fall within two years before asOf; a few after it, which the
          // evaluation ignores (SNAPSHOT.md asOf).
          Arbitrary<LocalDate> around = datesBetween(asOf.minusYears(2), asOf.plusMonths(2));
          Arbitrary<List<Observation>> observations = providers.isEmpty() || indicators.isEmpty()
              ? Arbitraries.just(List.of())
              : observationsOf(asOf, providers, indicators, maxPerPart, extras);
          Arbitrary<List<IntelligenceItem>> intelligence = providers.isEmpty()
              ? Arbitraries.just(List.of())
              : intelligenceItems(codesOf(providers), around, extras)
                  .list().ofMaxSize(maxPerPart).uniqueElements(IntelligenceItem::id);
          Arbitrary<List<Risk>> risks;
          if (providers.isEmpty() && !extras) {
            risks = Arbitraries.just(List.of()); // every v1 risk names a provider
          } else {
            Arbitrary<Optional<OrganisationCode>> about = providers.isEmpty()
                ? Arbitraries.just(Optional.empty())
                : extras ? codesOf(providers).optional(0.85) : codesOf(providers).map(Optional::of);
            risks = risks(about, around, extras).list().ofMaxSize(maxPerPart).uniqueElements(Risk::id);
          }
          Arbitrary<List<Decision>> decisions = providers.isEmpty()
              ? Arbitraries.just(List.of())
              : decisions(codesOf(providers), around, extras).list().ofMaxSize(maxPerPart)
                  .map(ModelArbitraries::inDateOrderPerProvider);
          return Combinators.combine(observations, intelligence, risks, decisions)
              .as((o, i, r, d) -> Snapshot.builder().asOf(asOf).commissioner(commissioner)
                  .providers(providers).indicators(indicators).observations(o).intelligence(i)
                  .risks(r).decisions(d).build());
        });
  }

  private static Arbitrary<OrganisationCode> codesOf(List<Provider> providers) {
    return Arbitraries.of(providers).map(Provider::code);
  }

  // Observations of the snapshot's providers and indicators, each in a period of its indicator's
  // frequency, from three years before asOf to a little after it, at most one per key.
  private static Arbitrary<List<Observation>> observationsOf(LocalDate asOf,
      List<Provider> providers, List<IndicatorDefinition> indicators, int max, boolean extras) {
    return Combinators.combine(Arbitraries.of(indicators), Arbitraries.integers().between(-36, 2))
        .flatAs((indicator, offset) -> {
          Period period = Period.containing(asOf, indicator.frequency()).plus(offset);
          return observations(codesOf(providers), Arbitraries.just(indicator.id()),
              Arbitraries.just(period), extras);
        })
        .list().ofMaxSize(max)
        .uniqueElements(o -> List.of(o.provider(), o.indicator(), o.period()));
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
}
