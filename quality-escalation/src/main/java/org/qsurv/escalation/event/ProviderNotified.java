package org.qsurv.escalation.event;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.qsurv.escalation.procedure.NoticeMethod;
import org.qsurv.model.Checks;

/**
 * The provider was formally told of the escalation (003 §5.2.3 a): by written notice, or by a
 * contract performance notice where a contract breach is suspected.
 *
 * @param method how the provider was told: written notice, or a contract performance notice
 * @since 0.1.0
 */
public record ProviderNotified(NoticeMethod method) implements CaseFact {
  /**
   * Rejects a missing or blank field, and the combinations the rule does not allow, with an
   * {@link IllegalArgumentException} that names the field.
   */
  public ProviderNotified {
    Checks.check(method != null, "ProviderNotified: method is required but was absent");
  }

  /** The provider notified by {@code method}. */
  public static ProviderNotified of(NoticeMethod method) {
    return new ProviderNotified(method);
  }

  @JsonIgnore
  @Override
  public FactType type() {
    return FactType.PROVIDER_NOTIFIED;
  }
}
