/**
 * Risks on a commissioner's register: likelihood and consequence on the NHS 5x5 matrix, the NPSA
 * consequence domain they were judged in, controls, initial / current / target scores and the
 * review history. quality-scoring rates them and works out when each review is due.
 *
 * <p><b>Implements:</b> the risk register (004 §4.4; 000 §6.5) and the NPSA
 * <em>A risk matrix for risk managers</em> (2008), score = likelihood x consequence, 1-25.
 */
@NullMarked
package org.qsurv.model.risk;

import org.jspecify.annotations.NullMarked;
