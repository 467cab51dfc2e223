/**
 * The snapshot seam: one provider's snapshot decisions replayed through the lifecycle, with the
 * outcome of each (SNAPSHOT.md assessment).
 *
 * <p><b>Implements:</b> docs/SNAPSHOT.md's {@code decisions} and the assessment's
 * per-decision outcomes: rejected decisions change nothing, later ones still apply.
 */
@NullMarked
package org.qsurv.escalation.replay;

import org.jspecify.annotations.NullMarked;
