package org.qsurv.model.incident;

/**
 * What the commissioner's review of a learning response decided (002 QAF ¶40).
 *
 * @since 1.0.0
 */
public enum ReviewOutcome {
  /** Lessons identified, recommendations and action plan credible: the response is accepted. */
  ACCEPTED,
  /** The provider is asked for more information before the response can be accepted. */
  MORE_INFORMATION
}
