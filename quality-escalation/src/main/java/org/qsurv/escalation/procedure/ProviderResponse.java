package org.qsurv.escalation.procedure;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.qsurv.model.Checks;
import org.qsurv.model.QsurvStyle;

/**
 * The provider's latest response to one key risk (003 §5.2.3 d: "acknowledge or challenge risks
 * presented ... or provide further evidence"). A challenge always carries evidence.
 *
 * @since 0.1.0
 */
@Value.Immutable
@QsurvStyle
@JsonSerialize(as = ImmutableProviderResponse.class)
@JsonDeserialize(as = ImmutableProviderResponse.class)
public abstract class ProviderResponse {
  /** The id of the key risk answered, e.g. {@code KR-1}. */
  public abstract String riskId();

  /** Whether the provider acknowledged or challenged the risk. */
  public abstract RiskResponse response();

  /** The evidence the provider added, e.g. document references. */
  public abstract ImmutableList<String> evidence();

  /** The date of the response: the date of its event. */
  public abstract LocalDate at();

  /**
   * A builder for a response: {@code riskId}, {@code response} and {@code at} are required;
   * {@code evidence} may be empty except for a challenge.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link ProviderResponse}: every setter returns this builder, and {@code build()}
   * returns the checked value.
   *
   * @since 1.0.0
   */
  public static final class Builder extends ImmutableProviderResponse.Builder {}

  /**
   * Rejects a blank risk id or piece of evidence, and a challenge without evidence, with an
   * {@link IllegalArgumentException} that names the risk.
   */
  @Value.Check
  protected void check() {
    Checks.notBlank("risk id", riskId());
    evidence().forEach(e -> Checks.notBlank("evidence", e));
    Checks.check(response() != RiskResponse.CHALLENGED || !evidence().isEmpty(),
        () -> "a challenge to risk " + riskId() + " must carry evidence but had none");
  }
}
