/**
 * The enhanced procedure of 003 §5.2.3 a-e, tracked step by step: the ICB quality lead, the
 * formal notice, the baseline review, key risks, feedback and responses, and the provider-owned
 * improvement plan.
 *
 * <p><b>Implements:</b> 003 §5.2.3 a-e and e's exit: back to "business as usual" once actions
 * are embedded with effective monitoring.
 */
@NullMarked
package org.qsurv.escalation.procedure;

import org.jspecify.annotations.NullMarked;
