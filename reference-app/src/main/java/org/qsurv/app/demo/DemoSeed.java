package org.qsurv.app.demo;

import java.util.Optional;
import org.qsurv.app.importer.ImportPlan;
import org.qsurv.app.importer.Importer;
import org.qsurv.app.port.ImportSink.ImportReceipt;
import org.qsurv.app.port.Ports;
import org.qsurv.app.port.Progress;
import org.qsurv.app.port.User;

/**
 * Fills an empty database with the demo data set, through the same validated, all-or-nothing
 * import as any other data (its escalation cases told as whole stories, {@link DemoDataSet#cases}),
 * and records the demo's users in the directory.
 */
public final class DemoSeed {
  private DemoSeed() {}

  /**
   * Imports the demo data set of {@code seed} if the database holds no provider yet, and records
   * the demo's users if the database holds the demo and no users (a process stopped between the
   * import and the users gets them on its next start).
   *
   * @return what was imported, or empty if the database was not empty
   * @throws IllegalStateException if the demo data set does not validate (a bug)
   */
  public static Optional<ImportReceipt> seedIfEmpty(Ports ports, long seed, String importedBy,
      Progress progress) {
    Optional<ImportReceipt> receipt = Optional.empty();
    DemoDataSet demo = null;
    if (ports.directory().providers().isEmpty()) {
      demo = DemoDataSet.generate(seed);
      Importer importer = new Importer(ports);
      ImportPlan plan = importer.plan(demo.snapshot(), demo.cases(),
          "demo data set (seed " + seed + ")",
          importedBy);
      if (!plan.isValid()) {
        throw new IllegalStateException("the demo data set does not import: " + plan.problems());
      }
      receipt = Optional.of(importer.write(plan, progress));
    }
    boolean holdsDemo = ports.directory().provider(Cast.ACUTE_CODE).isPresent();
    if (holdsDemo && ports.directory().users().isEmpty()) {
      for (User user : (demo != null ? demo : DemoDataSet.generate(seed)).users()) {
        ports.directory().saveUser(user);
      }
    }
    return receipt;
  }
}
