package org.qsurv.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style for every value type in qsurv's three libraries, so that each type has
 * the same shape: an abstract type {@code Risk}, a generated {@code ImmutableRisk} with a builder
 * ({@code Risk.builder()}), {@code with*} copy methods, Guava immutable collections, and no nulls.
 *
 * <p>Put it on a value type next to {@code @Value.Immutable}. Cross-field rules go in a
 * {@code @Value.Check} method that throws {@link IllegalArgumentException} naming the field and the
 * value.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeImmutable = "Immutable*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true),
    jdkOnly = false,
    optionalAcceptNullable = false,
    depluralize = true,
    depluralizeDictionary = {"intelligence:intelligence", "evidence:evidence"},
    // Only @Override: no org.immutables.value.Generated on the generated classes, since Immutables
    // is a compile-time (provided) dependency that code compiling against qsurv does not have.
    allowedClasspathAnnotations = {Override.class})
public @interface QsurvStyle {}
