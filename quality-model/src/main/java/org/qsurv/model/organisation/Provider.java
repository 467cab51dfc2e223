package org.qsurv.model.organisation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.qsurv.model.Checks;
import org.qsurv.model.QsurvStyle;

/**
 * An organisation that delivers care and is watched by a commissioner: a trust, a GP practice, a
 * care home... (003 §5.3). The host commissioner, where given, is the ICB in whose area the
 * provider sits; it holds surveillance even where others commission from it (003 §5.3.4).
 *
 * <pre>{@code
 * Provider trust = Provider.of(OrganisationCode.of("RH5"), "Somerset NHS Foundation Trust",
 *     ProviderKind.ACUTE);
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@QsurvStyle
@JsonSerialize(as = ImmutableProvider.class)
@JsonDeserialize(as = ImmutableProvider.class)
public abstract class Provider {
  /** The provider's ODS code or CQC location id. */
  public abstract OrganisationCode code();

  /** Its name. */
  public abstract String name();

  /** What kind of provider it is. */
  public abstract ProviderKind kind();

  /** The ICB that hosts its surveillance, where recorded. */
  public abstract Optional<OdsCode> hostCommissioner();

  /** A provider with no recorded host commissioner. */
  public static Provider of(OrganisationCode code, String name, ProviderKind kind) {
    return builder().code(code).name(name).kind(kind).build();
  }

  /**
   * A builder for a provider: {@code code}, {@code name} and {@code kind} are required; the host
   * commissioner is optional.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link Provider}: every setter returns this builder, and {@code build()} returns
   * the checked value.
   *
   * @since 1.0.0
   */
  public static final class Builder extends ImmutableProvider.Builder {}

  /** Rejects a blank name with an {@link IllegalArgumentException}. */
  @Value.Check
  protected void check() {
    Checks.notBlank("provider name", name());
  }
}
