package org.qsurv.escalation.event;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of 0.1.0, with public generated classes, kept for {@link CaseEvent} only
 * (the audit package and the reference app still build and copy events through its generated
 * class): the rest of qsurv uses {@link org.qsurv.model.QsurvStyle}, whose generated classes are
 * package-private.
 */
@Target(ElementType.TYPE)
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
    allowedClasspathAnnotations = {Override.class})
@interface PublicImplementationStyle {}
