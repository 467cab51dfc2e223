/**
 * Levels of surveillance (routine, enhanced, intensive), the roles of the people who decide, and
 * decisions as recorded: who decided, in what role, when and why.
 *
 * <p><b>Implements:</b> the three levels of the NQB 2022 guidance as applied in 004
 * §4.4 (003 uses routine and enhanced), who authorises entry, and "an audit trail of actions and
 * rationale for decisions made" (003). The lifecycle itself is in quality-escalation.
 */
@NullMarked
package org.qsurv.model.surveillance;

import org.jspecify.annotations.NullMarked;
