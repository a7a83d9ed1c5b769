package io.precondition.micronaut.binding;

import io.micronaut.core.annotation.Internal;

import java.util.List;

/**
 * The annotated handlers of one controller, as the processor found them: one generated bean per controller implements
 * this, and the engine indexes its bindings by the routes Micronaut built for that controller.
 */
@Internal
public interface HandlerBindings {

    /** @return the controller class whose methods the bindings name */
    Class<?> controller();

    /** @return one binding per annotated handler */
    List<HandlerBinding> bindings();
}
