/**
 * The snapshot seam: one provider's snapshot decisions replayed through the lifecycle, with the
 * outcome of each (SNAPSHOT.md assessment).
 */
package org.qsurv.escalation.replay;
