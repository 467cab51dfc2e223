package org.qsurv.app.importer;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qsurv.app.port.ImportBatch;
import org.qsurv.app.port.Ports;
import org.qsurv.model.framework.QualityDomain;
import org.qsurv.model.intelligence.IntelligenceId;
import org.qsurv.model.intelligence.IntelligenceItem;
import org.qsurv.model.intelligence.IntelligenceSource;
import org.qsurv.model.intelligence.Nature;
import org.qsurv.model.organisation.OrganisationCode;

/** Intelligence items from CSV ({@link ImportKind#INTELLIGENCE}). */
final class IntelligenceImport implements CsvImport {
  private final List<IntelligenceItem> items = new ArrayList<>();
  private final List<Long> rows = new ArrayList<>();
  private final boolean reporters;
  private final boolean sensitivity;
  private final List<IntelligenceItem> added = new ArrayList<>();
  private long unchanged;

  /**
   * Rows under {@code header}: a file without a reported_by or sensitive column leaves those of a
   * recorded item as they are, so they are not compared.
   */
  IntelligenceImport(Header header) {
    reporters = header.has("reported_by");
    sensitivity = header.has("sensitive");
  }

  @Override
  public void read(Row row) {
    IntelligenceId id = row.required("id", IntelligenceId::of);
    OrganisationCode provider = row.required("provider", OrganisationCode::of);
    var received = row.required("received", Row::date);
    IntelligenceSource source = row.required("source", Row.enumValue(IntelligenceSource.class));
    Nature nature = row.required("nature", Row.enumValue(Nature.class));
    QualityDomain domain = row.required("domain", Row.enumValue(QualityDomain.class));
    String summary = row.required("summary", s -> s);
    Optional<String> reportedBy = row.optional("reported_by", s -> s);
    boolean sensitive = row.optional("sensitive", Row::bool).orElse(false);
    if (!row.ok()) {
      return;
    }
    try {
      items.add(IntelligenceItem.builder().id(id).provider(provider).received(received)
          .source(source).nature(nature).domain(domain).summary(summary).reportedBy(reportedBy)
          .sensitive(sensitive).build());
      rows.add(row.number());
    } catch (IllegalArgumentException e) {
      row.problem("sensitive", row.text("sensitive"), e.getMessage());
    }
  }

  @Override
  public void check(Ports ports, List<ImportProblem> problems) {
    KeyedRows keyed = new KeyedRows(ports, problems);
    Map<IntelligenceId, IntelligenceItem> recorded = new HashMap<>();
    ports.intelligence().intelligence().forEach(i -> recorded.put(i.id(), i));
    for (int i = 0; i < items.size(); i++) {
      IntelligenceItem item = items.get(i);
      long row = rows.get(i);
      if (!keyed.accept(row, Optional.of(item.provider()), item.id().value())) {
        continue;
      }
      IntelligenceItem stored = recorded.get(item.id());
      if (stored == null) {
        added.add(item);
      } else if (same(stored, item)) {
        unchanged++;
      } else {
        problems.add(ImportProblem.atRow(row, "id", item.id().value(), "is already recorded with "
            + "different content: an import never changes recorded intelligence (record a new "
            + "item instead)"));
      }
    }
  }


  private boolean same(IntelligenceItem stored, IntelligenceItem read) {
    IntelligenceItem.Builder comparable = IntelligenceItem.builder().from(stored);
    if (!reporters) {
      comparable.reportedBy(read.reportedBy());
    }
    if (!sensitivity) {
      comparable.sensitive(read.sensitive());
    }
    return comparable.build().equals(read);
  }

  @Override
  public long unchanged() {
    return unchanged;
  }

  @Override
  public ImportBatch batch(String source, String importedBy) {
    return new ImportBatch(Optional.empty(), ImmutableList.of(), ImmutableList.of(),
        ImmutableList.of(), ImmutableList.copyOf(added), ImmutableList.of(), ImmutableList.of(),
        source, importedBy);
  }
}
