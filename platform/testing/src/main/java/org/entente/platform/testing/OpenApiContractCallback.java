package org.entente.platform.testing;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;

/** Puts {@link OpenApiContract} on REST Assured before every Quarkus test of every module that uses this one. */
public class OpenApiContractCallback implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (!RestAssured.filters().contains(OpenApiContract.INSTANCE)) {
            RestAssured.filters(OpenApiContract.INSTANCE);
        }
    }
}
