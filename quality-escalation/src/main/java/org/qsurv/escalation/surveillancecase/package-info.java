/**
 * The surveillance case of one provider, the aggregate of the escalation lifecycle (004 §4.4;
 * SNAPSHOT.md): {@link org.qsurv.escalation.surveillancecase.SurveillanceCase} takes a command and returns
 * an {@link org.qsurv.escalation.surveillancecase.Outcome} (events, or a
 * {@link org.qsurv.escalation.surveillancecase.Rejected} reason); its state is the fold of its events.
 *
 * <p><b>Implements:</b> routine, enhanced and intensive (NQB 2022, as applied in
 * 004 §4.4); enhanced pending a quality review meeting and step-down after three months of sustained
 * assurance (003 Appendix 1); the enhanced procedure (003 §5.2.3).
 */
@NullMarked
package org.qsurv.escalation.surveillancecase;

import org.jspecify.annotations.NullMarked;
