package org.qsurv.app.reminder;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Properties;
import org.qsurv.app.port.MailSender;
import org.qsurv.app.port.StoreException;

/**
 * The {@link MailSender} over SMTP, with Jakarta Mail (its Eclipse Angus implementation): the
 * standard Java mail API, kept by the Eclipse Foundation, rather than a hand-written SMTP client.
 * Plain-text UTF-8 messages from one sender address, through one relay (the ICB's mail relay, on
 * its own network: the relay does authentication and TLS onward).
 *
 * <pre>{@code
 * MailSender mail = new SmtpMailSender("relay.icb.nhs.uk", 25, "qsurv@icb.nhs.uk");
 * mail.send("deputy.chief.nurse@icb.nhs.uk", "qsurv reminders", "Risk R-1 ...");
 * }</pre>
 */
public final class SmtpMailSender implements MailSender {
  private final Session session;
  private final InternetAddress from;

  /**
   * A sender through the relay at {@code host}:{@code port}, from {@code from}.
   *
   * @throws IllegalArgumentException if {@code from} is not an e-mail address or the port is out
   *     of range
   */
  public SmtpMailSender(String host, int port, String from) {
    Objects.requireNonNull(host, "host");
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("SMTP port must be between 1 and 65535 but was " + port);
    }
    Properties properties = new Properties();
    properties.put("mail.smtp.host", host);
    properties.put("mail.smtp.port", Integer.toString(port));
    properties.put("mail.smtp.connectiontimeout", "10000");
    properties.put("mail.smtp.timeout", "10000");
    properties.put("mail.smtp.writetimeout", "10000");
    this.session = Session.getInstance(properties);
    this.from = address(from, "from");
  }

  @Override
  public void send(String to, String subject, String body) {
    try {
      MimeMessage message = new MimeMessage(session);
      message.setFrom(from);
      message.setRecipient(Message.RecipientType.TO, address(to, "to"));
      message.setSubject(subject, StandardCharsets.UTF_8.name());
      message.setText(body, StandardCharsets.UTF_8.name());
      Transport.send(message);
    } catch (MessagingException e) {
      throw new StoreException("could not send the message to " + to + ": " + e.getMessage(), e);
    }
  }

  /** Whether {@code text} is one e-mail address, as a message's sender or recipient must be. */
  public static boolean isAddress(String text) {
    try {
      address(text, "address");
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static InternetAddress address(String text, String field) {
    try {
      InternetAddress address = new InternetAddress(text, true);
      address.validate();
      return address;
    } catch (jakarta.mail.internet.AddressException e) {
      throw new IllegalArgumentException("mail " + field + " must be an e-mail address but was \""
          + text + "\"", e);
    }
  }
}
