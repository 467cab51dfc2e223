package org.qsurv.model.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameStartingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The architecture rules of qsurv's domain libraries (quality-model, quality-scoring,
 * quality-escalation, quality-evaluation), compiled into each library's tests from
 * quality-model/src/testFixtures/architecture (not published): the domain does
 * no I/O, reads no clock, draws no random numbers, starts no threads, prints and logs nothing, and
 * never depends on the reference app. Time and policy come in as parameters, so that a result can
 * be reproduced for any date; the caller reads and writes the bytes.
 *
 * <p>They also keep the libraries' shape: quality-model depends on no other qsurv library,
 * quality-scoring and quality-escalation are siblings over it that never depend on each other,
 * and only quality-evaluation joins them; no class Immutables generates is public. Each library
 * lists the packages that may hold its public types with {@link #publicTypesOnlyIn}.
 *
 * <p>Each module checks its own main classes with one line:
 *
 * <pre>{@code
 * class ScoringArchitectureTest {
 *   @Test
 *   void theScoringDomainDoesNoIoReadsNoClockAndLogsNothing() {
 *     DomainArchitecture.check("org.qsurv.scoring");
 *   }
 * }
 * }</pre>
 *
 * <p>or, with ArchUnit's JUnit 5 support, {@code @AnalyzeClasses(packages = "org.qsurv.scoring",
 * importOptions = ImportOption.DoNotIncludeTests.class)} and {@code @ArchTest static final
 * ArchTests domain = ArchTests.in(DomainArchitecture.class);}. The rules apply to classes in
 * {@code org.qsurv.model..}, {@code org.qsurv.scoring..}, {@code org.qsurv.escalation..} and
 * {@code org.qsurv.evaluation..};
 * checking a package with none of those classes fails rather than passing vacuously.
 *
 * <p>What stays allowed: {@code java.io.IOException} and {@code UncheckedIOException} (Jackson's
 * API throws them), and Jackson's {@code JsonParser} / {@code JsonGenerator}, which the snapshot
 * reader and writer take ready-opened from the caller. A {@code now(Clock)} call on a
 * {@code java.time} type is allowed: the clock is then a parameter.
 */
public final class DomainArchitecture {
  private DomainArchitecture() {}

  // The packages of the domain libraries, in ArchUnit's notation.
  private static final String[] DOMAIN_PACKAGES = {"org.qsurv.model..", "org.qsurv.scoring..",
      "org.qsurv.escalation..", "org.qsurv.evaluation.."};

  /** No files, streams, readers, writers, channels, sockets or processes. */
  @ArchTest
  public static final ArchRule NO_FILES_STREAMS_OR_SOCKETS = noClasses()
      .that().resideInAnyPackage(DOMAIN_PACKAGES)
      .should().dependOnClassesThat(filesStreamsOrSockets())
      .because("the domain does no I/O: the caller reads and writes the bytes and hands over a "
          + "String, a byte[] or a Jackson parser/generator it opened");

  /** No JDBC or other database access. */
  @ArchTest
  public static final ArchRule NO_DATABASE = noClasses()
      .that().resideInAnyPackage(DOMAIN_PACKAGES)
      .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..")
      .because("storage is an adapter behind a port in reference-app");

  /** No reading of the system clock: time comes in as a parameter. */
  @ArchTest
  public static final ArchRule NO_SYSTEM_CLOCK = noClasses()
      .that().resideInAnyPackage(DOMAIN_PACKAGES)
      .should().callCodeUnitWhere(readsTheSystemClock())
      .because("time comes in as a parameter, so that a result can be reproduced for any date");

  /** No random numbers, from any generator. */
  @ArchTest
  public static final ArchRule NO_RANDOMNESS = noClasses()
      .that().resideInAnyPackage(DOMAIN_PACKAGES)
      .should().dependOnClassesThat(randomNumberGenerators())
      .orShould().callCodeUnitWhere(drawsARandomNumber())
      .because("the same snapshot and policy must always give the same assessment");

