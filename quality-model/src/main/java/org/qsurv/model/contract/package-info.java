/**
 * Contract quality meetings with providers: when they were held (or why not), and the actions
 * their logs record.
 *
 * <p><b>Implements:</b> 003 §5.1.2 (CQPGs are compulsory; minutes or action logs kept for every
 * contract review meeting; a meeting not held to the contract's timescale is formally
 * documented); 000 §8.7 (contractual quality review meetings quarterly); 001 §6.4 (CQRMs, the
 * main vehicle for holding providers to account).
 */
@NullMarked
package org.qsurv.model.contract;

import org.jspecify.annotations.NullMarked;
