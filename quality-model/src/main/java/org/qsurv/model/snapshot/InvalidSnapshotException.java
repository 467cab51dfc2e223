package org.qsurv.model.snapshot;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a {@link Snapshot} is built from parts that break its rules (a dangling reference,
 * a duplicate id...). It carries every problem, each with its JSON path.
 *
 * @since 0.1.0
 */
public final class InvalidSnapshotException extends IllegalArgumentException {
  /** Every problem found, in path order. */
  private final ImmutableList<SnapshotProblem> problems;

  InvalidSnapshotException(List<SnapshotProblem> problems) {
    super(problems.stream().map(SnapshotProblem::toString).collect(Collectors.joining("\n")));
    this.problems = ImmutableList.copyOf(problems);
  }

  /** Every problem found, in path order. */
  public ImmutableList<SnapshotProblem> problems() {
    return problems;
  }
}