  /**
   * No threads, executor services, timers or parallel streams. A caller's
   * {@code java.util.concurrent.Executor} may be taken as an argument and given tasks (as time and
   * policy are), but the domain never creates one, nor uses the common pool (an ExecutorService).
   */
  @ArchTest
  public static final ArchRule NO_THREADS = noClasses()
      .that().resideInAnyPackage(DOMAIN_PACKAGES)
      .should().dependOnClassesThat(threadsOrExecutors())
      .orShould().callCodeUnitWhere(runsAParallelStream())
      .because("concurrency is the embedding system's choice; the domain is plain functions");

  /** Nothing printed to, or read from, the console. */
  @ArchTest
  public static final ArchRule NO_CONSOLE = noClasses()
      .that().resideInAnyPackage(DOMAIN_PACKAGES)
      .should().accessFieldWhere(systemStreams())
      .orShould().callCodeUnitWhere(printsAStackTrace())
      .because("results are values returned to the caller, never printed");

  /** No logging, through any API. */
  @ArchTest
  public static final ArchRule NO_LOGGING = noClasses()
      .that().resideInAnyPackage(DOMAIN_PACKAGES)
      .should().dependOnClassesThat(loggers())
      .orShould().callMethod(System.class, "getLogger", String.class)
      .because("what happened is returned as a value (findings, rejections), not logged");

  /** The domain never depends on the reference app; the app depends on the domain. */
  @ArchTest
  public static final ArchRule NO_DEPENDENCY_ON_THE_APP = noClasses()
      .that().resideInAnyPackage(DOMAIN_PACKAGES)
      .should().dependOnClassesThat().resideInAPackage("org.qsurv.app..")
      .because("reference-app depends on the domain, never the reverse");

  /** quality-model depends on no other qsurv library: every library builds on it. */
  @ArchTest
  public static final ArchRule THE_MODEL_DEPENDS_ON_NO_OTHER_LIBRARY =
      dependsOnlyOn("org.qsurv.model", "org.qsurv.model");

  /** quality-scoring depends on the model only, never on escalation: the two are siblings. */
  @ArchTest
  public static final ArchRule SCORING_DEPENDS_ON_THE_MODEL_ONLY =
      dependsOnlyOn("org.qsurv.scoring", "org.qsurv.model", "org.qsurv.scoring");

  /** quality-escalation depends on the model only, never on scoring: the two are siblings. */
  @ArchTest
  public static final ArchRule ESCALATION_DEPENDS_ON_THE_MODEL_ONLY =
      dependsOnlyOn("org.qsurv.escalation", "org.qsurv.model", "org.qsurv.escalation");

  /** Only quality-evaluation joins scoring and escalation. */
  @ArchTest
  public static final ArchRule ONLY_EVALUATION_JOINS_SCORING_AND_ESCALATION =
      dependsOnlyOn("org.qsurv.evaluation", "org.qsurv.model", "org.qsurv.scoring",
          "org.qsurv.escalation", "org.qsurv.evaluation");

  /**
   * No class that Immutables generates is public: code outside a value's package names the
   * abstract type and its {@code Builder}, so the generated class can change without breaking it.
   */
  @ArchTest
  public static final ArchRule NO_PUBLIC_GENERATED_CLASS = noClasses()
      .that(generatedByImmutables())
      .should().bePublic()
      .allowEmptyShould(true)
      .because("the public API names the abstract value and its Builder, never the generated "
          + "class (QsurvStyle)");

  /** Every rule above. */
  public static final List<ArchRule> RULES = List.of(NO_FILES_STREAMS_OR_SOCKETS, NO_DATABASE,
      NO_SYSTEM_CLOCK, NO_RANDOMNESS, NO_THREADS, NO_CONSOLE, NO_LOGGING, NO_DEPENDENCY_ON_THE_APP,
      THE_MODEL_DEPENDS_ON_NO_OTHER_LIBRARY, SCORING_DEPENDS_ON_THE_MODEL_ONLY,
      ESCALATION_DEPENDS_ON_THE_MODEL_ONLY, ONLY_EVALUATION_JOINS_SCORING_AND_ESCALATION,
      NO_PUBLIC_GENERATED_CLASS);

  /** Every rule above, as one rule. */
  public static final ArchRule ALL = CompositeArchRule.of(RULES);

