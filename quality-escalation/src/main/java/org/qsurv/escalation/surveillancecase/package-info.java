/**
 * The surveillance case of one provider, the aggregate of the escalation lifecycle (DOMAIN.md §6;
 * SNAPSHOT.md): {@link org.qsurv.escalation.surveillancecase.SurveillanceCase} takes a command and returns
 * an {@link org.qsurv.escalation.surveillancecase.Outcome} (events, or a
 * {@link org.qsurv.escalation.surveillancecase.Rejected} reason); its state is the fold of its events.
 */
package org.qsurv.escalation.surveillancecase;
