/**
 * NHS England's steps (intelligence-sharing calls, single-item QSGs, risk summits, the Quality Risk
 * Profile; 003 §5.2.3 a, Appendix 1 and 2) and the contractual levers of 001 §7.3.
 *
 * <p><b>Implements:</b> 003 §5.2.3 a, Appendix 1 and Appendix 2; 001 §7.2 (risk summit) and
 * §7.3 (informal query, contract performance notice, remedial action plan, withheld payments,
 * exception report, suspension, decommissioning).
 */
@NullMarked
package org.qsurv.escalation.levers;

import org.jspecify.annotations.NullMarked;
