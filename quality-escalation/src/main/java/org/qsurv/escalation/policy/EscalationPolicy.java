package org.qsurv.escalation.policy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Period;
import org.immutables.value.Value;
import org.qsurv.escalation.authority.AuthorityTable;
import org.qsurv.model.Checks;
import org.qsurv.model.QsurvStyle;

/**
 * Every local choice of the escalation lifecycle in one validated value, with the national
 * defaults in {@link #nhsDefaults()}: the sustained-assurance period and who may decide what.
 * JSON-loadable with {@code QsurvJson.mapper()}; a field left out keeps its national default.
 *
 * <pre>{@code
 * EscalationPolicy national = EscalationPolicy.nhsDefaults();
 * EscalationPolicy local = QsurvJson.mapper().readValue(
 *     "{\"sustainedAssurancePeriod\": \"P6M\"}", EscalationPolicy.class);
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@QsurvStyle
@JsonSerialize(as = ImmutableEscalationPolicy.class)
@JsonDeserialize(as = ImmutableEscalationPolicy.class)
public abstract class EscalationPolicy {
  private static final EscalationPolicy DEFAULTS = builder().build();

  /**
   * How long assurance must be sustained before a step down: three calendar months by default
   * (003 Appendix 1: "maintained on enhanced surveillance for three months to ensure that the
   * assurance is sustained"; qsurv makes it the default for every step down but an ICB director's
   * on assurance at an NHS England-led meeting, 003 §5.2.3 a). Written as an
   * ISO-8601 period, e.g. {@code "P3M"}.
   */
  @Value.Default
  public Period sustainedAssurancePeriod() {
    return Period.ofMonths(3);
  }

  /** Who may take each action, at each level: SNAPSHOT.md's table by default. */
  @Value.Default
  public AuthorityTable authority() {
    return AuthorityTable.nhsDefaults();
  }

  /** The national defaults. */
  public static EscalationPolicy nhsDefaults() {
    return DEFAULTS;
  }

  /**
   * A builder for a policy: every attribute is optional and keeps its national default when left
   * unset.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link EscalationPolicy}: every setter returns this builder, and {@code build()}
   * returns the checked value.
   *
   * @since 1.0.0
   */
  public static final class Builder extends ImmutableEscalationPolicy.Builder {}

  /**
   * Rejects a sustained-assurance period that is zero, negative or has a negative part, or that is
   * longer than ten years (120 months, or 3660 days in its days part), with an
   * {@link IllegalArgumentException} that names the period.
   */
  @Value.Check
  protected void check() {
    Period p = sustainedAssurancePeriod();
    Checks.check(!p.isNegative() && !p.isZero() && p.getYears() >= 0 && p.getMonths() >= 0 && p.getDays() >= 0,
        () -> "sustainedAssurancePeriod must be a positive period such as P3M but was " + p);
    // A bound far above any framework's (003 Appendix 1: three months) keeps date arithmetic safe.
    Checks.check(p.toTotalMonths() <= 120 && p.getDays() <= 3660,
        () -> "sustainedAssurancePeriod must be at most ten years but was " + p);
  }
}
