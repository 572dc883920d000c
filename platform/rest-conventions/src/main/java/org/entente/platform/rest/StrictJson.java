package org.entente.platform.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * JSON input is read strictly: a date must be a {@code YYYY-MM-DD} string (not a number of days since
 * 1970, which Jackson accepts by default), and impossible dates such as 2023-02-30 are refused.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.setDefaultLeniency(false);
    }
}
