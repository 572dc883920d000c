package org.entente.gateway.views;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "entente.gateway.views")
public interface ViewsConfig {

    /** How long each call to a service may take; a part whose call is late is left out and named in {@code partial}. */
    @WithDefault("1s")
    Duration callTimeout();

    /** Recent and upcoming exercises shown in a profile, each. */
    @WithDefault("10")
    int exercises();

    /** Pages of 200 exercises read for the joint exercises of two countries (MME has 437 of the United States and the United Kingdom). */
    @WithDefault("10")
    int exercisePages();
}
