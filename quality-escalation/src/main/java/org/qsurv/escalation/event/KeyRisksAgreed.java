package org.qsurv.escalation.event;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.google.common.collect.ImmutableList;
import java.util.List;
import org.qsurv.escalation.procedure.KeyRisk;
import org.qsurv.model.Checks;

/**
 * Key risks agreed with partners (003 §5.2.3 c: "collective agreement and shared understanding of
 * risks"); a later agreement adds "new and emerging risks".
 *
 * @param risks the key risks agreed, at least one, with unique ids, in the order agreed
 * @since 0.1.0
 */
public record KeyRisksAgreed(ImmutableList<KeyRisk> risks) implements CaseFact {
  /**
   * Rejects a missing or blank field, and the combinations the rule does not allow, with an
   * {@link IllegalArgumentException} that names the field.
   */
  public KeyRisksAgreed {
    risks = risks == null ? ImmutableList.of() : risks; // absent from stored JSON
    Checks.check(!risks.isEmpty(), "key risks agreed must name at least one risk but named none");
    List<String> ids = risks.stream().map(KeyRisk::id).toList();
    Checks.check(ids.stream().distinct().count() == ids.size(),
        () -> "key risk ids must be unique but were " + ids);
  }

  /** The key risks agreed, in the order given. */
  public static KeyRisksAgreed of(Iterable<KeyRisk> risks) {
    return new KeyRisksAgreed(ImmutableList.copyOf(risks));
  }

  @JsonIgnore
  @Override
  public FactType type() {
    return FactType.KEY_RISKS_AGREED;
  }
}
