package io.precondition.processor;

import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import java.util.List;
import java.util.Optional;

import static io.precondition.processor.TypeTests.nameOf;

/**
 * Finds the validators of what a handler returns: its body unwrapped ({@link ReturnTypes}), then, for an entity, an
 * {@code Iterable} or a stream of entities, the entity's validators ({@link ValidatorDiscovery}). Text, bytes and files
 * are opaque: they have none of their own.
 */
final class BodyDiscovery {

    private final ReturnTypes returnTypes;
    private final ValidatorDiscovery validators;

    BodyDiscovery(ReturnTypes returnTypes, ValidatorDiscovery validators) {
        this.returnTypes = returnTypes;
        this.validators = validators;
    }

    /**
     * What a handler's body gives.
     *
     * @param returned the return type as messages name it
     * @param validators the validators of the body (of its elements for a collection or stream), possibly
     *     {@linkplain ValidatorModel#isEmpty() empty}, or {@code null} when none could be read
     * @param shape one value, a collection or a stream
     * @param opaque whether the body is text, bytes or a file
     * @param hint for a body without validators, what a Kotlin constructor property's annotation needs, else {@code ""}
     */
    record FoundBody(String returned, ValidatorModel validators, HandlerModel.BodyShape shape, boolean opaque,
                     String hint) {

        /** Whether the body (or each of its elements) has no validators to send. */
        boolean hasNoValidators() {
            return validators == null || validators.isEmpty();
        }

        /** @return the validators to send, or {@code null} for none */
        ValidatorModel sent() {
            return hasNoValidators() ? null : validators;
        }

        boolean isCollection() {
            return shape != HandlerModel.BodyShape.VALUE;
        }
    }

    /**
     * @param pkg the package of the generated code that reads the validators
     * @return the body, or empty when problems were added
     */
    Optional<FoundBody> discover(ExecutableElement method, boolean write, PackageElement pkg, List<Problem> problems) {
        int before = problems.size();
        String returned = ReturnTypes.returnedName(method);
        ReturnTypes.Body unwrapped = returnTypes.bodyOf(method, problems);
        if (unwrapped == null) {
            return Optional.empty();
        }
        TypeMirror body = unwrapped.type();
        if (body == null && !write) {
            problems.add(Problem.on(method, Messages.unknownBody(nameOf(method), returned)));
            return Optional.empty();
        }
        HandlerModel.BodyShape shape = unwrapped.shape();
        boolean opaque = body != null && shape == HandlerModel.BodyShape.VALUE && returnTypes.isOpaque(body);
        if (body == null || body.getKind() != TypeKind.DECLARED || opaque) {
            return Optional.of(new FoundBody(returned, null, shape, opaque, ""));
        }
        Optional<TypeMirror> element = shape == HandlerModel.BodyShape.STREAM
                ? Optional.of(body) : validators.elementTypeOf(body);
        if (shape == HandlerModel.BodyShape.VALUE && element.isPresent()) {
            shape = HandlerModel.BodyShape.COLLECTION;
        }
        TypeMirror validatorType = element.orElse(body);
        ValidatorModel model = validators.discover(validatorType, pkg, problems).orElse(null);
        if (model != null && shape != HandlerModel.BodyShape.VALUE && !model.hasTag()) {
            model = null;
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        String hint = model == null || model.isEmpty() ? validators.fieldTargetHint(validatorType) : "";
        return Optional.of(new FoundBody(returned, model, shape, false, hint));
    }
}
