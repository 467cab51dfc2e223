/**
 * The command line of {@code qsurv.jar} (picocli): {@code serve}, {@code import}, {@code export},
 * {@code demo} and {@code verify-audit}, each with {@code --help}. Commands talk to the world only
 * through the ports ({@code org.qsurv.app.port}), opened on the database named by {@code --db}.
 */
package org.qsurv.app.cli;
