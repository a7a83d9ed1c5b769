package io.precondition.micronaut.engine;

import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.PostponedRequestArgumentBinder;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import io.precondition.micronaut.CheckedState;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * Binds a {@link CheckedState} handler parameter to the state that the engine checked the request's
 * preconditions against. It binds after the filters ran; a handler without {@code @ConditionalWrite} gets an
 * unsatisfied argument (400), which shows the mistake at once.
 */
@Singleton
@SuppressWarnings("rawtypes")
class CheckedStateBinder implements TypedRequestArgumentBinder<CheckedState>,
        PostponedRequestArgumentBinder<CheckedState> {

    @Override
    public Argument<CheckedState> argumentType() {
        return Argument.of(CheckedState.class);
    }

    @Override
    public BindingResult<CheckedState> bind(ArgumentConversionContext<CheckedState> context, HttpRequest<?> source) {
        RequestState state = RequestState.of(source);
        CheckedState<?> checked = state == null ? null : state.checkedState();
        if (checked != null) {
            return () -> Optional.of(checked);
        }
        return BindingResult.unsatisfied();
    }
}
