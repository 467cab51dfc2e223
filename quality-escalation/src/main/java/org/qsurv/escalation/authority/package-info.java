/**
 * Who may take each action at each level: the authority table of SNAPSHOT.md, as validated
 * data that no local policy may bend against the national rules.
 *
 * <p><b>Implements:</b> who authorises entry to each level (the ICB
 * for enhanced, NHS England for intensive; NQB 2022 as applied in 004 §4.4), the Chief Nurse's
 * involvement at enhanced (003) and deep dives authorised at Director level (001 §7.1).
 */
@NullMarked
package org.qsurv.escalation.authority;

import org.jspecify.annotations.NullMarked;
