package org.qsurv.model.visit;

/**
 * Whether the provider knew of a visit beforehand (000 §6.5; 001 §7.1).
 *
 * @since 1.0.0
 */
public enum VisitKind {
  /** Planned with the provider: developmental, exploring how known policy is applied (001 §7.1). */
  ANNOUNCED,
  /** Unannounced: where hard or soft intelligence identifies a patient safety risk (001 §7.1). */
  UNANNOUNCED
}
