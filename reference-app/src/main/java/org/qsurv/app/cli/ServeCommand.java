package org.qsurv.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.qsurv.app.demo.DemoDataSet;
import org.qsurv.app.demo.DemoSeed;
import org.qsurv.app.jdbc.Database;
import org.qsurv.app.jdbc.JdbcPorts;
import org.qsurv.app.port.ImportSink.ImportReceipt;
import org.qsurv.app.port.PasswordHashes;
import org.qsurv.app.port.Ports;
import org.qsurv.app.port.User;
import org.qsurv.app.web.DemoAccounts;
import com.google.common.net.InetAddresses;
import org.qsurv.app.web.WebApplication;
import org.qsurv.app.web.WebSettings;
import org.qsurv.app.web.security.PasswordHasher;
import org.qsurv.app.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code qsurv serve}: the web application on its database, seeded with the demo on first start. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Starts the reference application's web server. On first start the database "
        + "is created and migrated, and (unless --empty) filled with the demo data set; later "
        + "starts use what it holds. Stop it with Ctrl+C."},
    footer = ExitCode.FOOTER)
final class ServeCommand implements Callable<Integer> {
  @ParentCommand
  QsurvCommand root;

  @Spec
  CommandSpec spec;

  @Mixin
  DatabaseOptions database;

