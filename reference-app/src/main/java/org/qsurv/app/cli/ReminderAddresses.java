package org.qsurv.app.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qsurv.app.reminder.SmtpMailSender;

/**
 * The owners' own reminder addresses of {@code serve --reminder-address OWNER=ADDRESS}: OWNER
 * exactly as the data names a risk's or action's owner (a role title more often than a person),
 * then {@code =}, then one e-mail address; spaces around either are dropped. An entry without
 * {@code =}, with an empty owner or an address that is not one, or naming an owner already given
 * is refused with the entry: an owner's digest must never go to a mailbox nobody meant (H48).
 */
final class ReminderAddresses {
  private ReminderAddresses() {}

  /**
   * The addresses of {@code entries}, by owner.
   *
   * @throws IllegalArgumentException naming the first bad entry and what is wrong with it
   */
  static Map<String, String> parse(List<String> entries) {
    Map<String, String> addresses = new LinkedHashMap<>();
    for (String entry : entries) {
      int equals = entry.indexOf('=');
      if (equals < 0) {
        throw new IllegalArgumentException("must be OWNER=ADDRESS but was \"" + entry + "\"");
      }
      String owner = entry.substring(0, equals).strip();
      String address = entry.substring(equals + 1).strip();
      if (owner.isEmpty()) {
        throw new IllegalArgumentException("must name an owner before = but was \"" + entry
            + "\"");
      }
      if (!SmtpMailSender.isAddress(address)) {
        throw new IllegalArgumentException("must give " + owner + " an e-mail address but was \""
            + entry + "\"");
      }
      if (addresses.putIfAbsent(owner, address) != null) {
        throw new IllegalArgumentException("names " + owner + " twice: \"" + entry + "\" after "
            + owner + "=" + addresses.get(owner));
      }
    }
    return Map.copyOf(addresses);
  }
}
