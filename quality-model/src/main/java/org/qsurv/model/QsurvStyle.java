package org.qsurv.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style for every value type in qsurv's libraries, so that each type has the
 * same shape: a public abstract type {@code Risk}, and a generated {@code ImmutableRisk} that is
 * package-private, so that no code outside the value's own package names a generated class. Guava
 * immutable collections, and no nulls.
 *
 * <p>A value built field by field declares Immutables' "extending builder": a nested
 * {@code public static final class Builder extends ImmutableRisk.Builder {}} and a
 * {@code public static Builder builder()} returning {@code new Builder()}. The generated setters
 * then return {@code Risk.Builder}, and {@code overshadowImplementation} makes {@code build()} (and
 * {@code copyOf}) return the abstract {@code Risk}: the public API names only the abstract type and
 * its builder, so the generated class can change without breaking a caller.
 *
 * <p>Put it on a value type next to {@code @Value.Immutable}. Cross-field rules go in a
 * {@code @Value.Check} method that throws {@link IllegalArgumentException} naming the field and the
 * value.
 *
 * @since 0.1.0
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeImmutable = "Immutable*",
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    defaults = @Value.Immutable(copy = true),
    jdkOnly = false,
    optionalAcceptNullable = false,
    depluralize = true,
    depluralizeDictionary = {"intelligence:intelligence", "evidence:evidence"},
    // Only @Override: no org.immutables.value.Generated on the generated classes, since Immutables
    // is a compile-time (provided) dependency that code compiling against qsurv does not have.
    allowedClasspathAnnotations = {Override.class})
public @interface QsurvStyle {}
