package io.precondition.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.precondition.processor.BodyDiscovery.FoundBody;
import io.precondition.processor.HandlerModel.LookupModel;
import io.precondition.processor.LookupDiscovery.LookupSite;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import java.util.List;

import static io.precondition.processor.TypeTests.nameOf;

/**
 * The rules of annotated handlers, one small method per rule or per group of rules that stop a handler together.
 * Each adds a {@link Problem} on the element at fault (the annotation, its attribute, the method) with the words of
 * {@link Messages}.
 */
final class HandlerRules {

    private final Elements elements;
    private final TypeTests types;

    HandlerRules(Elements elements, TypeTests types) {
        this.elements = elements;
        this.types = types;
    }

    /** {@code NotInController} for each handler outside a {@code @Controller}; {@code PrivateController}. */
    void checkController(TypeElement controller, List<HandlerSite> sites, List<Problem> problems) {
        if (!Routes.isController(controller)) {
            for (HandlerSite site : sites) {
                AnnotationMirror mirror = site.versioned() != null ? site.versioned() : site.write();
                problems.add(Problem.on(site.elementOf(mirror), mirror,
                        Messages.notInController(nameOf(site.method()), controller.getSimpleName().toString())));
            }
            return;
        }
        if (controller.getModifiers().contains(Modifier.PRIVATE)) {
            problems.add(Problem.on(controller, Messages.privateController(controller.getSimpleName().toString())));
        }
    }

    /**
     * A route, one annotation that fits its HTTP method, not private.
     *
     * @return whether the handler broke none of these rules
     */
    boolean checkHandler(HandlerSite site, List<Problem> problems) {
        ExecutableElement method = site.method();
        AnnotationMirror versioned = site.versioned();
        AnnotationMirror write = site.write();
        Routes.HttpMethod httpMethod = site.route();
        if (httpMethod == null) {
            AnnotationMirror mirror = versioned != null ? versioned : write;
            problems.add(Problem.on(site.elementOf(mirror), mirror, Messages.notAHandler(nameOf(method))));
            return false;
        }
        if (versioned != null && write != null) {
            problems.add(Problem.on(site.elementOf(write), write, Messages.bothAnnotations(nameOf(method))));
            return false;
        }
        int before = problems.size();
        if (versioned != null && !httpMethod.read()) {
            problems.add(Problem.on(site.elementOf(versioned), versioned,
                    Messages.versionedOnWrite(nameOf(method), httpMethod.name())));
        }
        if (write != null && httpMethod.read()) {
            problems.add(Problem.on(site.elementOf(write), write,
                    Messages.conditionalWriteOnRead(nameOf(method), httpMethod.name())));
        }
        if (method.getModifiers().contains(Modifier.PRIVATE)) {
            problems.add(Problem.on(method, Messages.privateHandler(nameOf(method))));
        }
        return problems.size() == before;
    }

    /**
     * {@code NoValidators} / {@code NoElementTag}: a read's body (other than text, bytes or a file) must carry
     * validators.
     *
     * @return whether the rule holds
     */
    boolean checkValidators(TypeElement controller, HandlerSite site, FoundBody body, List<Problem> problems) {
        if (site.write() != null || body.opaque() || !body.hasNoValidators()) {
            return true;
        }
        ExecutableElement method = site.method();
        problems.add(onVersioned(controller, site, (body.isCollection()
                ? Messages.noElementTag(nameOf(method), body.returned())
                : Messages.noValidators(nameOf(method), body.returned())) + body.hint()));
        return false;
    }

    /**
     * {@code LookupRequired}: a write names a lookup; {@code OpaqueBodyWithoutLookup}: so does a read of text, bytes
     * or a file. Call when the handler names none.
     */
    void checkWithoutLookup(TypeElement controller, HandlerSite site, FoundBody body, List<Problem> problems) {
        if (site.write() != null) {
            problems.add(Problem.on(site.elementOf(site.write()), site.write(),
                    Messages.lookupRequired(nameOf(site.method()))));
        } else if (body.opaque()) {
            problems.add(onVersioned(controller, site,
                    Messages.opaqueBodyWithoutLookup(nameOf(site.method()), body.returned())));
        }
    }

    /** {@code LookupMismatch}: the lookup's value and the body describe the same tag, part by part. */
    void checkLookupMatchesBody(ExecutableElement handler, LookupSite site, LookupModel lookup, FoundBody body,
                                List<Problem> problems) {
        ValidatorModel sent = body.sent();
        if (sent == null) {
            return;
        }
        String fromLookup = lookup.value().describe();
        String fromBody = body.isCollection() ? new ValidatorModel(sent.type(), sent.simpleName(), List.of(),
                new ValidatorModel.CollectionTag("value", sent), null).describe() : sent.describe();
        if (!fromLookup.equals(fromBody)) {
            problems.add(site.problem(Messages.lookupMismatch(lookup.methodName(), fromLookup,
                    nameOf(handler), fromBody)));
        }
    }

    /**
     * {@code UnguardedWrite}: a write that runs its lookup takes the checked state to guard its write with, unless
     * it says it guards the write itself.
     *
     * @return whether the rule holds
     */
    boolean checkGuarded(HandlerSite site, LookupModel lookup, List<Problem> problems) {
        AnnotationMirror write = site.write();
        if (write == null || !ModelBuilder.lookupOnIfMatch(elements, write)
                || types.takesCheckedState(site.method())
                || Boolean.TRUE.equals(AnnotationValues.of(elements, write, "guardsWriteItself"))) {
            return true;
        }
        TypeName valueType = lookup.value().type();
        problems.add(Problem.on(site.elementOf(write), write, Messages.unguardedWrite(nameOf(site.method()),
                valueType instanceof ClassName name ? name.simpleName() : valueType.toString())));
        return false;
    }

    /** A problem of a read on its {@code @Versioned}: the method's own, else its controller's. */
    private static Problem onVersioned(TypeElement controller, HandlerSite site, String message) {
        AnnotationMirror versioned = site.versioned();
        return Problem.on(versioned != null ? site.elementOf(versioned) : site.method(),
                versioned != null ? versioned : AnnotationValues.annotation(controller, HandlerScanner.VERSIONED),
                message);
    }
}
