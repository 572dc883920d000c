package org.entente.platform.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * JSON input is read strictly: a date must be a {@code YYYY-MM-DD} string (not a number of days since
 * 1970, which Jackson accepts by default), impossible dates such as 2023-02-30 are refused, and so is
 * a string (value or key) with text no store accepts ({@link StorableText}), naming the field.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.setDefaultLeniency(false);
        mapper.registerModule(new SimpleModule("storable-text")
                .addDeserializer(String.class, new StorableStrings())
                .addKeyDeserializer(String.class, new StorableKeys()));
    }

    /** Jackson's own string reading, then the check; the field's path is added as the error passes up. */
    static final class StorableStrings extends StdScalarDeserializer<String> {

        StorableStrings() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null) {
                requireStorable(parser, text);
            }
            return text;
        }
    }

    static final class StorableKeys extends KeyDeserializer {

        @Override
        public Object deserializeKey(String key, DeserializationContext context) throws IOException {
            requireStorable(context.getParser(), key);
            return key;
        }
    }

    private static void requireStorable(JsonParser parser, String text) throws UnstorableString {
        var flaw = StorableText.flaw(text);
        if (flaw.isPresent()) {
            throw new UnstorableString(parser, flaw.get());
        }
    }

    /**
     * A string no store accepts, answered by {@link ProblemMappers} as a 400 naming the field. A
     * {@link MismatchedInputException} because Quarkus REST passes those on as they are, where it would
     * wrap other Jackson errors in a bare 400.
     */
    public static final class UnstorableString extends MismatchedInputException {

        UnstorableString(JsonParser parser, String message) {
            super(parser, message, String.class);
        }
    }
}
