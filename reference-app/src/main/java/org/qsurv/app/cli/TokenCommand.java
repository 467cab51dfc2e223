package org.qsurv.app.cli;

import java.io.PrintWriter;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.qsurv.app.api.ApiTokenAdmin;
import org.qsurv.app.jdbc.Database;
import org.qsurv.app.jdbc.JdbcPorts;
import org.qsurv.app.port.ApiToken;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.surveillance.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code qsurv token create|list|revoke}: the JSON API's tokens (docs/api.md). {@code create}
 * prints the secret once (only its hash is stored); {@code list} never prints one.
 */
@Command(name = "token", mixinStandardHelpOptions = true,
    description = "Creates, lists and revokes the tokens of the JSON API (docs/api.md).",
    subcommands = {TokenCommand.Create.class, TokenCommand.ListTokens.class,
        TokenCommand.Revoke.class},
    footer = ExitCode.FOOTER)
final class TokenCommand implements Runnable {
  @ParentCommand
  QsurvCommand root;

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** What every subcommand has: the parent command, its own spec and the database options. */
  abstract static class Subcommand {
    @ParentCommand
    TokenCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database;

    ApiTokenAdmin admin(Database db) {
      return new ApiTokenAdmin(JdbcPorts.apiTokens(db), JdbcPorts.open(db, parent.root.clock())
          .directory(), parent.root.clock(), new SecureRandom());
    }
  }

  @Command(name = "create", mixinStandardHelpOptions = true,
      description = {"Creates a token and prints its secret, once: give it to the client, which "
          + "sends it as 'Authorization: Bearer <secret>'. Only its hash is stored."},
      footer = ExitCode.FOOTER)
  static final class Create extends Subcommand implements Callable<Integer> {
    @Option(names = "--name", required = true, paramLabel = "NAME",
        description = "The client's name, as the audit shows it: 1-64 letters, digits or . _ @ -.")
    String name;

    @Option(names = "--role", required = true, paramLabel = "ROLE",
        description = "The role it acts as: ${COMPLETION-CANDIDATES}.")
    Role role;

    @Option(names = "--organisation", required = true, paramLabel = "CODE",
        description = "Its organisation's ODS code: for a PROVIDER token, the provider it may "
            + "read (it must be in the database); else the ICB's or region's code.")
    String organisation;

    @Option(names = "--days", paramLabel = "N", defaultValue = "90",
        description = "How many days it is valid, 1 to 366 (default: ${DEFAULT-VALUE}).")
    int days;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      try (Database db = database.open()) {
        ApiTokenAdmin.Created created = admin(db).create(name, role,
            OrganisationCode.of(organisation), Duration.ofDays(days));
        out.println(created.secret());
        err.println("Token " + created.token().name() + " (" + role + ", "
            + created.token().organisation().value() + ") valid until "
            + created.token().expires() + ". The secret above is shown only now.");
        return ExitCode.OK;
      } catch (IllegalArgumentException e) {
        err.println("qsurv token create: " + e.getMessage());
        return ExitCode.INVALID;
      }
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true,
      description = "Lists every token (never a secret): name, role, organisation, created, "
          + "expires, revoked, last used.", footer = ExitCode.FOOTER)
  static final class ListTokens extends Subcommand implements Callable<Integer> {
    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try (Database db = database.openExisting()) {
        out.println("name\trole\torganisation\tcreated\texpires\trevoked\tlast used");
        for (ApiToken t : admin(db).list()) {
          out.println(t.name() + "\t" + t.role() + "\t" + t.organisation().value() + "\t"
              + t.created() + "\t" + t.expires() + "\t"
              + t.revoked().map(Object::toString).orElse("-") + "\t"
              + t.lastUsed().map(Object::toString).orElse("-"));
        }
        return ExitCode.OK;
      }
    }
  }

  @Command(name = "revoke", mixinStandardHelpOptions = true,
      description = "Revokes a token: from its next call on, it is refused.",
      footer = ExitCode.FOOTER)
  static final class Revoke extends Subcommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "NAME", description = "The token's name.")
    String name;

    @Override
    public Integer call() {
      try (Database db = database.openExisting()) {
        admin(db).revoke(name);
        spec.commandLine().getErr().println("Token " + name + " revoked.");
        return ExitCode.OK;
      } catch (IllegalArgumentException e) {
        spec.commandLine().getErr().println("qsurv token revoke: " + e.getMessage());
        return ExitCode.INVALID;
      }
    }
  }
}
