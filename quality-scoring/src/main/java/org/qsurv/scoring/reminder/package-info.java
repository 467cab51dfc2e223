/**
 * Reminders: what is due, and to whom, as of a date, and the daily digest that sends each once.
 *
 * <p><b>Implements:</b> risk reviews at the intervals of the 5x5 matrix (NPSA 2008; 004 §4.4: 15
 * and above at least monthly), intelligence triaged within the week (004 §4.3), learning responses
 * by their due dates (002 QAF ¶40-41; PSIRF) and improvement-plan and meeting actions by theirs
 * (003 §5.1.2, §5.2.3 e). Pure: the date, the snapshot and the policies come in as arguments.
 */
@NullMarked
package org.qsurv.scoring.reminder;

import org.jspecify.annotations.NullMarked;
