package org.entente.platform.testing;

import java.util.Map;

/** {@code @WithTestResource(TokenKeys.class)}: only the test token keys, for apps without a store. */
public class TokenKeys extends InfrastructureResource {

    @Override
    protected void addInfrastructure(Map<String, String> config) {
        // nothing beyond token verification
    }
}
