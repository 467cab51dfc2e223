/**
 * The triggers for enhanced surveillance (003 §5.2.1) and for a risk summit (001 §7.2) as named
 * rules over indicators, intelligence and risks, each firing with its evidence and reason
 * ({@link org.qsurv.scoring.trigger.Triggers}).
 *
 * <p><b>Implements:</b> 003 §5.2.1 and Appendix 1 (triggers for enhanced surveillance:
 * "usually a combination") and 001 §7.2 (triggers for a risk summit).
 */
@NullMarked
package org.qsurv.scoring.trigger;

import org.jspecify.annotations.NullMarked;
