package org.qsurv.app.port;

/**
 * A store could not do what was asked for a reason outside the caller's control: the database is
 * unreachable, a disk is full, a constraint the caller could not have checked failed. Nothing of the
 * failed write was kept (every write of a port is atomic).
 */
public class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  public StoreException(String message) {
    super(message);
  }
}
