package org.qsurv.app.port;

/**
 * A number that moves on with every committed write to the stored data, whoever makes it: this
 * process, another {@code qsurv} command on the same database, another application node. A reader
 * that has derived something from the data (a cached assessment, a rendered chart) compares the
 * number it derived it at with the current one to know whether it may still serve it.
 *
 * <p>The reference application's database keeps it in the table {@code data_version}, moved on in
 * the same transaction as each write ({@code JdbcPorts.dataVersion(database)}). Adapters that
 * cannot tell use {@link #unchanging()}: then only the writes this process reports are seen.
 *
 * <pre>{@code
 * DataVersion version = JdbcPorts.dataVersion(database);
 * long before = version.current();
 * // ... another process imports ...
 * boolean changed = version.current() != before;
 * }</pre>
 */
@FunctionalInterface
public interface DataVersion {
  /**
   * The version as committed now: a reader that sees a number also sees every write committed with
   * it and before it.
   *
   * @throws StoreException if it cannot be read
   */
  long current();

  /** A version that never moves: for stores that cannot report one. */
  static DataVersion unchanging() {
    return () -> 0;
  }
}
