package org.qsurv.escalation.procedure;

/**
 * The five steps of the procedure for a provider in enhanced surveillance (003 §5.2.3 a-e), in the
 * order they are taken.
 *
 * @since 0.1.0
 */
public enum ProcedureStep {
  /** a) engage the provider and set up: named ICB quality lead, formal notice, governance group. */
  ENGAGE_AND_SET_UP('a', "engaging the provider"),
  /** b) comprehensive baseline review, led by the ICB quality lead. */
  BASELINE_REVIEW('b', "baseline review"),
  /** c) establish the level of risk: key risks agreed with partners. */
  LEVEL_OF_RISK('c', "key risks agreed"),
  /** d) feedback to the provider, who acknowledges or challenges each risk. */
  FEEDBACK('d', "feedback to the provider"),
  /** e) the provider-owned, integrated quality improvement plan. */
  IMPROVEMENT_PLAN('e', "improvement plan");

  private final char letter;
  private final String description;

  ProcedureStep(char letter, String description) {
    this.letter = letter;
    this.description = description;
  }

  /** The step's letter in 003 §5.2.3. */
  public char letter() {
    return letter;
  }

  /** The step in words, e.g. "baseline review". */
  public String description() {
    return description;
  }
}