  /**
   * Checks every rule against the main (non-test) classes of {@code packages} and their
   * sub-packages, for example {@code check("org.qsurv.scoring")}.
   *
   * @throws AssertionError listing, rule by rule, every violation with its class, call and line
   */
  public static void check(String... packages) {
    JavaClasses classes = mainClassesOf(packages);
    List<String> failures = new ArrayList<>();
    for (ArchRule rule : RULES) {
      EvaluationResult result = rule.evaluate(classes);
      if (result.hasViolation()) {
        failures.add(result.getFailureReport().toString());
      }
    }
    if (!failures.isEmpty()) {
      throw new AssertionError(String.join(System.lineSeparator(), failures));
    }
  }

  /**
   * The classes of {@code library} (a package and its sub-packages) depend on no qsurv class
   * outside {@code allowed} (packages with their sub-packages): the direction of the modules,
   * model at the bottom, scoring and escalation side by side on it, evaluation joining them.
   */
  public static ArchRule dependsOnlyOn(String library, String... allowed) {
    String[] allowedPackages = Arrays.stream(allowed).map(p -> p + "..").toArray(String[]::new);
    return noClasses()
        .that().resideInAPackage(library + "..")
        .should().dependOnClassesThat(resideInAnyPackage("org.qsurv..")
            .and(DescribedPredicate.not(resideInAnyPackage(allowedPackages)))
            .as("are qsurv classes outside " + String.join(", ", allowed)))
        .allowEmptyShould(true)
        .because(library + " builds only on " + String.join(", ", allowed)
            + ": quality-scoring and quality-escalation are siblings over quality-model, and only "
            + "quality-evaluation joins them");
  }

  /**
   * Public top-level types reside only in {@code packages} (each without its sub-packages): each
   * library lists the packages of what a user names (values, policies, entry points, results),
   * so that a new package holds only package-private types until it is added on purpose.
   */
  public static ArchRule publicTypesOnlyIn(String... packages) {
    return classes()
        .that().arePublic().and().areTopLevelClasses()
        .should().resideInAnyPackage(packages)
        .because("a user names only the values, the policies, the entry points and the results; "
            + "every other type is package-private");
  }

  /** The main classes of {@code packages}: neither test classes nor classes inside jars. */
  public static JavaClasses mainClassesOf(String... packages) {
    return new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
        .importPackages(packages);
  }

  // ---------------------------------------------------------------------------------------------

  /**
   * A class generated by Immutables for a value: top-level, named {@code Immutable} and the name of
   * the abstract type it extends or implements, in the same package.
   */
  private static DescribedPredicate<JavaClass> generatedByImmutables() {
    return DescribedPredicate.describe("are generated by Immutables", c -> {
      if (!c.isTopLevelClass() || !c.getSimpleName().startsWith("Immutable")) {
        return false;
      }
      String value = c.getPackageName() + "." + c.getSimpleName().substring("Immutable".length());
      return c.getRawSuperclass().map(s -> s.getName().equals(value)).orElse(false)
          || c.getRawInterfaces().stream().anyMatch(i -> i.getName().equals(value));
    });
  }

  private static DescribedPredicate<JavaClass> filesStreamsOrSockets() {
    DescribedPredicate<JavaClass> javaIoFiles =
        resideInAnyPackage("java.io").and(simpleNameStartingWith("File"));
    DescribedPredicate<JavaClass> streamsReadersWriters = assignableTo(java.io.InputStream.class)
        .or(assignableTo(java.io.OutputStream.class))
        .or(assignableTo(java.io.Reader.class))
        .or(assignableTo(java.io.Writer.class))
        .or(assignableTo(java.io.DataInput.class))
        .or(assignableTo(java.io.DataOutput.class))
        .or(assignableTo(java.io.RandomAccessFile.class))
        .or(assignableTo(java.io.Console.class));
    DescribedPredicate<JavaClass> filesystemsChannelsNetwork =
        resideInAnyPackage("java.nio.file..", "java.nio.channels..", "java.net..", "javax.net..");
    DescribedPredicate<JavaClass> processes = assignableTo(ProcessBuilder.class)
        .or(assignableTo(Process.class))
        .or(assignableTo(Runtime.class))
        .or(assignableTo(java.util.Scanner.class));
    return javaIoFiles.or(streamsReadersWriters).or(filesystemsChannelsNetwork).or(processes)
        .as("touch files, streams, readers, writers, channels, sockets or processes");
  }

