package org.qsurv.scoring.triangulation;

/**
 * How much concern the triangulated intelligence about a provider raises in one domain.
 *
 * @since 0.1.0
 */
public enum ConcernLevel {
  /** No recent intelligence and no indicator of concern. */
  NONE,
  /** Some concern, from one source or old intelligence. */
  LOW,
  /** Concern from two or more independent sources, or much from one. */
  MEDIUM,
  /** Recent concern corroborated across several independent sources. */
  HIGH
}
