package org.qsurv.escalation.command;

import com.google.common.collect.ImmutableList;
import org.qsurv.escalation.procedure.KeyRisk;
import org.immutables.value.Value;
import org.qsurv.escalation.authority.CaseAction;
import org.qsurv.model.Checks;
import org.qsurv.model.QsurvStyle;

/**
 * Records key risks agreed with partners (003 §5.2.3 c). Needs the baseline review; ids must be
 * new to the episode.
 */
@Value.Immutable
@QsurvStyle
public abstract class AgreeKeyRisks implements CaseCommand {
  public abstract ImmutableList<KeyRisk> risks();

  @Override
  public final CaseAction action() {
    return CaseAction.AGREE_KEY_RISKS;
  }

  public static ImmutableAgreeKeyRisks.Builder builder() {
    return ImmutableAgreeKeyRisks.builder();
  }

  @Value.Check
  protected void check() {
    Checks.check(!risks().isEmpty(), "key risks to agree must name at least one risk but named none");
  }
}
