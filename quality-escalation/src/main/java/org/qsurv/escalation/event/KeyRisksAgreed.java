package org.qsurv.escalation.event;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;
import org.qsurv.escalation.procedure.KeyRisk;
import org.qsurv.model.Checks;

/**
 * Key risks agreed with partners (003 §5.2.3 c: "collective agreement and shared understanding of
 * risks"); a later agreement adds "new and emerging risks".
 */
@Value.Immutable
@PublicImplementationStyle
@JsonSerialize(as = ImmutableKeyRisksAgreed.class)
@JsonDeserialize(as = ImmutableKeyRisksAgreed.class)
public abstract class KeyRisksAgreed implements CaseFact {
  /** The key risks agreed, at least one, with unique ids, in the order agreed. */
  public abstract ImmutableList<KeyRisk> risks();

  @JsonIgnore
  @Override
  public final FactType type() {
    return FactType.KEY_RISKS_AGREED;
  }

  /** The fact that {@code risks} were agreed. */
  public static KeyRisksAgreed of(Iterable<KeyRisk> risks) {
    return ImmutableKeyRisksAgreed.builder().addAllRisks(risks).build();
  }

  /**
   * Rejects an empty list of risks or a repeated id with an {@link IllegalArgumentException} that
   * names the ids.
   */
  @Value.Check
  protected void check() {
    Checks.check(!risks().isEmpty(), "key risks agreed must name at least one risk but named none");
    Checks.check(risks().stream().map(KeyRisk::id).distinct().count() == risks().size(),
        "key risk ids must be unique but were " + risks().stream().map(KeyRisk::id).collect(java.util.stream.Collectors.toList()));
  }
}
