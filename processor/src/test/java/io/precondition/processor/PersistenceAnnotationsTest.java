package io.precondition.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

import javax.tools.JavaFileObject;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * JPA's {@code @Id} / {@code @Version} and Hibernate's {@code @UpdateTimestamp} are recognised as Micronaut Data's
 * {@code @Id} / {@code @Version} / {@code @DateUpdated} are: the same controller, written with either set, gets the
 * same generated filter. The real annotation jars are on the test class path; the processor matches them by name.
 */
class PersistenceAnnotationsTest {

    /** Micronaut Data's annotations: the reference behaviour. */
    private static final Annotations DATA = new Annotations("io.micronaut.data.annotation.Id",
            "io.micronaut.data.annotation.Version", "io.micronaut.data.annotation.DateUpdated");
    /** JPA's id and version, Hibernate's modification timestamp. */
    private static final Annotations JPA = new Annotations("jakarta.persistence.Id", "jakarta.persistence.Version",
            "org.hibernate.annotations.UpdateTimestamp");

    private record Annotations(String id, String version, String date) {
        String simpleDate() {
            return date.substring(date.lastIndexOf('.') + 1);
        }
    }

    /**
     * A JPA-style entity (private fields, getters), a lookup projection record, and a composite-tag record whose
     * {@code @Id} is an {@code @ETagSource}.
     */
    private static JavaFileObject noteController(Annotations a) {
        String source = String.join("\n",
                "package test.notes;",
                "",
                "import " + a.id() + ";",
                "import " + a.version() + ";",
                "import " + a.date() + ";",
                "import io.micronaut.http.annotation.Controller;",
                "import io.micronaut.http.annotation.Get;",
                "import io.micronaut.http.annotation.Put;",
                "import io.precondition.annotation.ConditionalWrite;",
                "import io.precondition.annotation.ETagSource;",
                "import io.precondition.annotation.Versioned;",
                "import io.precondition.micronaut.CheckedState;",
                "import java.time.Instant;",
                "import java.util.Optional;",
                "import java.util.UUID;",
                "",
                "@Controller(\"/notes\")",
                "public class NoteController {",
                "",
                "    public static class Note {",
                "        @Id",
                "        private Long id;",
                "        @Version",
                "        private Long version;",
                "        @" + a.simpleDate(),
                "        private Instant updatedAt;",
                "        private String text;",
                "",
                "        public Long getId() { return id; }",
                "        public Long getVersion() { return version; }",
                "        public Instant getUpdatedAt() { return updatedAt; }",
                "        public String getText() { return text; }",
                "    }",
                "",
                "    public record NoteVersion(@Id Long id, @Version long version, @" + a.simpleDate()
                        + " Instant updatedAt) {",
                "    }",
                "",
                "    public record Tagged(@Id @ETagSource UUID id, @Version @ETagSource long version) {",
                "    }",
                "",
                "    Optional<NoteVersion> noteVersion(long id) {",
                "        return Optional.empty();",
                "    }",
                "",
                "    @Get(\"/{id}\")",
                "    @Versioned(lookup = \"noteVersion\")",
                "    public Optional<Note> get(long id) {",
                "        return Optional.empty();",
                "    }",
                "",
                "    @Put(\"/{id}\")",
                "    @ConditionalWrite(lookup = \"noteVersion\")",
                "    public Note put(long id, CheckedState<NoteVersion> state) {",
                "        return null;",
                "    }",
                "",
                "    @Get(\"/tagged/{id}\")",
                "    @Versioned",
                "    public Tagged tagged(long id) {",
                "        return null;",
                "    }",
                "}",
                "");
        return JavaFileObjects.forSourceString("test.notes.NoteController", source);
    }

    private static Compilation compile(JavaFileObject... sources) {
        return javac().withProcessors(new PreconditionProcessor()).compile(sources);
    }

