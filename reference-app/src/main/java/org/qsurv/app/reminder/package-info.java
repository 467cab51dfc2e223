/**
 * The reminders of the reference application: the daily job that fills the outbox
 * ({@link org.qsurv.app.port.ReminderOutbox}, migration V8) from the reminders model of
 * {@code org.qsurv.scoring.reminder}, each reminder once by its key, and the daily digests that
 * send each owner's through the {@link org.qsurv.app.port.MailSender} port (SMTP adapter:
 * {@link org.qsurv.app.reminder.SmtpMailSender}).
 */
@NullMarked
package org.qsurv.app.reminder;

import org.jspecify.annotations.NullMarked;
