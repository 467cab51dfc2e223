package org.qsurv.scoring.threshold;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.qsurv.model.Checks;
import org.qsurv.model.QsurvStyle;

/**
 * When an indicator return is expected, so that a missing one is a finding rather than a silent
 * gap (001 §7.3, "requested information is not forthcoming"). The
 * defaults are local choices, not national rules: a return is due by the end of the period after
 * the one it reports (contract quality schedules report a month in arrears), and only the last 12
 * months are looked at, so that a gap years ago does not fill every report.
 *
 * <pre>{@code
 * ReturnsPolicy quarterlyInArrears = ReturnsPolicy.builder().gracePeriods(2).build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@QsurvStyle
@JsonSerialize(as = ImmutableReturnsPolicy.class)
@JsonDeserialize(as = ImmutableReturnsPolicy.class)
public abstract class ReturnsPolicy {
  /**
   * The return for a period is due by the end of the period this many periods after it (0: by
   * the end of the period itself); it is missing once that date is before the evaluation date.
   * Default 1.
   */
  @Value.Default
  public int gracePeriods() {
    return 1;
  }

  /**
   * Whether a provider of a kind that does not usually send a routine dashboard (a care home, a
   * domiciliary care agency, a hospice: {@link org.qsurv.model.organisation.ProviderKind#sendsRoutineData()})
   * owes every return once it has sent one. Default false: monitoring is "proportionate to the size
   * of the organisation" (003 §5.3), and such providers' occasional returns are not a schedule, so
   * their gaps are not findings; an ICB with a data-sharing agreement can switch it on.
   */
  @Value.Default
  public boolean expectReturnsFromAllKinds() {
    return false;
  }

  /** Only periods starting within this many months before the evaluation date are reported. */
  @Value.Default
  public int lookBackMonths() {
    return 12;
  }

  /** The defaults above. */
  public static ReturnsPolicy nhsDefaults() {
    return builder().build();
  }

  /** A builder for a policy: every attribute is optional and keeps its default when left unset. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link ReturnsPolicy}: every setter returns this builder, and {@code build()}
   * returns the checked value.
   *
   * @since 1.0.0
   */
  public static final class Builder extends ImmutableReturnsPolicy.Builder {}

  /**
   * Rejects grace periods outside 0-12 and a look-back outside 1-120 months, with an
   * {@link IllegalArgumentException} that names the field and the value.
   */
  @Value.Check
  protected void check() {
    Checks.inRange("returns gracePeriods", gracePeriods(), 0, 12);
    Checks.inRange("returns lookBackMonths", lookBackMonths(), 1, 120);
  }
}
