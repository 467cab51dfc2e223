/**
 * Indicators and their returns: what an indicator measures and how it is judged (polarity,
 * red / amber / green thresholds, target, planned trajectory), reporting periods, and observations,
 * including a missing return.
 *
 * <p><b>Implements:</b> routine monitoring: monthly or quarterly indicators from
 * provider dashboards and contract schedules (003 §5.1.1; 000 §6.8; 001 §6.7.2), "a quality
 * thresholds guide with examples of tolerance levels" (003 §5.2.1), planned trajectories (003
 * §5.2.2), and a missing return as a finding (003 §5.1.2; 001 §7.3).
 */
@NullMarked
package org.qsurv.model.indicator;

import org.jspecify.annotations.NullMarked;