  @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
      description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
  String host;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
      description = "The port to listen on (default: ${DEFAULT-VALUE}; 0 for any free port).")
  int port;

  @Option(names = "--empty", description = "Do not fill an empty database with the demo data "
      + "set.")
  boolean empty;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "" + DemoDataSet.DEFAULT_SEED,
      description = "The demo data set's seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--public-url", paramLabel = "URL",
      description = "The address users open, such as https://qsurv.example.nhs.uk/. With https "
          + "(TLS at a proxy in front, or here) the session cookie is marked Secure and HSTS is "
          + "sent.")
  java.net.URI publicUrl;

  @Option(names = "--trusted-proxy", paramLabel = "ADDRESS",
      description = "The reverse proxy in front of qsurv: only from this peer is "
          + "X-Forwarded-For read for the client's address (sign-in throttling).")
  String trustedProxy;

  @Override
  public Integer call() throws Exception {
    CountDownLatch stopped = new CountDownLatch(1);
    Running running = start();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      running.close();
      stopped.countDown();
    }, "qsurv-shutdown"));
    stopped.await();
    return ExitCode.OK;
  }

  /**
   * Opens, migrates and seeds the database and starts the server; the caller closes it. The
   * address is checked first: a port out of range, a host that does not resolve or a port already
   * taken stops it before the database is created, seeded or given passwords that are shown once.
   */
  Running start() {
    PrintWriter out = spec.commandLine().getOut();
    long started = System.nanoTime();
    InetSocketAddress address = listenAddress();
    WebSettings settings = webSettings();
    Database db = database.open();
    try {
      out.printf("qsurv: database %s%s%n", db, db.migrationsApplied() > 0
          ? " (schema created: " + db.migrationsApplied() + " migration"
              + (db.migrationsApplied() == 1 ? "" : "s") + ")" : "");
      Ports ports = JdbcPorts.open(db, root.clock());
      if (!empty) {
        long seeding = System.nanoTime();
        Optional<ImportReceipt> seeded = DemoSeed.seedIfEmpty(ports, seed,
            System.getProperty("user.name", "qsurv"), (done, total) -> { });
        seeded.ifPresent(r -> out.printf("qsurv: empty database filled with the demo data set "
            + "(seed %d): %,d records in %.1f s%n", seed, r.rows(),
            (System.nanoTime() - seeding) / 1e9));
      }
      PasswordHashes hashes = JdbcPorts.passwordHashes(db);
      legacyPasswordFile(database.url).ifPresent(file -> adopt(file, ports, hashes, out));
      AtomicInteger created = new AtomicInteger();
      DemoAccounts accounts = DemoAccounts.open(ports.directory(), hashes,
          PasswordHasher.owaspDefault(), (user, password) -> {
            created.incrementAndGet();
            out.printf("qsurv: sign-in  %-12s %-16s  %s (%s)%n", user.username(), password,
                user.displayName(), user.role());
          });
      if (created.get() > 0) {
        out.printf("qsurv: only the password hashes are kept (in the database); the passwords "
            + "above are shown once%n");
      }
      WebApplication app = new WebApplication(ports, JdbcPorts.dataVersion(db), accounts,
          PasswordHasher.owaspDefault(), settings);
      WebServer server = app.start(address);
      out.printf("qsurv: listening on %s (started in %.1f s; Ctrl+C to stop)%n", server.uri(),
          (System.nanoTime() - started) / 1e9);
      out.flush();
      return new Running(server, db);
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
  }

  /** The deployment the options describe: public address and trusted proxy. */
  WebSettings webSettings() {
    WebSettings settings = WebSettings.defaults();
    if (publicUrl != null) {
      try {
        settings = settings.withPublicUrl(publicUrl);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "--public-url must be an http or https "
            + "address but was " + publicUrl);
      }
    }
    if (trustedProxy != null) {
      if (!InetAddresses.isInetAddress(trustedProxy)) {
        throw new ParameterException(spec.commandLine(), "--trusted-proxy must be an IP address "
            + "but was " + trustedProxy);
      }
      settings = settings.withTrustedProxy(InetAddresses.forString(trustedProxy));
    }
    return settings;
  }

  /** The address to listen on, once it is known to be one this process can listen on now. */
  private InetSocketAddress listenAddress() {
    if (port < 0 || port > 65_535) {
      throw new ParameterException(spec.commandLine(),
          "--port must be from 0 to 65535 but was " + port);
    }
    InetSocketAddress address = new InetSocketAddress(host, port);
    if (address.isUnresolved()) {
      throw new ParameterException(spec.commandLine(),
          "--host must be an address of this machine but " + host + " does not resolve");
    }
    try (ServerSocket probe = new ServerSocket()) {
      probe.bind(address);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on " + host + ":" + port, e);
    }
    return address;
  }

  /**
   * Where releases before schema V4 kept the password hashes of an H2 file database: a properties
   * file beside it. Such hashes are adopted into the user table once (for users that have none
   * there), so that an upgrade does not change anyone's password.
   */
  static Optional<Path> legacyPasswordFile(String url) {
    String prefix = "jdbc:h2:file:";
    if (!url.startsWith(prefix)) {
      return Optional.empty();
    }
    String file = url.substring(prefix.length());
    int semicolon = file.indexOf(';');
    return Optional.of(Path.of((semicolon < 0 ? file : file.substring(0, semicolon))
        + ".passwords")).filter(Files::isRegularFile);
  }

  private static void adopt(Path file, Ports ports, PasswordHashes hashes, PrintWriter out) {
    Properties legacy = new Properties();
    try (InputStream in = Files.newInputStream(file)) {
      legacy.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the password file " + file, e);
    }
    int adopted = 0;
    for (User user : ports.directory().users()) {
      String hash = legacy.getProperty(user.username());
      if (hash != null && !hash.isBlank() && hashes.hash(user.username()).isEmpty()) {
        hashes.save(user.username(), hash);
        adopted++;
      }
    }
    if (adopted > 0) {
      out.printf("qsurv: %d password hashes moved from %s into the database; the file is no "
          + "longer read and can be deleted%n", adopted, file);
    }
  }

  /** A started application: its server and its database, closed together. */
  static final class Running implements AutoCloseable {
    private final WebServer server;
    private final Database database;

    Running(WebServer server, Database database) {
      this.server = server;
      this.database = database;
    }

    String uri() {
      return server.uri();
    }

    @Override
    public void close() {
      server.close();
      database.close();
    }
  }
}
