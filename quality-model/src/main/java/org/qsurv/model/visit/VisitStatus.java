package org.qsurv.model.visit;

/**
 * Where a visit is in its life: planned, done or cancelled.
 *
 * @since 1.0.0
 */
public enum VisitStatus {
  /** Planned for its date; overdue once the date has passed and it is still not done. */
  PLANNED,
  /** Done on its date; only a done visit has findings. */
  DONE,
  /** Cancelled: it will not take place on its date. */
  CANCELLED
}
