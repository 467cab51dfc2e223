package org.qsurv.model.snapshot;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Objects;

/**
 * The bytes of a snapshot document, read by position: what {@link BulkSnapshotReader} reads, so
 * that several threads can each read their own part of a national file. The library does no I/O
 * of its own: a caller with a file maps it ({@code FileChannel.map}) and hands the mapped windows
 * to {@link #of(List)}, or implements this over its {@code FileChannel} (positional reads are
 * safe from several threads); {@link #of(byte[])} serves a document already in memory.
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

  /**
   * The bytes of a document held in consecutive buffers, the first from position 0, each read from
   * its index 0 to its limit: the windows of a file the caller has mapped (a mapping holds at most
   * 2 GB), so that a read is one copy out of the operating system's cache, not a system call into
   * a temporary buffer and a second copy. Reads use absolute gets, so several threads may read at
   * once; the buffers must not change while read.
   *
   * @since 1.0.0
   */
  static SnapshotBytes of(List<ByteBuffer> windows) {
    List<ByteBuffer> parts = List.copyOf(windows);
    long[] starts = new long[parts.size() + 1];
    for (int k = 0; k < parts.size(); k++) {
      starts[k + 1] = starts[k] + parts.get(k).limit();
    }
    return new SnapshotBytes() {
      @Override
      public long size() {
        return starts[parts.size()];
      }

      @Override
      public void read(long position, byte[] into, int offset, int length) {
        Objects.checkFromIndexSize(position, length, size());
        if (length == 0) {
          return;
        }
        int k = 0;
        while (starts[k + 1] <= position) {
          k++;
        }
        long at = position;
        int done = 0;
        while (done < length) {
          int from = (int) (at - starts[k]);
          int n = (int) Math.min(length - done, starts[k + 1] - at);
          parts.get(k).get(from, into, offset + done, n);
          done += n;
          at += n;
          k++;
        }
      }
    };
  }

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
