package io.precondition.micronaut;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The configuration metadata that Micronaut's processor writes into the runtime jar
 * ({@code META-INF/spring-configuration-metadata.json}, read by IDEs for completion) lists every property of
 * {@link PreconditionConfiguration}, each with a description and the default the class really has.
 * The metadata is read from where {@code PreconditionConfiguration} was loaded from: {@code target/classes}
 * in the build (what the jar packs), or the jar itself.
 */
class ConfigurationMetadataTest {

    private static final String METADATA = "META-INF/spring-configuration-metadata.json";

    @Test
    void everyPropertyIsListedWithItsDescriptionAndItsDefault() throws Exception {
        Map<String, JsonNode> listed = listedProperties();
        Map<String, Method> getters = propertiesOfTheClass();
        assertFalse(getters.isEmpty());
        assertEquals(getters.keySet(), listed.keySet(), "properties in " + METADATA);

        PreconditionConfiguration fresh = new PreconditionConfiguration();
        for (Map.Entry<String, Method> property : getters.entrySet()) {
            JsonNode entry = listed.get(property.getKey());
            JsonNode description = entry.get("description");
            assertNotNull(description, property.getKey() + " has no description");
            assertFalse(description.getStringValue().isBlank(), property.getKey() + " has an empty description");
            JsonNode defaultValue = entry.get("defaultValue");
            assertNotNull(defaultValue, property.getKey() + " has no defaultValue");
            assertEquals(text(property.getValue().invoke(fresh)), defaultValue.getStringValue().toLowerCase(Locale.ROOT),
                    property.getKey() + ": the listed default is not the class's");
        }
    }

    @Test
    void boundWithoutSettingsEveryPropertyHasItsDefault() throws Exception {
        PreconditionConfiguration fresh = new PreconditionConfiguration();
        try (ApplicationContext context = ApplicationContext.run(Map.of("spec.name", "configuration-metadata"))) {
            PreconditionConfiguration bound = context.getBean(PreconditionConfiguration.class);
            for (Map.Entry<String, Method> property : propertiesOfTheClass().entrySet()) {
                assertEquals(text(property.getValue().invoke(fresh)), text(property.getValue().invoke(bound)),
                        property.getKey());
            }
        }
    }

    @Test
    void aSettingWinsOverTheListedDefault() {
        try (ApplicationContext context = ApplicationContext.run(Map.of("spec.name", "configuration-metadata",
                "precondition.cache-control", "", "precondition.etag-format", "hashed", "precondition.max-tags", "3"))) {
            PreconditionConfiguration bound = context.getBean(PreconditionConfiguration.class);
            assertEquals("", bound.getCacheControl());
            assertEquals(PreconditionConfiguration.ETagFormat.HASHED, bound.getEtagFormat());
            assertEquals(3, bound.getMaxTags());
        }
    }

    /** Every bean property of the class (a public setter with its getter), by its configuration key. */
    private static Map<String, Method> propertiesOfTheClass() {
        Map<String, Method> getters = new TreeMap<>();
        for (Method setter : PreconditionConfiguration.class.getDeclaredMethods()) {
            if (Modifier.isPublic(setter.getModifiers()) && !Modifier.isStatic(setter.getModifiers())
                    && setter.getName().startsWith("set") && setter.getParameterCount() == 1) {
                String name = setter.getName().substring(3);
                Method getter = Arrays.stream(PreconditionConfiguration.class.getMethods())
                        .filter(m -> m.getParameterCount() == 0
                                && (m.getName().equals("get" + name) || m.getName().equals("is" + name)))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no getter for " + setter));
                getters.put(PreconditionConfiguration.PREFIX + "." + kebab(name), getter);
            }
        }
        return getters;
    }

    private static Map<String, JsonNode> listedProperties() throws IOException, URISyntaxException {
        JsonNode root = JsonMapper.createDefault().readValue(metadata(), JsonNode.class);
        Map<String, JsonNode> listed = new TreeMap<>();
        for (JsonNode property : root.get("properties").values()) {
            String name = property.get("name").getStringValue();
            if (name.startsWith(PreconditionConfiguration.PREFIX + ".")) {
                listed.put(name, property);
            }
        }
        assertEquals(new TreeSet<>(listed.keySet()).size(), listed.size());
        return listed;
    }

    private static byte[] metadata() throws IOException, URISyntaxException {
        Path location = Path.of(PreconditionConfiguration.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (Files.isDirectory(location)) {
            return Files.readAllBytes(location.resolve(METADATA));
        }
        try (ZipFile jar = new ZipFile(location.toFile())) {
            assertNotNull(jar.getEntry(METADATA), location + " has no " + METADATA);
            try (InputStream in = jar.getInputStream(jar.getEntry(METADATA))) {
                return in.readAllBytes();
            }
        }
    }

    private static String kebab(String name) {
        return name.chars()
                .mapToObj(c -> Character.isUpperCase(c) ? "-" + Character.toLowerCase((char) c) : String.valueOf((char) c))
                .collect(Collectors.joining())
                .substring(1);
    }

    private static String text(Object value) {
        return String.valueOf(value).toLowerCase(Locale.ROOT);
    }
}
