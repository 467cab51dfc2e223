package org.qsurv.app.importer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.qsurv.app.port.Ports;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.organisation.Provider;

/**
 * The checks every keyed row of an intelligence or risk import shares: its provider is recorded,
 * and its id is not repeated in the file. What a row may do to a record already stored differs by
 * kind and stays with each import.
 */
final class KeyedRows {
  private final Set<OrganisationCode> providers;
  private final Map<String, Long> firstRow = new HashMap<>();
  private final List<ImportProblem> problems;

  KeyedRows(Ports ports, List<ImportProblem> problems) {
    this.providers = ports.directory().providers().stream().map(Provider::code)
        .collect(Collectors.toSet());
    this.problems = problems;
  }

  /** Whether the row passes both checks; each one it fails is recorded as a problem. */
  boolean accept(long row, Optional<OrganisationCode> provider, String id) {
    boolean ok = true;
    if (provider.isPresent() && !providers.contains(provider.get())) {
      problems.add(ImportProblem.atRow(row, "provider", provider.get().value(),
          "is not a recorded provider (providers are added by importing a snapshot)"));
      ok = false;
    }
    Long earlier = firstRow.putIfAbsent(id, row);
    if (earlier != null) {
      problems.add(ImportProblem.atRow(row, "id", id, "repeats row " + earlier));
      ok = false;
    }
    return ok;
  }
}
