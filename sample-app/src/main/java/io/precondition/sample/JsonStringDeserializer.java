package io.precondition.sample;

import io.micronaut.core.type.Argument;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;

import java.io.IOException;

/**
 * Reads a page field that must be a JSON string (wiki-api.md): a number, boolean, array, object or {@code null} in
 * its place is a content error, never converted. Serde's own {@code String} deserializer turns {@code true} into
 * {@code "true"} and {@code 1.5e3} into {@code "1.5e3"}.
 *
 * <p>A property opts in with {@code @Serdeable.Deserializable(using = JsonStringDeserializer.class)}. The bean is a
 * {@code Deserializer<Object>} on purpose: serde registers {@code Deserializer} beans by their type argument for every
 * property of that type, except {@code Object}, so this one changes no other {@code String} in the app. The error
 * names the property; Micronaut answers it 400 when it binds the body, after the preconditions.
 */
@Singleton
public final class JsonStringDeserializer implements Deserializer<Object> {

    @Override
    public Object deserialize(Decoder decoder, DecoderContext context, Argument<? super Object> type)
            throws IOException {
        JsonNode value = decoder.decodeNode();
        if (value.isString()) {
            return value.getStringValue();
        }
        throw decoder.createDeserializationException(
                type.getName() + " must be a JSON string, not " + kindOf(value), null);
    }

    /** Called for {@code null} too: a member that is present must be a string. */
    @Override
    public boolean allowNull() {
        return true;
    }

    /**
     * @param value a JSON value
     * @return what it is, for an error message: {@code "a number"}, {@code "null"}, ...
     */
    static String kindOf(JsonNode value) {
        if (value.isNull()) {
            return "null";
        }
        if (value.isBoolean()) {
            return "a boolean";
        }
        if (value.isNumber()) {
            return "a number";
        }
        if (value.isString()) {
            return "a string";
        }
        return value.isArray() ? "an array" : "an object";
    }
}
