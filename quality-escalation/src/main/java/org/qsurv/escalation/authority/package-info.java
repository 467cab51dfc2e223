/**
 * Who may take each action at each level: the authority table of SNAPSHOT.md, as validated
 * data that no local policy may bend against the national rules.
 */
package org.qsurv.escalation.authority;
