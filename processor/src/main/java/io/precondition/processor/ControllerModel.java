package io.precondition.processor;

import com.palantir.javapoet.ClassName;

import java.util.List;

/**
 * One controller with annotated handlers: everything the writer needs for its filter class.
 *
 * @param controller the controller class
 * @param filter the generated filter class
 * @param patterns the filter's URL patterns, covering every annotated route of the controller
 * @param handlers the annotated handlers
 */
record ControllerModel(ClassName controller, ClassName filter, List<String> patterns, List<HandlerModel> handlers) {
}
