package org.qsurv.app.bench;

import java.io.InputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.qsurv.app.Fixtures;
import org.qsurv.app.importer.ImportPlan;
import org.qsurv.app.importer.Importer;
import org.qsurv.app.jdbc.Database;
import org.qsurv.app.jdbc.JdbcPorts;
import org.qsurv.app.jdbc.TestDatabase;
import org.qsurv.app.port.ImportSink.ImportReceipt;
import org.qsurv.app.port.Ports;
import org.qsurv.app.port.Progress;

/**
 * Measures the import of 1,000,000 observations from CSV (aim: under 5 s, docs/scale.md) and
 * prints the figures; it asserts nothing. Not a test: run it by hand on a quiet machine, e.g.
 *
 * <pre>
 * ./mvnw -q -pl reference-app -am test-compile
 * java -cp "$(cat cp.txt):reference-app/target/classes:reference-app/target/test-classes" \
 *     org.qsurv.app.bench.ImportBenchmark [JDBC-URL]
 * </pre>
 *
 * <p>Without a URL (or with {@code h2}) it uses a new H2 file in a temporary directory. The data:
 * 2,000 providers x 20 monthly indicators x 25 months (a history load), or the shape given after
 * the URL, e.g. {@code h2 50000 20 1} for a month of 50,000 providers (a national monthly
 * return); loaded into a database that already holds the providers and indicators.
 */
public final class ImportBenchmark {
  private static final int PROVIDERS = 2_000;
  private static final int INDICATORS = 20;
  private static final int MONTHS = 25;
  private static final int PROVIDERS_ARG = 1;

  private ImportBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path dir = TestDatabase.temporaryDirectory();
    String url = args.length > 0 && !args[0].equals("h2") ? args[0]
        : "jdbc:h2:file:" + dir.resolve("qsurv");
    boolean shaped = args.length > PROVIDERS_ARG + 2;
    int providers = shaped ? Integer.parseInt(args[PROVIDERS_ARG]) : PROVIDERS;
    int indicators = shaped ? Integer.parseInt(args[PROVIDERS_ARG + 1]) : INDICATORS;
    int months = shaped ? Integer.parseInt(args[PROVIDERS_ARG + 2]) : MONTHS;
    try (Database db = Database.open(url, Optional.empty(), Optional.empty())) {
      Ports ports = JdbcPorts.open(db, Clock.systemUTC());
      Importer importer = new Importer(ports);
      importer.write(importer.plan(Fixtures.skeleton(providers, indicators), "skeleton", "bench"),
          Progress.none());
      Path csv = Fixtures.observationsCsv(dir.resolve("observations.csv"), providers, indicators,
          months);
      System.out.printf("database: %s%nfile: %,d rows, %,d bytes%n", db,
          (long) providers * indicators * months, Files.size(csv));

      long cpu0 = cpuNanos();
      long gc0 = gcMillis();
      long thread0 = threadNanos();
      long t0 = System.nanoTime();
      ImportPlan plan;
      try (InputStream in = Files.newInputStream(csv)) {
        plan = importer.plan(csv.getFileName().toString(), Optional.empty(), in, "bench");
      }
      long t1 = System.nanoTime();
      long thread1 = threadNanos();
      if (!plan.isValid()) {
        throw new IllegalStateException("invalid: " + plan.problems().subList(0, 5));
      }
      ImportReceipt receipt = importer.write(plan, Progress.none());
      long t2 = System.nanoTime();
      long thread2 = threadNanos();
      long cpu = cpuNanos() - cpu0;
      Runtime rt = Runtime.getRuntime();
      System.out.printf("read and validate: %.1f s%nwrite (one transaction): %.1f s%n"
              + "total: %.1f s for %,d rows (%,.0f rows/s); process CPU %.1f s%n"
              + "heap in use after: %,d MB (max %,d MB)%n",
          (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t2 - t0) / 1e9, receipt.rows(),
          receipt.rows() / ((t2 - t0) / 1e9), cpu / 1e9,
          (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
      System.out.printf("importing thread CPU: read and validate %.1f s, write %.1f s; "
              + "collector pauses %.1f s%n", (thread1 - thread0) / 1e9,
          (thread2 - thread1) / 1e9, (gcMillis() - gc0) / 1e3);
      System.out.printf("observations stored: %,d%n", ports.observations().observationCount());
    } finally {
      TestDatabase.deleteRecursively(dir);
    }
  }

  private static long threadNanos() {
    return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
  }

  private static long gcMillis() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
  }

  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
        ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }
}
