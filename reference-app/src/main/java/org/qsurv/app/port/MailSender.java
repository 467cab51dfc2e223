package org.qsurv.app.port;

/**
 * Sends one plain-text message: the port through which the reference application sends the
 * owners' reminder digests. The reference application's adapter speaks SMTP
 * ({@code org.qsurv.app.reminder.SmtpMailSender}); an embedding system plugs in its own.
 */
public interface MailSender {
  /**
   * Sends {@code body} to {@code to} under {@code subject}.
   *
   * @throws StoreException if the message could not be handed over
   */
  void send(String to, String subject, String body);
}
