package org.entente.platform.countries;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A country code of the shared reference ({@link Countries}); {@code null} is left to {@code @NotNull}. */
@Documented
@Constraint(validatedBy = CountryCodeValidator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface CountryCode {

    String message() default "unknown country code; " + Countries.CODE_HINT;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
