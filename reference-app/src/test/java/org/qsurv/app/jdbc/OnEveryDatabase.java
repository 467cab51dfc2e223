package org.qsurv.app.jdbc;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs a test once per available {@link DatabaseKind}: the same persistence tests on H2 and, where
 * {@value TestDatabase#POSTGRES_URL_VARIABLE} is set, on a real PostgreSQL.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest(name = "on {0}")
@MethodSource("org.qsurv.app.jdbc.DatabaseKind#available")
public @interface OnEveryDatabase {}
