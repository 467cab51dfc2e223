package org.qsurv.escalation.levers;

import org.qsurv.escalation.authority.CaseAction;

/**
 * The contractual levers a commissioner applies alongside surveillance, in the order 001 §7.3
 * describes them (also 003 §5.2.3 a: "informal queries and Contract Performance Notices").
 *
 * @since 0.1.0
 */
public enum ContractualLever {
  /** An informal query to the provider. */
  INFORMAL_QUERY(CaseAction.APPLY_INFORMAL_QUERY, "informal query"),
  /** A contract performance notice (001 §7.3: "issuing a performance notice"). */
  CONTRACT_PERFORMANCE_NOTICE(CaseAction.APPLY_CONTRACT_PERFORMANCE_NOTICE, "contract performance notice"),
  /** A remedial action plan, requested by a performance notice (001 §7.3). */
  REMEDIAL_ACTION_PLAN(CaseAction.APPLY_REMEDIAL_ACTION_PLAN, "remedial action plan"),
  /** Contractual payments withheld for "continued failure" after a performance notice (001 §7.3). */
  WITHHELD_PAYMENT(CaseAction.APPLY_WITHHELD_PAYMENT, "withheld payment"),
  /** An exception report to the provider's board of directors and the regulator (001 §7.3). */
  EXCEPTION_REPORT(CaseAction.APPLY_EXCEPTION_REPORT, "exception report"),
  /** A service suspended, "ensuring that an alternative provision is put in place" (001 §7.3). */
  SUSPENSION(CaseAction.APPLY_SUSPENSION, "service suspension"),
  /** A service decommissioned (001 §7.3). */
  DECOMMISSIONING(CaseAction.APPLY_DECOMMISSIONING, "decommissioning");

  private final CaseAction action;
  private final String description;

  ContractualLever(CaseAction action, String description) {
    this.action = action;
    this.description = description;
  }

  /** The action that applies this lever, for the authority table. */
  public CaseAction action() {
    return action;
  }

  /** The lever in words, e.g. "contract performance notice". */
  public String description() {
    return description;
  }

  /**
   * Whether the lever follows a contract performance notice: 001 §7.3 has the notice request the
   * remedial action plan, and payments withheld for "continued failure" after it.
   */
  public boolean needsPerformanceNotice() {
    return this == REMEDIAL_ACTION_PLAN || this == WITHHELD_PAYMENT;
  }
}
