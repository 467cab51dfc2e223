package org.qsurv.escalation.command;

import java.time.LocalDate;
import org.qsurv.model.Checks;
import org.qsurv.model.surveillance.Actor;

/** The checks every command's constructor shares. */
final class CommandChecks {
  private CommandChecks() {}

  /**
   * Rejects a command without a date, an actor or a rationale, with an
   * {@link IllegalArgumentException} naming the kind of command and the field. A blank rationale
   * passes: a command is a request, and the case rejects it as a value (see {@link CaseCommand}).
   */
  static void requireWhoWhenWhy(String kind, LocalDate at, Actor by, String rationale) {
    Checks.check(at != null, () -> kind + ": at is required but was absent");
    Checks.check(by != null, () -> kind + ": by is required but was absent");
    Checks.check(rationale != null,
        () -> kind + ": rationale is required but was absent (it may be blank)");
  }
}
