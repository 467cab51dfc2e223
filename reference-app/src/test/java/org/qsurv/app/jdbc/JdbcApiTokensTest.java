package org.qsurv.app.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.qsurv.app.port.ApiCall;
import org.qsurv.app.port.ApiToken;
import org.qsurv.app.port.ApiTokens;
import org.qsurv.app.port.DataVersion;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.surveillance.Role;

/**
 * The API's tokens and call audit (V12) on H2 and, when {@value TestDatabase#POSTGRES_URL_VARIABLE}
 * is set, PostgreSQL: a token is found by the hash of its secret alone, names are unique, a
 * revocation is kept from its first time, the audit reads back newest first, and none of these
 * writes moves the data version (they are not surveillance data, so they must not make every
 * process evaluate the assessments again).
 */
class JdbcApiTokensTest {
  private static final Instant NOW = Instant.parse("2025-07-01T12:00:00Z");
  private static final String HASH_A = "a".repeat(64);
  private static final String HASH_B = "b".repeat(64);

  static Stream<Supplier<TestDatabase>> databases() {
    List<Supplier<TestDatabase>> all = new ArrayList<>();
    all.add(TestDatabase::h2);
    TestDatabase.postgresUrl().ifPresent(url -> all.add(TestDatabase::postgres));
    return all.stream();
  }

  private static ApiToken token(String name) {
    return new ApiToken(name, Role.VIEWER, OrganisationCode.of("QSL"), NOW,
        NOW.plus(Duration.ofDays(30)), Optional.empty(), Optional.empty());
  }

  @ParameterizedTest
  @MethodSource("databases")
  void tokensAndCallsRoundTripWithoutMovingTheDataVersion(Supplier<TestDatabase> open) {
    try (TestDatabase db = open.get()) {
      ApiTokens tokens = JdbcPorts.apiTokens(db.database());
      DataVersion version = JdbcPorts.dataVersion(db.database());
      long before = version.current();

      tokens.create(token("feed"), HASH_A);
      assertEquals(Optional.of(token("feed")), tokens.bySecretHash(HASH_A));
      assertEquals(Optional.empty(), tokens.bySecretHash(HASH_B));
      IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
          () -> tokens.create(token("feed"), HASH_B));
      assertTrue(twice.getMessage().contains("feed"), twice.getMessage());
      assertThrows(IllegalArgumentException.class, () -> tokens.create(token("other"), "x"));

      tokens.used("feed", NOW.plusSeconds(5));
      assertTrue(tokens.revoke("feed", NOW.plusSeconds(10)));
      assertTrue(tokens.revoke("feed", NOW.plusSeconds(20)));
      assertFalse(tokens.revoke("nobody", NOW));
      ApiToken stored = tokens.all().get(0);
      assertEquals(Optional.of(NOW.plusSeconds(10)), stored.revoked());
      assertEquals(Optional.of(NOW.plusSeconds(5)), stored.lastUsed());
      assertFalse(stored.activeAt(NOW.plusSeconds(11)));

      tokens.record(new ApiCall(NOW, "feed", "GET", "/api/v1/risks", 200));
      tokens.record(new ApiCall(NOW.plusSeconds(1), "-", "PROPFIND", "(no route)", 405));
      List<ApiCall> calls = tokens.latestCalls(10);
      assertEquals(2, calls.size());
      assertEquals("PROPFIND", calls.get(0).method());
      assertEquals(new ApiCall(NOW, "feed", "GET", "/api/v1/risks", 200), calls.get(1));
      assertEquals(before, version.current());
    }
  }
}
