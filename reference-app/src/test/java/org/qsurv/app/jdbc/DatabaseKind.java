package org.qsurv.app.jdbc;

import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The databases the persistence tests run on: H2 always, PostgreSQL when
 * {@value TestDatabase#POSTGRES_URL_VARIABLE} names one. A test takes one as its parameter
 * ({@link OnEveryDatabase}) and opens a fresh database of that kind.
 */
public enum DatabaseKind {
  H2(TestDatabase::h2),
  POSTGRESQL(TestDatabase::postgres);

  private final Supplier<TestDatabase> factory;

  DatabaseKind(Supplier<TestDatabase> factory) {
    this.factory = factory;
  }

  /** A fresh, empty, migrated database of this kind. */
  public TestDatabase open() {
    return factory.get();
  }

  /** The kinds available in this environment. */
  public static Stream<DatabaseKind> available() {
    return TestDatabase.postgresUrl().isPresent() ? Stream.of(H2, POSTGRESQL) : Stream.of(H2);
  }
}
