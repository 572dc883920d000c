package org.entente.platform.rest;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

/** Validation of objects built in code (a merge-patched input, bundled data), answered like a request body's. */
public final class BeanValidation {

    private BeanValidation() {
    }

    /** @throws ConstraintViolationException a 400 naming each field, through the problem mappers */
    public static <T> T requireValid(Validator validator, T object) {
        var violations = validator.validate(object);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return object;
    }
}