    private static String generatedFilter(Compilation compilation) {
        try {
            return compilation.generatedSourceFile("test.notes.NoteControllerPreconditions").orElseThrow()
                    .getCharContent(false).toString();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> preconditionErrors(Compilation compilation) {
        return compilation.errors().stream().map(d -> d.getMessage(null))
                .filter(m -> m.startsWith("[Precondition/")).collect(Collectors.toList());
    }

    @Test
    void jpaAndHibernateAnnotationsGiveTheSameFilterAsMicronautDatas(TestInfo test) {
        Compilation withData = compile(noteController(DATA));
        Compilation withJpa = compile(noteController(JPA));
        assertThat(withData).succeededWithoutWarnings();
        assertThat(withJpa).succeededWithoutWarnings();
        String jpaFilter = generatedFilter(withJpa);
        assertEquals(generatedFilter(withData), jpaFilter, "JPA's annotations must be read as Micronaut Data's");
        // The tag is the version read through the getter, the date the @UpdateTimestamp; the id only when it is
        // an @ETagSource (Tagged), as with Micronaut Data's @Id.
        assertTrue(jpaFilter.contains("value.getVersion()") && jpaFilter.contains("value.getUpdatedAt()"), jpaFilter);
        assertTrue(!jpaFilter.contains("value.getId()") && jpaFilter.contains("value.id()"), jpaFilter);
        Goldens.assertMatches(withJpa, test.getTestMethod().orElseThrow().getName(),
                "test.notes.NoteControllerPreconditions");
    }

    private static JavaFileObject entityController(String name, String imports, String members) {
        String source = String.join("\n",
                "package test;",
                "",
                imports,
                "import io.micronaut.http.annotation.Controller;",
                "import io.micronaut.http.annotation.Get;",
                "import io.precondition.annotation.Versioned;",
                "",
                "@Controller(\"/things\")",
                "public class " + name + " {",
                "    public static class Thing {",
                members,
                "    }",
                "",
                "    @Get(\"/{id}\")",
                "    @Versioned",
                "    public Thing get(long id) {",
                "        return null;",
                "    }",
                "}",
                "");
        return JavaFileObjects.forSourceString("test." + name, source);
    }

    @Test
    void aPropertyWithBothVersionsIsOneVersion() {
        Compilation compilation = compile(entityController("BothVersions",
                "import jakarta.persistence.Version;",
                "        @Version @io.micronaut.data.annotation.Version public Long version;"));
        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void jpaAndDataVersionsOnTwoPropertiesAreTwoVersions() {
        JavaFileObject source = entityController("TwoKindsOfVersion", "import jakarta.persistence.Version;",
                "        @io.micronaut.data.annotation.Version public Long version;\n"
                        + "        @Version public Long revision;");
        Compilation compilation = compile(source);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[Precondition/TwoProperties] Thing has two @Version properties,"
                + " version and revision; keep one").inFile(source).onLineContaining("@Version public Long revision");
        assertEquals(1, preconditionErrors(compilation).size(), () -> preconditionErrors(compilation).toString());
    }

    @Test
    void dateUpdatedAndUpdateTimestampOnTwoPropertiesAreTwoDates() {
        JavaFileObject source = entityController("TwoKindsOfDate",
                "import io.micronaut.data.annotation.DateUpdated;\n"
                        + "import org.hibernate.annotations.UpdateTimestamp;\nimport java.time.Instant;",
                "        @DateUpdated public Instant edited;\n        @UpdateTimestamp public Instant touched;");
        Compilation compilation = compile(source);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[Precondition/TwoProperties] Thing has two"
                        + " @DateUpdated/@UpdateTimestamp properties, edited and touched; keep one")
                .inFile(source).onLineContaining("@UpdateTimestamp public Instant touched");
        assertEquals(1, preconditionErrors(compilation).size(), () -> preconditionErrors(compilation).toString());
    }

    @Test
    void updateTimestampOnAStringIsAnUnsupportedDate() {
        JavaFileObject source = entityController("StringTimestamp", "import org.hibernate.annotations.UpdateTimestamp;",
                "        @UpdateTimestamp public String touched;");
        Compilation compilation = compile(source);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[Precondition/UnsupportedLastModifiedType]"
                        + " @LastModified/@DateUpdated/@UpdateTimestamp property touched has type java.lang.String")
                .inFile(source).onLineContaining("public String touched");
    }

    @Test
    void aJpaIdAloneIsNoTagAsWithMicronautData() {
        for (String id : List.of("jakarta.persistence.Id", "io.micronaut.data.annotation.Id")) {
            JavaFileObject source = entityController("OnlyId", "import " + id + ";", "        @Id public Long id;");
            Compilation compilation = compile(source);
            assertThat(compilation).failed();
            assertThat(compilation).hadErrorContaining("[Precondition/NoValidators]").inFile(source)
                    .onLineContaining("@Versioned");
            assertThat(compilation).hadErrorContaining("or a version: Micronaut Data's or JPA's @Version; a"
                    + " modification date: Micronaut Data's @DateUpdated or Hibernate's @UpdateTimestamp");
        }
    }
}