  private static DescribedPredicate<JavaCall<?>> readsTheSystemClock() {
    return DescribedPredicate.describe("read the system clock", call -> {
      String owner = call.getTarget().getOwner().getName();
      String name = call.getTarget().getName();
      List<JavaClass> parameters = call.getTarget().getRawParameterTypes();
      if (owner.equals("java.lang.System")) {
        return name.equals("currentTimeMillis") || name.equals("nanoTime");
      }
      if (owner.startsWith("java.time.") && name.equals("now")) {
        // now() and now(ZoneId) read the system clock; now(Clock) takes the clock as a parameter.
        return parameters.isEmpty() || !parameters.get(0).isAssignableTo(java.time.Clock.class);
      }
      if (owner.equals("java.time.Clock") || owner.equals("java.time.InstantSource")) {
        return name.startsWith("system");
      }
      if (owner.equals("java.util.Date") && name.equals("<init>")) {
        return parameters.isEmpty(); // new Date() is now
      }
      return owner.equals("java.util.Calendar") && name.equals("getInstance");
    });
  }

  private static DescribedPredicate<JavaClass> randomNumberGenerators() {
    return assignableTo(java.util.Random.class)
        .or(resideInAnyPackage("java.util.random.."))
        .as("generate random numbers (Random, SecureRandom, ThreadLocalRandom, RandomGenerator)");
  }

  private static DescribedPredicate<JavaCall<?>> drawsARandomNumber() {
    return DescribedPredicate.describe("draw a random number", call -> {
      String owner = call.getTarget().getOwner().getName();
      String name = call.getTarget().getName();
      return ((owner.equals("java.lang.Math") || owner.equals("java.lang.StrictMath"))
              && name.equals("random"))
          || (owner.equals("java.util.UUID") && name.equals("randomUUID"));
    });
  }

  private static DescribedPredicate<JavaClass> threadsOrExecutors() {
    return assignableTo(Thread.class)
        .or(assignableTo(ThreadGroup.class))
        .or(assignableTo(java.util.concurrent.ExecutorService.class))
        .or(assignableTo(java.util.concurrent.Executors.class))
        .or(assignableTo(java.util.concurrent.CompletableFuture.class))
        .or(assignableTo(java.util.concurrent.ThreadFactory.class))
        .or(assignableTo(java.util.Timer.class))
        .or(assignableTo(java.util.TimerTask.class))
        .as("start threads (Thread, executors, CompletableFuture, timers)");
  }

  private static DescribedPredicate<JavaCall<?>> runsAParallelStream() {
    return DescribedPredicate.describe("run a parallel stream", call -> {
      String name = call.getTarget().getName();
      return (name.equals("parallelStream") || name.equals("parallel"))
          && call.getTarget().getOwner().getPackageName().startsWith("java.util");
    });
  }

  private static DescribedPredicate<JavaFieldAccess> systemStreams() {
    return DescribedPredicate.describe("use System.out, System.err or System.in", access ->
        access.getTarget().getOwner().getName().equals("java.lang.System")
            && Set.of("out", "err", "in").contains(access.getTarget().getName()));
  }

  private static DescribedPredicate<JavaCall<?>> printsAStackTrace() {
    return DescribedPredicate.describe("print a stack trace", call ->
        call.getTarget().getName().equals("printStackTrace")
            && call.getTarget().getOwner().isAssignableTo(Throwable.class));
  }

  private static DescribedPredicate<JavaClass> loggers() {
    return resideInAnyPackage("java.util.logging..", "org.slf4j..", "org.apache.logging..",
            "org.apache.log4j..", "ch.qos.logback..", "org.apache.commons.logging..",
            "org.jboss.logging..")
        .or(assignableTo(System.Logger.class))
        .as("log (java.util.logging, System.Logger, SLF4J, Log4j, Logback, Commons Logging)");
  }
}
