package org.qsurv.app.jdbc;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.qsurv.app.importer.ImportPlan;
import org.qsurv.app.importer.Importer;
import org.qsurv.app.port.CaseId;
import org.qsurv.app.port.CaseStore;
import org.qsurv.app.port.Ports;
import org.qsurv.app.port.StoredEvent;

/**
 * The process {@link CrashTest} kills with {@code kill -9}. It reports on standard output each step
 * it has completed, so that the test knows what was committed before the kill:
 * <ul>
 *   <li>{@code import URL FILE}: validates and imports the CSV, printing {@code VALIDATED n}, then
 *       {@code PROGRESS done total} as batches are sent (inside the open transaction), and
 *       {@code COMMITTED} after the commit;</li>
 *   <li>{@code decide URL CASE}: appends one event at a time to the case, forever, printing
 *       {@code COMMITTED version hash} after each append has committed.</li>
 * </ul>
 */
public final class CrashChild {
  private CrashChild() {}

  public static void main(String[] args) throws Exception {
    String mode = args[0];
    try (Database db = Database.open(args[1], Optional.empty(), Optional.empty())) {
      Ports ports = JdbcPorts.open(db, Clock.systemUTC());
      if (mode.equals("import")) {
        importFile(ports, Path.of(args[2]));
      } else {
        decideForever(ports.cases(), CaseId.of(args[2]));
      }
    }
  }

  private static void importFile(Ports ports, Path file) throws Exception {
    Importer importer = new Importer(ports);
    ImportPlan plan;
    try (InputStream in = Files.newInputStream(file)) {
      plan = importer.plan(file.getFileName().toString(), Optional.empty(), in, "crash-child");
    }
    if (!plan.isValid()) {
      report("INVALID " + plan.problems().subList(0, Math.min(5, plan.problems().size())));
      System.exit(2);
    }
    report("VALIDATED " + plan.batch().orElseThrow().size());
    importer.write(plan, (done, total) -> report("PROGRESS " + done + " " + total));
    report("COMMITTED");
  }

  private static void decideForever(CaseStore cases, CaseId id) {
    long version = cases.version(id);
    List<StoredEvent> log = cases.events(id);
    String head = log.isEmpty() ? Chains.GENESIS : Chains.head(log);
    while (true) {
      List<StoredEvent> events = Chains.events(head, 1, "child-" + version);
      version = cases.append(id, version, events);
      head = Chains.head(events);
      report("COMMITTED " + version + " " + head);
    }
  }

  private static void report(String line) {
    System.out.println(line);
    System.out.flush();
  }
}
