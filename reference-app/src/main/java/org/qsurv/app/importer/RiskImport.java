package org.qsurv.app.importer;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qsurv.app.csv.RiskCsv;
import org.qsurv.app.port.ImportBatch;
import org.qsurv.app.port.Ports;
import org.qsurv.model.framework.QualityDomain;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.risk.ConsequenceDomain;
import org.qsurv.model.risk.Risk;
import org.qsurv.model.risk.RiskId;
import org.qsurv.model.risk.RiskScore;

/**
 * Risks from CSV ({@link ImportKind#RISKS}), in the layout {@code export risks} writes
 * ({@link RiskCsv}). A risk already on the register is compared on the columns the file has: the
 * same, it is skipped; different, it is a problem (a changed score is a review, recorded through the
 * register, not an import).
 */
final class RiskImport implements CsvImport {
  private final List<Risk> risks = new ArrayList<>();
  private final List<Long> rows = new ArrayList<>();
  private final List<String> columns;
  private final List<Risk> added = new ArrayList<>();
  private long unchanged;

  /** Rows under {@code header}: only the columns it has are compared with a recorded risk. */
  RiskImport(Header header) {
    columns = RiskCsv.COLUMNS.stream().filter(header::has).toList();
  }

  @Override
  public void read(Row row) {
    RiskId id = row.required("id", RiskId::of);
    Optional<OrganisationCode> provider = row.optional("provider", OrganisationCode::of);
    String title = row.required("title", s -> s);
    Optional<String> description = row.optional("description", s -> s);
    QualityDomain domain = row.required("domain", Row.enumValue(QualityDomain.class));
    Optional<ConsequenceDomain> consequenceDomain =
        row.optional("consequence_domain", Row.enumValue(ConsequenceDomain.class));
    String owner = row.required("owner", s -> s);
    Integer likelihood = row.required("likelihood", Row.integer(1, 5));
    Integer consequence = row.required("consequence", Row.integer(1, 5));
    Optional<Integer> score = row.optional("score", Row.integer(1, 25));
    Optional<RiskScore> initial = score(row, "initial");
    Optional<RiskScore> target = score(row, "target");
    var lastReviewed = row.optional("last_reviewed", Row::date);
    List<String> controls = row.text("controls").lines().map(String::strip)
        .filter(s -> !s.isEmpty()).toList();
    if (likelihood != null && consequence != null && score.isPresent()
        && score.get() != likelihood * consequence) {
      row.problem("score", score.get().toString(), "is not likelihood x consequence ("
          + likelihood + " x " + consequence + " = " + likelihood * consequence + ")");
    }
    if (!row.ok()) {
      return;
    }
    try {
      risks.add(Risk.builder().id(id).provider(provider).title(title).description(description)
          .domain(domain).consequenceDomain(consequenceDomain).owner(owner).likelihood(likelihood)
          .consequence(consequence).initial(initial).target(target).lastReviewed(lastReviewed)
          .controls(controls).build());
      rows.add(row.number());
    } catch (IllegalArgumentException e) {
      row.problem("", "", e.getMessage());
    }
  }

  /** A score from two columns that must be both present or both empty. */
  private static Optional<RiskScore> score(Row row, String prefix) {
    Optional<Integer> likelihood = row.optional(prefix + "_likelihood", Row.integer(1, 5));
    Optional<Integer> consequence = row.optional(prefix + "_consequence", Row.integer(1, 5));
    if (likelihood.isPresent() != consequence.isPresent()) {
      String missing = likelihood.isPresent() ? prefix + "_consequence" : prefix + "_likelihood";
      row.problem(missing, "", "is required when " + (likelihood.isPresent()
          ? prefix + "_likelihood" : prefix + "_consequence") + " is given");
      return Optional.empty();
    }
    return likelihood.map(l -> RiskScore.of(l, consequence.get()));
  }

  @Override
  public void check(Ports ports, List<ImportProblem> problems) {
    KeyedRows keyed = new KeyedRows(ports, problems);
    Map<RiskId, Risk> recorded = new HashMap<>();
    ports.risks().risks().forEach(r -> recorded.put(r.id(), r));
    for (int i = 0; i < risks.size(); i++) {
      Risk risk = risks.get(i);
      long row = rows.get(i);
      if (!keyed.accept(row, risk.provider(), risk.id().value())) {
        continue;
      }
      Risk stored = recorded.get(risk.id());
      if (stored == null) {
        added.add(risk);
        continue;
      }
      List<String> differences = differences(stored, risk);
      if (differences.isEmpty()) {
        unchanged++;
      } else {
        problems.add(ImportProblem.atRow(row, "id", risk.id().value(), "is already on the "
            + "register and this row differs in " + String.join(", ", differences)
            + ": an import never changes a recorded risk (record a review instead)"));
      }
    }
  }

  private List<String> differences(Risk stored, Risk read) {
    ImmutableMap<String, String> before = RiskCsv.cells(stored);
    ImmutableMap<String, String> after = RiskCsv.cells(read);
    return columns.stream().filter(c -> !before.get(c).equals(after.get(c))).toList();
  }

  @Override
  public long unchanged() {
    return unchanged;
  }

  @Override
  public ImportBatch batch(String source, String importedBy) {
    return new ImportBatch(Optional.empty(), ImmutableList.of(), ImmutableList.of(),
        ImmutableList.of(), ImmutableList.of(), ImmutableList.copyOf(added), ImmutableList.of(),
        source, importedBy);
  }
}
