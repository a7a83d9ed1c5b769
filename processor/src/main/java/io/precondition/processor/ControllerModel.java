package io.precondition.processor;

import com.palantir.javapoet.ClassName;

import java.util.List;

/**
 * One controller with annotated handlers: everything the writer needs for its bindings class.
 *
 * @param controller the controller class
 * @param bindings the generated bindings class
 * @param handlers the annotated handlers
 */
record ControllerModel(ClassName controller, ClassName bindings, List<HandlerModel> handlers) {
}
