package org.qsurv.escalation.procedure;

/**
 * How the provider was formally told of the escalation (003 §5.2.3 a): a written notice, or a
 * contract performance notice "in cases of suspected breaches to contractual obligations".
 *
 * @since 0.1.0
 */
public enum NoticeMethod {
  /** Concerns and risks expressed to the provider formally in writing. */
  WRITTEN_NOTICE,
  /** A contract performance notice under the contract management process. */
  CONTRACT_PERFORMANCE_NOTICE
}
