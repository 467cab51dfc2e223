package org.qsurv.model.snapshot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * A document handed in as consecutive windows (as a caller maps a national file, 2 GB at most a
 * mapping) reads as the same bytes as the document in one array, whatever the cuts and however a
 * read straddles them; a read outside the document is refused and copies nothing.
 */
class SnapshotBytesTest {
  private static SnapshotBytes windows(byte[] document, List<Integer> cuts) {
    List<Integer> at = new ArrayList<>();
    for (int c : cuts) {
      at.add(Math.floorMod(c, document.length + 1));
    }
    at.add(0);
    at.add(document.length);
    at.sort(null);
    List<ByteBuffer> parts = new ArrayList<>();
    for (int k = 1; k < at.size(); k++) {
      // Buffers of their own, so that a window's index 0 is its first byte.
      parts.add(ByteBuffer.wrap(Arrays.copyOfRange(document, at.get(k - 1), at.get(k))));
    }
    return SnapshotBytes.of(parts);
  }

  /** Every range of the windows holds the document's bytes of that range (empty windows too). */
  @Property
  void anyRangeOfTheWindowsIsTheDocumentsBytes(@ForAll @Size(min = 1, max = 300) byte[] document,
      @ForAll @Size(max = 6) List<Integer> cuts, @ForAll @IntRange(min = 0, max = 300) int from,
      @ForAll @IntRange(min = 0, max = 300) int length) throws java.io.IOException {
    SnapshotBytes bytes = windows(document, cuts);
    assertEquals(document.length, bytes.size());
    int start = Math.min(from, document.length);
    int n = Math.min(length, document.length - start);
    byte[] into = new byte[n + 2];
    bytes.read(start, into, 1, n);
    assertArrayEquals(Arrays.copyOfRange(document, start, start + n),
        Arrays.copyOfRange(into, 1, n + 1));
  }

  /** A read beyond the end is refused naming the range, and the target is left as it was. */
  @Test
  void aReadBeyondTheEndIsRefused() throws Exception {
    SnapshotBytes bytes = windows(new byte[] {1, 2, 3, 4, 5}, List.of(2));
    byte[] into = new byte[8];
    IndexOutOfBoundsException e =
        assertThrows(IndexOutOfBoundsException.class, () -> bytes.read(3, into, 0, 3));
    assertEquals("Range [3, 3 + 3) out of bounds for length 5", e.getMessage());
    assertArrayEquals(new byte[8], into);
  }

  /** A snapshot read in bulk from windows is the snapshot read from the array. */
  @Test
  void aSnapshotReadFromWindowsIsTheSnapshotReadFromTheArray() throws Exception {
    byte[] json;
    try (var in = getClass().getResourceAsStream("/snapshots/example.json")) {
      json = in.readAllBytes();
    }
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      BulkSnapshotReader.Result whole = BulkSnapshotReader.read(json, pool);
      BulkSnapshotReader.Result windowed = BulkSnapshotReader.read(
          windows(json, List.of(1, 777, json.length / 2, json.length - 3)), pool, () -> {
            throw new AssertionError("a valid plain snapshot is read in bulk");
          }, 64);
      assertEquals(whole.snapshot().parts(), windowed.snapshot().parts());
      BulkSnapshotReaderTest.assertSameColumns(whole.snapshot().observations(),
          windowed.snapshot().observations());
    } finally {
      pool.shutdownNow();
    }
  }
}
