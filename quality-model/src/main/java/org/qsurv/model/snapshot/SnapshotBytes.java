package org.qsurv.model.snapshot;

import java.io.IOException;
import java.util.Objects;

/**
 * The bytes of a snapshot document, read by position: what {@link BulkSnapshotReader} reads, so
 * that several threads can each read their own part of a national file. The library does no I/O
 * of its own: a caller with a file implements this over its {@code FileChannel} (positional reads
 * are safe from several threads); {@link #of(byte[])} serves a document already in memory.
 *
 * @since 1.0.0
 */
public interface SnapshotBytes {
  /** The length of the document in bytes. */
  long size();

  /**
   * Copies {@code length} bytes from {@code position} into {@code into} at {@code offset}; the
   * range lies within {@link #size()}. May be called from several threads at once.
   *
   * @throws IOException if the caller's storage fails
   */
  void read(long position, byte[] into, int offset, int length) throws IOException;

  /** The bytes of a document in memory (not copied: the array must not change while read). */
  static SnapshotBytes of(byte[] document) {
    Objects.requireNonNull(document, "document");
    return new SnapshotBytes() {
      @Override
      public long size() {
        return document.length;
      }

      @Override
      public void read(long position, byte[] into, int offset, int length) {
        System.arraycopy(document, Math.toIntExact(position), into, offset, length);
      }
    };
  }
}
