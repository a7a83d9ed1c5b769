package io.precondition.sample.it;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.precondition.annotation.ConditionalWrite;
import io.precondition.annotation.Versioned;
import io.precondition.micronaut.CheckedState;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * Writes whose database statements fail in each way SQLSTATE class 23 knows, plus an unannotated write that throws
 * {@code OptimisticLockException}, for {@link GuardedFailuresTest}.
 */
@Controller("/it/slots")
@Requires(property = "it.slots", value = "true")
@ExecuteOn(TaskExecutors.BLOCKING)
public class SlotController {

    private final SlotRepository slots;
    /** Runs between the checks and the handler's statement: a test's concurrent writer. */
    volatile Consumer<String> beforeWrite = id -> { };

    SlotController(SlotRepository slots) {
        this.slots = slots;
    }

    public Optional<SlotVersion> slotVersion(String id) {
        return slots.findById(id).map(slot -> new SlotVersion(slot.id(), slot.version()));
    }

    @Get("/{id}")
    @Versioned(lookup = "slotVersion")
    public Optional<Slot> get(String id) {
        return slots.findById(id);
    }

    /** Creates with If-None-Match: *, replaces with If-Match; the insert or the versioned update is the check. */
    @Put("/{id}")
    @ConditionalWrite(lookup = "slotVersion")
    public Slot put(String id, @Body SlotInput input, CheckedState<SlotVersion> state) {
        beforeWrite.accept(id);
        if (state.exists()) {
            return slots.update(new Slot(id, state.get().version(), input.owner(), input.size(), input.title()));
        }
        return slots.save(new Slot(id, null, input.owner(), input.size(), input.title()));
    }

    /** Unannotated: an update with a version the row does not have (OptimisticLockException). */
    @Put("/{id}/blind")
    public Slot blind(String id, @Body SlotInput input) {
        return slots.update(new Slot(id, -1L, input.owner(), input.size(), input.title()));
    }
}
