package org.entente.platform.testing;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The app recording every trace, into the tests' in-memory exporter ({@link TestSpans}). */
public class TracingOn implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("entente.tracing.export", "true");
    }
}
