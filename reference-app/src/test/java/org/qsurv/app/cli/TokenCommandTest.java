package org.qsurv.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qsurv.app.Fixtures;
import org.qsurv.app.api.TokenSecrets;
import org.qsurv.app.jdbc.Database;
import org.qsurv.app.jdbc.JdbcPorts;
import org.qsurv.app.jdbc.TestDatabase;
import org.qsurv.model.snapshot.SnapshotWriter;

/**
 * {@code qsurv token create|list|revoke} (docs/api.md, "Tokens"): the secret is printed once and
 * only its hash stored; a list never shows a secret; a PROVIDER token must name a provider of the
 * database; bad values are refused naming the option and the value (exit 2) and write nothing.
 */
class TokenCommandTest {
  private Path dir;
  private String db;

  @BeforeEach
  void databaseWithTheSmallSnapshot() throws IOException {
    dir = TestDatabase.temporaryDirectory();
    db = "jdbc:h2:file:" + dir.resolve("qsurv");
    Path snapshot = Files.writeString(dir.resolve("s.json"),
        SnapshotWriter.write(Fixtures.small()), StandardCharsets.UTF_8);
    assertEquals(0, Cli.run("import", "--db", db, snapshot.toString()).status());
  }

  @AfterEach
  void deleteIt() {
    TestDatabase.deleteRecursively(dir);
  }

  @Test
  void createPrintsTheSecretOnceListNeverShowsItAndRevokeStopsIt() {
    Cli.Run created = Cli.run("token", "create", "--db", db, "--name", "dashboard", "--role",
        "VIEWER", "--organisation", "QSL", "--days", "30");
    assertEquals(0, created.status(), created.err());
    String secret = created.out().strip();
    assertTrue(TokenSecrets.wellFormed(secret), secret);
    assertTrue(created.err().contains("shown only now"), created.err());

    Cli.Run listed = Cli.run("token", "list", "--db", db);
    assertEquals(0, listed.status(), listed.err());
    assertTrue(listed.out().contains("dashboard\tVIEWER\tQSL\t2025-07-01T09:00:00Z\t"
        + "2025-07-31T09:00:00Z\t-\t-"), listed.out());
    assertFalse(listed.out().contains(secret.substring(TokenSecrets.PREFIX.length())));

    assertEquals(0, Cli.run("token", "revoke", "--db", db, "dashboard").status());
    try (Database open = Database.openExisting(db, Optional.empty(), Optional.empty())) {
      assertTrue(JdbcPorts.apiTokens(open).bySecretHash(TokenSecrets.hash(secret)).orElseThrow()
          .revoked().isPresent());
    }
  }

  @Test
  void badValuesAreRefusedNamingThemAndWriteNothing() {
    Cli.Run provider = Cli.run("token", "create", "--db", db, "--name", "p", "--role",
        "PROVIDER", "--organisation", "ZZZ");
    assertEquals(2, provider.status());
    assertTrue(provider.err().contains("must be a provider of the directory but was ZZZ"),
        provider.err());
    Cli.Run days = Cli.run("token", "create", "--db", db, "--name", "d", "--role", "VIEWER",
        "--organisation", "QSL", "--days", "999");
    assertEquals(2, days.status());
    assertTrue(days.err().contains("validity must be from 1 minute to 366 days"), days.err());
    Cli.Run name = Cli.run("token", "create", "--db", db, "--name", "bad name", "--role",
        "VIEWER", "--organisation", "QSL");
    assertEquals(2, name.status());
    assertTrue(name.err().contains("token name must be 1-64 letters"), name.err());
    Cli.Run unknown = Cli.run("token", "revoke", "--db", db, "nobody");
    assertEquals(2, unknown.status());
    assertTrue(unknown.err().contains("but was nobody"), unknown.err());
    Cli.Run listed = Cli.run("token", "list", "--db", db);
    assertEquals("name\trole\torganisation\tcreated\texpires\trevoked\tlast used",
        listed.out().strip());
  }

  @Test
  void aSecondTokenOfTheSameNameIsRefused() {
    assertEquals(0, Cli.run("token", "create", "--db", db, "--name", "twice", "--role",
        "VIEWER", "--organisation", "QSL").status());
    Cli.Run again = Cli.run("token", "create", "--db", db, "--name", "twice", "--role",
        "VIEWER", "--organisation", "QSL");
    assertEquals(2, again.status());
    assertTrue(again.err().contains("a token named twice exists"), again.err());
  }
}
