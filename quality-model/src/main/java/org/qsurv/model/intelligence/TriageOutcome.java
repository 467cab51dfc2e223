package org.qsurv.model.intelligence;

/**
 * What the weekly triage of new intelligence decided about an item (004 §4.3: "decisions are made
 * regarding any required intervention or action" at the Insights Meeting).
 *
 * @since 1.0.0
 */
public enum TriageOutcome {
  /** Nothing more to do: the item stops counting towards triggers from the triage date. */
  NO_FURTHER_ACTION,
  /** Keep watching: the item counts as evidence. */
  MONITOR,
  /** Act on it with the provider: the item counts as evidence. */
  ACT,
  /** Escalate it, for example to the quality committee: the item counts as evidence. */
  ESCALATE
}
