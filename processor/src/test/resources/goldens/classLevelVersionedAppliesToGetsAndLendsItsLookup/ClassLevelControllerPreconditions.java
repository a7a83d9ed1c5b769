package test.docs;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.precondition.http.EntityTag;
import io.precondition.http.Validators;
import io.precondition.micronaut.CheckedState;
import io.precondition.micronaut.binding.HandlerBinding;
import io.precondition.micronaut.binding.HandlerBindings;
import io.precondition.micronaut.binding.HandlerPolicy;
import io.precondition.micronaut.binding.Lookup;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The conditional request handling (RFC 9110 §13) of {@link ClassLevelController}'s annotated handlers, as data
 * for Precondition's engine: one binding per handler.
 */
@Generated("io.precondition.processor.PreconditionProcessor")
@Singleton
@Requires(
        beans = ClassLevelController.class
)
public final class ClassLevelControllerPreconditions implements HandlerBindings {
    private final ClassLevelController controller;

    ClassLevelControllerPreconditions(ClassLevelController controller) {
        this.controller = controller;
    }

    @Override
    public Class<?> controller() {
        return ClassLevelController.class;
    }

    @Override
    public List<HandlerBinding> bindings() {
        Lookup revisionLookup = Lookup.blocking(route -> controller.revision(route.get("owner", String.class), route.get("name", String.class)));
        return List.of(
                HandlerBinding.of("read", HandlerPolicy.read("ClassLevelController.read"), String.class, String.class)
                    .withLookup(revisionLookup, ClassLevelControllerPreconditions::validatorsOfClassLevelControllerDoc)
                    .withBody(ClassLevelController.Doc.class, ClassLevelControllerPreconditions::validatorsOfClassLevelControllerDoc),
                HandlerBinding.of("raw", HandlerPolicy.read("ClassLevelController.raw"), String.class, String.class)
                    .withLookup(revisionLookup, ClassLevelControllerPreconditions::validatorsOfClassLevelControllerDoc)
                    .withBody(ClassLevelController.Doc.class, ClassLevelControllerPreconditions::validatorsOfClassLevelControllerDoc),
                HandlerBinding.of("save", HandlerPolicy.write("ClassLevelController.save", true, false), String.class, String.class, CheckedState.class)
                    .withLookup(revisionLookup, ClassLevelControllerPreconditions::validatorsOfClassLevelControllerDoc)
                    .withBody(ClassLevelController.Doc.class, ClassLevelControllerPreconditions::validatorsOfClassLevelControllerDoc));
    }

    private static Validators validatorsOfClassLevelControllerDoc(ClassLevelController.Doc value) {
        long lastModified = value.savedAt;
        return Validators.of(entityTagOfClassLevelControllerDoc(value), Instant.ofEpochMilli(lastModified));
    }

    @Nullable
    private static EntityTag entityTagOfClassLevelControllerDoc(ClassLevelController.Doc value) {
        String part0 = value.name;
        byte[] part1 = value.digest;
        if (part0 == null || part1 == null) {
            return null;
        }
        return EntityTag.builder().add(part0).add(part1).strong();
    }
}
