package org.qsurv.model.snapshot;

import java.util.Objects;

/**
 * One problem found in a snapshot: where, as a JSON path such as {@code $.risks[3].likelihood},
 * and what, such as {@code 7 is not between 1 and 5} (SNAPSHOT.md).
 *
 * @since 0.1.0
 */
public final class SnapshotProblem implements Comparable<SnapshotProblem> {
  private final String path;
  private final String message;

  private SnapshotProblem(String path, String message) {
    this.path = Objects.requireNonNull(path, "path");
    this.message = Objects.requireNonNull(message, "message");
  }

  /** A problem at {@code path}. */
  public static SnapshotProblem at(String path, String message) {
    return new SnapshotProblem(path, message);
  }

  /** The JSON path of the offending value, starting {@code $}. */
  public String path() {
    return path;
  }

  /** What is wrong with it. */
  public String message() {
    return message;
  }

  @Override
  public int compareTo(SnapshotProblem other) {
    return path.compareTo(other.path);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SnapshotProblem && ((SnapshotProblem) o).path.equals(path)
        && ((SnapshotProblem) o).message.equals(message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, message);
  }

  /** {@code path: message}, the line SNAPSHOT.md prints on stderr. */
  @Override
  public String toString() {
    return path + ": " + message;
  }
}
