package org.qsurv.model.contract;

/**
 * The kind of a contract quality meeting, as the frameworks name them.
 *
 * @since 1.0.0
 */
public enum ContractMeetingKind {
  /** A Clinical Quality Review Meeting (001 §6.4; 000 §8.7). */
  CQRM,
  /** A Clinical Quality Performance Group, compulsory under the contract (003 §5.1.2). */
  CQPG,
  /** A Quality Surveillance Group meeting at which the provider was discussed (NQB 2022). */
  QSG;

  /** Whether it is a contract review meeting held with the provider itself (CQRM or CQPG). */
  public boolean withProvider() {
    return this != QSG;
  }
}
