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
import org.qsurv.model.QsurvStyle;
import org.qsurv.model.indicator.IndicatorDefinition;
import org.qsurv.model.indicator.IndicatorId;
import org.qsurv.model.indicator.Observation;
import org.qsurv.model.intelligence.IntelligenceItem;
import org.qsurv.model.organisation.Commissioner;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.organisation.Provider;
import org.qsurv.model.risk.Risk;
import org.qsurv.model.surveillance.Decision;

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
    List<SnapshotProblem> problems = SnapshotRules.check(
        providers(), indicators(), observations(), intelligence(), risks(), decisions());
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
