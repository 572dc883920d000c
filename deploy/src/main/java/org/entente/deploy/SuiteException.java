package org.entente.deploy;

/** A failure the launcher explains in one clear message, without a stack trace. */
public class SuiteException extends RuntimeException {

    public SuiteException(String message) {
        super(message, null, false, false);
    }
}
