package org.qsurv.app.ops;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import java.net.URL;
import java.util.Locale;
import java.util.Objects;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

/**
 * Sets the format of the application's log: Logback reads {@code logback.xml} at the first log
 * event (plain text), and {@code serve} calls {@link #use} once its options are known.
 *
 * @since 1.0.0
 */
public final class Logging {
  /** The Logback context property that selects the appender in {@code logback.xml}. */
  static final String FORMAT_PROPERTY = "qsurv.log.format";

  private Logging() {}

  /**
   * Writes every later log event in {@code format}. Does nothing where the application runs
   * embedded under another SLF4J binding than Logback: the embedding system owns its log.
   */
  public static void use(LogFormat format) {
    Objects.requireNonNull(format, "format");
    ILoggerFactory factory = LoggerFactory.getILoggerFactory();
    if (!(factory instanceof LoggerContext context)) {
      return;
    }
    URL configuration = Objects.requireNonNull(Logging.class.getResource("/logback.xml"),
        "logback.xml is missing from the application");
    context.reset();
    // Earlier configurations' status messages are history; Logback would print them all again.
    context.getStatusManager().clear();
    context.putProperty(FORMAT_PROPERTY, format.name().toLowerCase(Locale.ROOT));
    JoranConfigurator configurator = new JoranConfigurator();
    configurator.setContext(context);
    try {
      configurator.doConfigure(configuration);
    } catch (JoranException e) {
      throw new IllegalStateException("cannot configure the log: " + e.getMessage(), e);
    }
  }
}
