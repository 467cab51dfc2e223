package org.qsurv.escalation.command;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;
import org.qsurv.escalation.authority.CaseAction;
import org.qsurv.escalation.procedure.KeyRisk;
import org.qsurv.model.Checks;

/**
 * Records key risks agreed with partners (003 §5.2.3 c). Needs the baseline review; ids must be
 * new to the episode.
 */
@Value.Immutable
@PublicImplementationStyle
public abstract class AgreeKeyRisks implements CaseCommand {
  /**
   * The key risks agreed, at least one. Each id must be new: the command is rejected if an id
   * repeats within it or is already agreed in the case's enhanced procedure.
   */
  public abstract ImmutableList<KeyRisk> risks();

  @Override
  public final CaseAction action() {
    return CaseAction.AGREE_KEY_RISKS;
  }

  /**
   * A builder for the command: {@code at}, {@code by}, {@code rationale} and at least one risk are
   * required.
   */
  public static ImmutableAgreeKeyRisks.Builder builder() {
    return ImmutableAgreeKeyRisks.builder();
  }

  /** Rejects a command that names no risk with an {@link IllegalArgumentException}. */
  @Value.Check
  protected void check() {
    Checks.check(!risks().isEmpty(), "key risks to agree must name at least one risk but named none");
  }
}
