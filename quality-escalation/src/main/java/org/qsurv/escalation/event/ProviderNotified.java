package org.qsurv.escalation.event;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.qsurv.escalation.procedure.NoticeMethod;

/**
 * The provider was formally told of the escalation (003 §5.2.3 a): by written notice, or by a
 * contract performance notice where a contract breach is suspected.
 */
@Value.Immutable
@PublicImplementationStyle
@JsonSerialize(as = ImmutableProviderNotified.class)
@JsonDeserialize(as = ImmutableProviderNotified.class)
public abstract class ProviderNotified implements CaseFact {
  /** How the provider was told: written notice, or a contract performance notice. */
  public abstract NoticeMethod method();

  @JsonIgnore
  @Override
  public final FactType type() {
    return FactType.PROVIDER_NOTIFIED;
  }

  /** The fact that the provider was notified by {@code method}. */
  public static ProviderNotified of(NoticeMethod method) {
    return ImmutableProviderNotified.builder().method(method).build();
  }
}
