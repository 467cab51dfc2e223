/**
 * Routine monitoring against tolerance levels (003 §5.2.1): red / amber / green
 * bands by polarity ({@link org.qsurv.scoring.threshold.ThresholdBand}), targets, planned
 * trajectories, and missing returns as findings rather than silent gaps.
 *
 * <p><b>Implements:</b> 003 §5.2.1 (tolerance levels), 003 §5.2.2 (planned trajectories),
 * 003 §5.1.2 and 001 §7.3 (a return not made, or information not forthcoming, is a finding).
 */
@NullMarked
package org.qsurv.scoring.threshold;

import org.jspecify.annotations.NullMarked;
