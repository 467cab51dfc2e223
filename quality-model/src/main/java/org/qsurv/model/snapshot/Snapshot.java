package org.qsurv.model.snapshot;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.immutables.value.Value;
import org.qsurv.model.Checks;
import org.qsurv.model.QsurvStyle;
import org.qsurv.model.contract.ContractMeeting;
import org.qsurv.model.improvement.ImprovementAction;
import org.qsurv.model.incident.SeriousIncident;
import org.qsurv.model.indicator.IndicatorAnnotation;
import org.qsurv.model.indicator.IndicatorDefinition;
import org.qsurv.model.indicator.IndicatorId;
import org.qsurv.model.indicator.LimitsRecalculation;
import org.qsurv.model.indicator.Observation;
import org.qsurv.model.intelligence.IntelligenceItem;
import org.qsurv.model.intelligence.Tone;
import org.qsurv.model.organisation.Commissioner;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.organisation.Provider;
import org.qsurv.model.regulation.RegulatorRating;
import org.qsurv.model.risk.Risk;
import org.qsurv.model.surveillance.Decision;
import org.qsurv.model.surveillance.DeepDive;
import org.qsurv.model.visit.QualityVisit;

/**
 * The surveillance snapshot: what one commissioner knows about its providers as of a date, in one
 * value (SNAPSHOT.md, format {@value #FORMAT}). It is always consistent: ids are unique, every
 * reference names a provider or indicator in the snapshot, observation periods match their
 * indicator's frequency, there is at most one observation per provider, indicator and period, and
 * decision dates do not go backwards for a provider. Building one that breaks a rule throws
 * {@link InvalidSnapshotException} with every problem.
 *
 * <p>Read one from JSON with {@link SnapshotReader}, write one with {@link SnapshotWriter}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@QsurvStyle
@JsonSerialize(as = ImmutableSnapshot.class)
@JsonDeserialize(as = ImmutableSnapshot.class)
public abstract class Snapshot {
  /** The format tag of version 1 of the exchange format. */
  public static final String FORMAT = "qsurv-snapshot/1";

  /**
   * The format tag of version 1.1: version 1 with intelligence tone and triage, decision meetings,
   * improvement-plan actions and system risks (risks without a provider), the workflows of
   * regulator ratings, quality visits, serious incidents, contract quality meetings and deep
   * dives, and the recorded recalculations of SPC limits and annotations of indicator series.
   *
   * @since 1.0.0
   */
  public static final String FORMAT_1_1 = "qsurv-snapshot/1.1";

  /**
   * The version of the exchange format the snapshot is in: {@value #FORMAT} or
   * {@value #FORMAT_1_1}. The reader keeps the version the document declared; a snapshot built in
   * code defaults to the lowest version that can hold it. A version 1 snapshot cannot hold what
   * 1.1 added ({@link #usesVersion11()}), and is evaluated into an assessment of version 1.
   *
   * @since 1.0.0
   */
  @Value.Default
  public String format() {
    return usesVersion11() ? FORMAT_1_1 : FORMAT;
  }

  /**
   * Whether it holds anything that only version 1.1 can express: an intelligence item with a tone
   * other than CONCERN or with a triage, a decision with a meeting, an improvement-plan action, or
   * a risk without a provider, an intelligence item linked to an incident, or any rating, visit,
   * incident, contract meeting, deep dive, recalculation or annotation.
   *
   * @since 1.0.0
   */
  public boolean usesVersion11() {
    return !actions().isEmpty()
        || intelligence().stream().anyMatch(i -> i.tone() != Tone.CONCERN || i.triage().isPresent())
        || decisions().stream().anyMatch(d -> d.meeting().isPresent())
        || risks().stream().anyMatch(r -> r.provider().isEmpty())
        || intelligence().stream().anyMatch(i -> i.incident().isPresent())
        || !ratings().isEmpty() || !visits().isEmpty() || !incidents().isEmpty()
        || !meetings().isEmpty() || !deepDives().isEmpty() || !recalculations().isEmpty()
        || !annotations().isEmpty();
  }

  /** The date the snapshot is evaluated as of. */
  public abstract LocalDate asOf();

  /** The commissioner (ICB) whose knowledge the snapshot holds. */
  public abstract Commissioner commissioner();

  /**
   * The providers it watches; codes are unique, and every other part refers to providers by code.
   */
  public abstract ImmutableList<Provider> providers();

  /** The definitions of the indicators it monitors; ids are unique. */
  public abstract ImmutableList<IndicatorDefinition> indicators();

  /**
   * The indicator returns, including missing ones: at most one per provider, indicator and period,
   * each of a period of its indicator's frequency.
   */
  public abstract ImmutableList<Observation> observations();

  /**
   * The intelligence received about its providers; ids are unique. Items received after
   * {@link #asOf()} are ignored when the snapshot is evaluated.
   */
  public abstract ImmutableList<IntelligenceItem> intelligence();

  /** The risk register: risks about its providers or the whole system; ids are unique. */
  public abstract ImmutableList<Risk> risks();

  /** Decisions in the order they are applied (per provider). */
  public abstract ImmutableList<Decision> decisions();

  /**
   * The providers' improvement-plan actions; ids are unique.
   *
   * @since 1.0.0
   */
  public abstract ImmutableList<ImprovementAction> actions();

  /**
   * The regulators' published ratings of its providers; ids are unique, and no provider has two
   * published on the same date, so that its latest is always one rating (004 §5.1).
   *
   * @since 1.0.0
   */
  public abstract ImmutableList<RegulatorRating> ratings();

  /**
   * Its quality visits to providers, planned, done and cancelled; ids are unique (001 §7.1).
   *
   * @since 1.0.0
   */
  public abstract ImmutableList<QualityVisit> visits();

  /**
   * Serious incidents and their learning responses; ids are unique, and an intelligence item's
   * {@code incident} names one of them, of the same provider (002 QAF ¶40-41).
   *
   * @since 1.0.0
   */
  public abstract ImmutableList<SeriousIncident> incidents();

  /**
   * Contract quality meetings with providers and their action logs; meeting ids are unique, and
   * so are the ids of their actions (003 §5.1.2).
   *
   * @since 1.0.0
   */
  public abstract ImmutableList<ContractMeeting> meetings();

  /**
   * The Level 3 deep dives its directors have authorised, each after a formal risk assessment;
   * ids are unique (001 §7.1).
   *
   * @since 1.0.0
   */
  public abstract ImmutableList<DeepDive> deepDives();

  /**
   * The recorded recalculations of SPC limits, per provider and indicator: each names a provider
   * and indicator of the snapshot and a period of the indicator's frequency, and no series is
   * recalculated twice from the same period (MDC: only at a known, sustained change, with its
   * reason).
   *
   * @since 1.0.0
   */
  public abstract ImmutableList<LimitsRecalculation> recalculations();

  /**
   * Annotations of providers' indicator series, each naming a provider and indicator of the
   * snapshot and, when pinned to a period, a period of the indicator's frequency. Those dated
   * after {@link #asOf()} are not shown when the snapshot is evaluated.
   *
   * @since 1.0.0
   */
  public abstract ImmutableList<IndicatorAnnotation> annotations();

  /** The provider with this code, if the snapshot has it. */
  public Optional<Provider> provider(OrganisationCode code) {
    return Optional.ofNullable(providersByCode().get(code));
  }

  /** The indicator with this id, if the snapshot has it. */
  public Optional<IndicatorDefinition> indicator(IndicatorId id) {
    return Optional.ofNullable(indicatorsById().get(id));
  }

  @JsonIgnore
  @Value.Lazy
  ImmutableMap<OrganisationCode, Provider> providersByCode() {
    return index(providers(), Provider::code);
  }

  @JsonIgnore
  @Value.Lazy
  ImmutableMap<IndicatorId, IndicatorDefinition> indicatorsById() {
    return index(indicators(), IndicatorDefinition::id);
  }

  /**
   * A builder for a snapshot: {@code asOf} and {@code commissioner} are required; the lists may be
   * empty.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link Snapshot}: every setter returns this builder, and {@code build()} returns
   * the checked value.
   *
   * @since 1.0.0
   */
  public static final class Builder extends ImmutableSnapshot.Builder {}

  /**
   * Rejects a snapshot that breaks any of the rules in the class description with an
   * {@link InvalidSnapshotException} that lists every problem with its JSON path.
   */
  @Value.Check
  protected void check() {
    List<SnapshotProblem> problems = new java.util.ArrayList<>(SnapshotRules.check(providers(),
        indicators(), observations(), intelligence(), risks(), decisions(), actions()));
    problems.addAll(SnapshotRules.checkWorkflows(providers(), intelligence(), ratings(), visits(),
        incidents(), meetings(), deepDives(), code -> false, id -> false));
    problems.addAll(SnapshotRules.checkCharts(providers(), indicators(), recalculations(),
        annotations(), code -> false, id -> false));
    problems.sort((a, b) -> SnapshotRules.comparePaths(a.path(), b.path()));
    if (!format().equals(FORMAT) && !format().equals(FORMAT_1_1)) {
      problems.add(0, SnapshotProblem.at("$.format", Checks.quote(format())
          + " is not a format this library knows (\"" + FORMAT + "\" or \"" + FORMAT_1_1 + "\")"));
    } else if (format().equals(FORMAT) && usesVersion11()) {
      problems.add(0, SnapshotProblem.at("$.format", "is \"" + FORMAT + "\", which cannot hold"
          + " tone, triage, meetings, actions, risks without a provider, ratings, visits,"
          + " incidents, contract meetings, deep dives, recalculations or annotations (\""
          + FORMAT_1_1 + "\" can)"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidSnapshotException(problems);
    }
  }

  private static <K, V> ImmutableMap<K, V> index(List<V> values, Function<V, K> key) {
    ImmutableMap.Builder<K, V> map = ImmutableMap.builderWithExpectedSize(values.size());
    values.forEach(v -> map.put(key.apply(v), v));
    return map.buildOrThrow();
  }
}
