/**
 * Read models: the surveillance tracker (003 Appendix 1), a case's timeline, and a case as it stood
 * on any past date.
 *
 * <p><b>Implements:</b> 003 Appendix 1 (every provider in enhanced is on the surveillance
 * tracker, with its actions), the audit trail of 003 §3, and what the ICB knew on a past date
 * (the fold of the events up to it).
 */
@NullMarked
package org.qsurv.escalation.view;

import org.jspecify.annotations.NullMarked;
