/**
 * The JDBC adapters: one implementation of each port of {@code org.qsurv.app.port} over the
 * reference application's own database, H2 (file mode, the default, under {@code ./qsurv-data}) or
 * PostgreSQL, sharing one schema and its Flyway migrations ({@code db/migration}). Every write is one
 * transaction. Entry points: {@link org.qsurv.app.jdbc.Database} (open, create and migrate) and
 * {@link org.qsurv.app.jdbc.JdbcPorts} (the ports over it).
 */
package org.qsurv.app.jdbc;
