package org.qsurv.escalation.authority;

import java.util.EnumSet;
import java.util.Set;
import org.qsurv.model.surveillance.DecisionType;
import org.qsurv.model.surveillance.Level;

/**
 * Everything that can be done to a surveillance case, as the authority table names it: the seven
 * lifecycle decisions of SNAPSHOT.md, accepting a trigger, the steps of the enhanced procedure
 * (003 §5.2.3 a-e), the NHS England steps (003 §5.2.3 a; 003 Appendix 1 and 2), the contractual
 * levers (001 §7.3) and corrections. Who may take each is a policy ({@link AuthorityTable}).
 *
 * @since 0.1.0
 */
public enum CaseAction {
  /** SNAPSHOT.md: enter enhanced, pending a quality review meeting. */
  PLACE_ON_ENHANCED("place a provider on enhanced surveillance", Level.ROUTINE),
  /** SNAPSHOT.md: the quality review meeting confirms enhanced. */
  CONFIRM_ENHANCED("confirm enhanced surveillance", Level.ENHANCED),
  /** SNAPSHOT.md: the quality review meeting returns the provider to routine. */
  RETURN_TO_ROUTINE("return a provider to routine surveillance", Level.ENHANCED),
  /** SNAPSHOT.md: enter intensive surveillance. */
  ESCALATE_TO_INTENSIVE("escalate a provider to intensive surveillance", Level.ROUTINE, Level.ENHANCED),
  /** SNAPSHOT.md: call a risk summit, the urgent route at any level (003 Appendix 2). */
  CALL_RISK_SUMMIT("call a risk summit", Level.ROUTINE, Level.ENHANCED, Level.INTENSIVE),
  /** SNAPSHOT.md: record that assurance was gained (003 Appendix 1). */
  ASSURANCE_GAINED("record that assurance was gained", Level.ENHANCED, Level.INTENSIVE),
  /** SNAPSHOT.md: step down one level. */
  STEP_DOWN("step a provider down", Level.ENHANCED, Level.INTENSIVE),
  /** Accept a trigger (003 §5.2.1) into the case as a reason for concern. */
  ACCEPT_TRIGGER("accept a trigger into the case", Level.ROUTINE, Level.ENHANCED, Level.INTENSIVE),
  /** 003 §5.2.3 a: identify the ICB quality lead. */
  APPOINT_LEAD("name the ICB quality lead", Level.ENHANCED, Level.INTENSIVE),
  /** 003 §5.2.3 a: formal written notice (or a contract performance notice) to the provider. */
  NOTIFY_PROVIDER("record the formal notice to the provider", Level.ENHANCED, Level.INTENSIVE),
  /** 003 §5.2.3 a: set up the governance group. */
  SET_UP_GOVERNANCE_GROUP("record the governance group", Level.ENHANCED, Level.INTENSIVE),
  /** 003 §5.2.3 b: the comprehensive baseline review. */
  COMPLETE_BASELINE_REVIEW("record the baseline review", Level.ENHANCED, Level.INTENSIVE),
  /** 003 §5.2.3 c: key risks agreed with partners. */
  AGREE_KEY_RISKS("record the agreed key risks", Level.ENHANCED, Level.INTENSIVE),
  /** 003 §5.2.3 d: feedback to the provider. */
  GIVE_FEEDBACK("record feedback to the provider", Level.ENHANCED, Level.INTENSIVE),
  /** 003 §5.2.3 d: the provider acknowledges or challenges a risk. */
  RECORD_PROVIDER_RESPONSE("record the provider's response to a risk", Level.ENHANCED, Level.INTENSIVE),
  /** 003 §5.2.3 e: an action of the provider's improvement plan. */
  ADD_PLAN_ACTION("add an improvement plan action", Level.ENHANCED, Level.INTENSIVE),
  /** 003 §5.2.3 e: evidence that an action is implemented. */
  ADD_ACTION_EVIDENCE("add evidence to an improvement plan action", Level.ENHANCED, Level.INTENSIVE),
  /** 003 §5.2.3 e: sign-off of a completed action. */
  SIGN_OFF_ACTION("sign off an improvement plan action", Level.ENHANCED, Level.INTENSIVE),
  /** 003 §5.2.3 e: an ICB director's decision to close the actions not signed off. */
  CLOSE_REMAINING_ACTIONS("close the remaining improvement plan actions", Level.ENHANCED, Level.INTENSIVE),
  /** 003 §5.2.3 a: an NHS England intelligence-sharing call. */
  HOLD_INTELLIGENCE_SHARING_CALL("record an intelligence-sharing call", Level.ENHANCED, Level.INTENSIVE),
  /** 003 §5.2.3 a: a single-item Quality Surveillance Group. */
  HOLD_SINGLE_ITEM_QSG("record a single-item Quality Surveillance Group", Level.ENHANCED, Level.INTENSIVE),
  /** 003 Appendix 1: the record of a risk summit held (chair, attendees, agreed actions). */
  RECORD_RISK_SUMMIT("record a risk summit", Level.ROUTINE, Level.ENHANCED, Level.INTENSIVE),
  /** 003 §5.2.3 a: NHS England asks for a Quality Risk Profile. */
  REQUEST_QUALITY_RISK_PROFILE("request a Quality Risk Profile", Level.ENHANCED, Level.INTENSIVE),
  /** 003 Appendix 1: the Quality Risk Profile is done. */
  COMPLETE_QUALITY_RISK_PROFILE("record a completed Quality Risk Profile",
      Level.ROUTINE, Level.ENHANCED, Level.INTENSIVE),
  /** 003 Appendix 2: a rapid response review, the other urgent route at any level. */
  CALL_RAPID_RESPONSE_REVIEW("call a rapid response review", Level.ROUTINE, Level.ENHANCED, Level.INTENSIVE),
  /** 001 §7.3; 003 §5.2.3 a: an informal query under the contract. */
  APPLY_INFORMAL_QUERY("raise an informal query", Level.ROUTINE, Level.ENHANCED, Level.INTENSIVE),
  /** 001 §7.3: a contract performance notice. */
  APPLY_CONTRACT_PERFORMANCE_NOTICE("issue a contract performance notice",
      Level.ROUTINE, Level.ENHANCED, Level.INTENSIVE),
  /** 001 §7.3: a remedial action plan required under a performance notice. */
  APPLY_REMEDIAL_ACTION_PLAN("require a remedial action plan", Level.ROUTINE, Level.ENHANCED, Level.INTENSIVE),
  /** 001 §7.3: contractual payments withheld. */
  APPLY_WITHHELD_PAYMENT("withhold contractual payments", Level.ROUTINE, Level.ENHANCED, Level.INTENSIVE),
  /** 001 §7.3: an exception report to the provider's board and the regulator. */
  APPLY_EXCEPTION_REPORT("issue an exception report", Level.ROUTINE, Level.ENHANCED, Level.INTENSIVE),
  /** 001 §7.3: suspension of a service, with alternative provision. */
  APPLY_SUSPENSION("suspend a service", Level.ROUTINE, Level.ENHANCED, Level.INTENSIVE),
  /** 001 §7.3: decommissioning of a service. */
  APPLY_DECOMMISSIONING("decommission a service", Level.ROUTINE, Level.ENHANCED, Level.INTENSIVE),
  /** 003 §3 (the audit trail): a correction is a new record that references what it corrects. */
  RECORD_CORRECTION("record a correction", Level.ROUTINE, Level.ENHANCED, Level.INTENSIVE);

  private final String description;
  private final Set<Level> possibleAt;

  CaseAction(String description, Level first, Level... rest) {
    this.description = description;
    this.possibleAt = EnumSet.of(first, rest);
  }

  /** The action for a lifecycle decision of SNAPSHOT.md. */
  public static CaseAction of(DecisionType decision) {
    return valueOf(decision.name());
  }

  /** What the action does, in a quality lead's words, e.g. "place a provider on enhanced surveillance". */
  public String description() {
    return description;
  }

  /**
   * The levels at which the action can ever be taken: the authority table must say who may take
   * it at each of them. Finer rules (pending review, the sustained-assurance period) are the
   * lifecycle's, not the table's.
   */
  public boolean isPossibleAt(Level level) {
    return possibleAt.contains(level);
  }
}
