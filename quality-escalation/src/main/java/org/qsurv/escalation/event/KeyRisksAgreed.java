package org.qsurv.escalation.event;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import org.qsurv.escalation.procedure.KeyRisk;
import org.immutables.value.Value;
import org.qsurv.model.Checks;
import org.qsurv.model.QsurvStyle;

/**
 * Key risks agreed with partners (003 §5.2.3 c: "collective agreement and shared understanding of
 * risks"); a later agreement adds "new and emerging risks".
 */
@Value.Immutable
@QsurvStyle
@JsonSerialize(as = ImmutableKeyRisksAgreed.class)
@JsonDeserialize(as = ImmutableKeyRisksAgreed.class)
public abstract class KeyRisksAgreed implements CaseFact {
  public abstract ImmutableList<KeyRisk> risks();

  @JsonIgnore
  @Override
  public final FactType type() {
    return FactType.KEY_RISKS_AGREED;
  }

  public static KeyRisksAgreed of(Iterable<KeyRisk> risks) {
    return ImmutableKeyRisksAgreed.builder().addAllRisks(risks).build();
  }

  @Value.Check
  protected void check() {
    Checks.check(!risks().isEmpty(), "key risks agreed must name at least one risk but named none");
    Checks.check(risks().stream().map(KeyRisk::id).distinct().count() == risks().size(),
        "key risk ids must be unique but were " + risks().stream().map(KeyRisk::id).collect(java.util.stream.Collectors.toList()));
  }
}
