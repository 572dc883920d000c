package org.entente.platform.testing;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import java.util.ArrayList;
import java.util.List;

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
        if (RestAssured.filters().contains(OpenApiContract.INSTANCE)) {
            return;
        }
        List<Filter> filters = new ArrayList<>(RestAssured.filters().stream()
                .filter(filter -> !filter.getClass().getName().equals(OpenApiContract.class.getName())).toList());
        filters.add(OpenApiContract.INSTANCE);
        RestAssured.replaceFiltersWith(filters);
    }
}
