package org.qsurv.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.qsurv.app.jdbc.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code qsurv backup FILE}: a consistent SQL copy of an H2 database (H2's {@code SCRIPT TO});
 * PostgreSQL is backed up with {@code pg_dump}.
 */
@Command(name = "backup", mixinStandardHelpOptions = true,
    description = {"Writes a consistent copy of the H2 database to FILE as SQL: the schema, "
        + "every row and the migration history. H2 lets one process at a time open its file: "
        + "stop serve first (PostgreSQL's pg_dump works while qsurv runs). Restore "
        + "into a new, empty database with: java -cp qsurv.jar org.h2.tools.RunScript -url "
        + "jdbc:h2:file:./restored/qsurv -user sa -script FILE. For PostgreSQL use pg_dump "
        + "(docs/operations.md)."},
    footer = ExitCode.FOOTER)
final class BackupCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  DatabaseOptions database;

  @Parameters(paramLabel = "FILE", description = "Where to write the copy; it must not exist.")
  Path file;

  @Override
  public Integer call() {
    if (Files.exists(file)) {
      throw new ParameterException(spec.commandLine(), "FILE " + file + " exists already: "
          + "choose a new name, so that no backup is overwritten");
    }
    PrintWriter out = spec.commandLine().getOut();
    try (Database db = database.openExisting()) {
      db.backupTo(file);
      out.printf("Backed up %s to %s (%,d bytes).%n", db, file, file.toFile().length());
    }
    return ExitCode.OK;
  }
}
