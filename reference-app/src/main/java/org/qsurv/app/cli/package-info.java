/**
 * The command line of {@code qsurv.jar} (picocli): {@code serve}, {@code import}, {@code export},
 * {@code demo}, {@code verify-audit} and, without a database, {@code evaluate} and
 * {@code report}, each with {@code --help}. Commands talk to the world only
 * through the ports ({@code org.qsurv.app.port}), opened on the database named by {@code --db}.
 */
package org.qsurv.app.cli;
