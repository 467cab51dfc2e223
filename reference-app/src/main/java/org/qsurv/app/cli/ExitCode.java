package org.qsurv.app.cli;

/** The exit statuses of {@code qsurv}, as its {@code --help} lists them. */
final class ExitCode {
  /** Done. */
  static final int OK = 0;
  /** Something failed that is not the input's fault (the database is unreachable, say). */
  static final int FAILURE = 1;
  /** The input is invalid (a validation report on stderr) or the command line is wrong. */
  static final int INVALID = 2;
  /** {@code verify-audit} found a broken link in a case's hash chain. */
  static final int AUDIT_BROKEN = 3;

  private ExitCode() {}

  static final String FOOTER = "%nExit status: 0 done; 1 failure; 2 invalid input or usage "
      + "(the problems on stderr); 3 broken audit chain (verify-audit).";
}
