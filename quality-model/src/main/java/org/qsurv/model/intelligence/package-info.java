/**
 * Hard and soft intelligence about a provider: its source, its nature and the quality domain it
 * concerns, with sensitive soft intelligence (a whistleblower's account) withheld from the
 * provider's own users.
 *
 * <p><b>Implements:</b> the sources of 000 §6.9 and §7, 002 §3.1 and 003 §5.1.2
 * (complaints, incidents, safeguarding, whistleblowing, CQC, coroners, media, quality visits...),
 * which quality-scoring triangulates (002 footnote 14).
 */
@NullMarked
package org.qsurv.model.intelligence;

import org.jspecify.annotations.NullMarked;
