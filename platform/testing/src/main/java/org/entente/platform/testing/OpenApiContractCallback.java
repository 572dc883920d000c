package org.entente.platform.testing;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;

/**
 * Puts {@link OpenApiContract} on REST Assured before every Quarkus test of every module that uses this one.
 * REST Assured outlives a restart of the application under test (another test profile or test resources),
 * this class may not: the contract of the application before the restart, with the document it read, is
 * replaced by this one's. Each test class has the documents read again, in case its application restarted.
 */
public class OpenApiContractCallback implements QuarkusTestBeforeEachCallback {

    private Class<?> lastTestClass;

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        Class<?> testClass = context.getTestInstance().getClass();
        if (testClass != lastTestClass) {
            lastTestClass = testClass;
            OpenApiContract.INSTANCE.readDocumentsAgain(); // a new test class may run on a restarted application
        }
        OpenApiContract.install();
    }
}
