/**
 * Routine monitoring against tolerance levels (003 §5.2.1; DOMAIN.md §3): red / amber / green
 * bands by polarity ({@link org.qsurv.scoring.threshold.ThresholdBand}), targets, planned
 * trajectories, and missing returns as findings rather than silent gaps.
 */
package org.qsurv.scoring.threshold;
