/**
 * Commands: what people ask to do to a case. The lifecycle decisions of SNAPSHOT.md
 * ({@link org.qsurv.escalation.command.TakeDecision}), triggers, the steps of the enhanced procedure
 * (003 §5.2.3 a-e), NHS England's steps, contractual levers (001 §7.3) and corrections.
 *
 * <p><b>Implements:</b> the decisions of 003 §5.2 and Appendix 1, the enhanced
 * procedure of 003 §5.2.3 a-e, NHS England's steps (003 §5.2.3 a, Appendix 2), the contractual levers
 * of 001 §7.3, and corrections as new records (003 §5.2.3 a).
 */
@NullMarked
package org.qsurv.escalation.command;

import org.jspecify.annotations.NullMarked;
