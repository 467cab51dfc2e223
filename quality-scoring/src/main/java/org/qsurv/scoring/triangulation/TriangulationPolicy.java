package org.qsurv.scoring.triangulation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableMap;
import org.immutables.value.Value;
import org.qsurv.model.Checks;
import org.qsurv.model.QsurvStyle;
import org.qsurv.model.intelligence.IntelligenceSource;

/**
 * How intelligence is weighed when it is triangulated (002 footnote 14; 000 §6.9):
 * how fast it ages, how hard and soft intelligence compare, which sources are one channel rather
 * than independent, and where the concern levels start. Every value is a local choice with the
 * default documented on its method.
 *
 * <pre>{@code
 * TriangulationPolicy slower = TriangulationPolicy.builder().halfLifeDays(180).build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@QsurvStyle
@JsonSerialize(as = ImmutableTriangulationPolicy.class)
@JsonDeserialize(as = ImmutableTriangulationPolicy.class)
public abstract class TriangulationPolicy {
  /** Intelligence older than this many months is left out; default 12. */
  @Value.Default
  public int lookBackMonths() {
    return 12;
  }

  /** An item's weight halves every this many days since it was received; default 90. */
  @Value.Default
  public int halfLifeDays() {
    return 90;
  }

  /** The weight of a fresh item of hard intelligence; default 1. */
  @Value.Default
  public double hardWeight() {
    return 1.0;
  }

  /** The weight of a fresh item of soft intelligence; default 1. */
  @Value.Default
  public double softWeight() {
    return 1.0;
  }

  /**
   * The factor on soft intelligence for providers that send no routine data (care homes, small
   * providers), where it carries more weight (003 §5.3); default 1.5.
   */
  @Value.Default
  public double softWeightWithoutRoutineData() {
    return 1.5;
  }

  /** The weight of each indicator of concern (red or special-cause concern); default 1. */
  @Value.Default
  public double indicatorWeight() {
    return 1.0;
  }

  /** The concern score from which a domain is MEDIUM; default 0.9. */
  @Value.Default
  public double mediumFrom() {
    return 0.9;
  }

  /**
   * The concern score from which a domain is HIGH; default 1.5, which one source alone can never
   * reach (each source adds less than 1).
   */
  @Value.Default
  public double highFrom() {
    return 1.5;
  }

  /**
   * Sources that are one channel, not independent of each other, by group name; a source not
   * named is its own group. Default: complaints and PALS are one complaints channel; incidents,
   * serious incidents and never events come through one incident-reporting system; CQC
   * inspection and enforcement are one regulator.
   */
  @Value.Default
  public ImmutableMap<IntelligenceSource, String> sourceGroups() {
    return ImmutableMap.<IntelligenceSource, String>builder()
        .put(IntelligenceSource.COMPLAINT, "COMPLAINTS")
        .put(IntelligenceSource.PALS, "COMPLAINTS")
        .put(IntelligenceSource.INCIDENT, "INCIDENT_REPORTING")
        .put(IntelligenceSource.SERIOUS_INCIDENT, "INCIDENT_REPORTING")
        .put(IntelligenceSource.NEVER_EVENT, "INCIDENT_REPORTING")
        .put(IntelligenceSource.CQC_INSPECTION, "CQC")
        .put(IntelligenceSource.CQC_ENFORCEMENT, "CQC")
        .build();
  }

  /** The group of {@code source}: its named group, or its own name. */
  public String groupOf(IntelligenceSource source) {
    return sourceGroups().getOrDefault(source, source.name());
  }

  /** The change in a domain's concern score that counts as rising or falling; default 0.1. */
  @Value.Default
  public double trendTolerance() {
    return 0.1;
  }

  /** The defaults above. */
  public static TriangulationPolicy nhsDefaults() {
    return builder().build();
  }

  /** A builder for a policy: every attribute is optional and keeps its default when left unset. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link TriangulationPolicy}: every setter returns this builder, and
   * {@code build()} returns the checked value.
   *
   * @since 1.0.0
   */
  public static final class Builder extends ImmutableTriangulationPolicy.Builder {}

  /**
   * Rejects a look-back outside 1-120 months, a half-life outside 1-3650 days, a weight or
   * {@code mediumFrom} that is not finite and above 0, a {@code highFrom} not above
   * {@code mediumFrom}, a negative or non-finite trend tolerance and a blank source group, with an
   * {@link IllegalArgumentException} that names the field and the value.
   */
  @Value.Check
  protected void check() {
    Checks.inRange("triangulation lookBackMonths", lookBackMonths(), 1, 120);
    Checks.inRange("triangulation halfLifeDays", halfLifeDays(), 1, 3650);
    positive("triangulation hardWeight", hardWeight());
    positive("triangulation softWeight", softWeight());
    positive("triangulation softWeightWithoutRoutineData", softWeightWithoutRoutineData());
    positive("triangulation indicatorWeight", indicatorWeight());
    positive("triangulation mediumFrom", mediumFrom());
    Checks.check(Double.isFinite(highFrom()) && highFrom() > mediumFrom(),
        () -> "triangulation highFrom must be above mediumFrom (" + mediumFrom() + ") but was "
            + highFrom());
    Checks.check(Double.isFinite(trendTolerance()) && trendTolerance() >= 0,
        () -> "triangulation trendTolerance must be a finite number of at least 0 but was "
            + trendTolerance());
    sourceGroups().values().forEach(g -> Checks.notBlank("triangulation source group", g));
  }

  private static void positive(String field, double value) {
    Checks.check(Double.isFinite(value) && value > 0,
        () -> field + " must be a finite number above 0 but was " + value);
  }
}
