package org.qsurv.app.importer;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A CSV header row matched against the columns of an {@link ImportKind}. */
final class Header {
  private final Map<String, Integer> index;
  private final int width;

  private Header(Map<String, Integer> index, int width) {
    this.index = index;
    this.width = width;
  }

  /**
   * Matches {@code cells} against {@code kind}'s columns, reporting every missing, unknown or
   * repeated column; empty if there was any.
   */
  static Optional<Header> read(List<String> cells, ImportKind kind, List<ImportProblem> problems) {
    Map<String, String> known = new HashMap<>();
    kind.requiredColumns().forEach(c -> known.put(ImportKind.normalise(c), c));
    kind.optionalColumns().forEach(c -> known.put(ImportKind.normalise(c), c));
    Set<String> expected = new LinkedHashSet<>(kind.requiredColumns());
    expected.addAll(kind.optionalColumns());
    Map<String, Integer> index = new HashMap<>();
    int before = problems.size();
    for (int i = 0; i < cells.size(); i++) {
      String written = cells.get(i).strip();
      String column = known.get(ImportKind.normalise(written));
      if (column == null) {
        problems.add(new ImportProblem("header", written, "", "is not a column of "
            + kind.name().toLowerCase(java.util.Locale.ROOT) + " (expected "
            + String.join(", ", expected) + ")"));
      } else if (index.putIfAbsent(column, i) != null) {
        problems.add(new ImportProblem("header", written, "", "appears twice (column "
            + (index.get(column) + 1) + " and column " + (i + 1) + ")"));
      }
    }
    for (String column : kind.requiredColumns()) {
      if (!index.containsKey(column)) {
        problems.add(new ImportProblem("header", column, "", "is a required column and is missing"));
      }
    }
    return problems.size() == before ? Optional.of(new Header(index, cells.size()))
        : Optional.empty();
  }

  /** Whether the file has this column. */
  boolean has(String column) {
    return index.containsKey(column);
  }

  /** The position of a column the file has. */
  int indexOf(String column) {
    return index.get(column);
  }

  /** The number of columns in the header. */
  int width() {
    return width;
  }
}
