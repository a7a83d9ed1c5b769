package io.precondition.jmh;

import io.precondition.http.Conditionals;
import io.precondition.http.Decision;
import io.precondition.http.EntityTag;
import io.precondition.http.PreconditionEvaluator;
import io.precondition.http.Validators;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.List;
import java.util.UUID;

/**
 * The evaluator's decision for a single-tag If-None-Match (304) and If-Match (proceed), as the generated filter
 * makes it: {@code decide*} on the request's {@link Conditionals} (what one request evaluates, the field scanned from
 * its raw line each time), {@code wrapAndDecide*} including {@link Conditionals#of} from the header lines.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class EvaluatorBenchmark {

    private Validators current;
    private List<String> tagLine;
    private Conditionals ifNoneMatch;
    private Conditionals ifMatch;
    private Conditionals ifModifiedSince;

    @Setup
    public void setUp() {
        EntityTag tag = EntityTag.builder().add(UUID.fromString("0b6f2c5e-54a1-4a57-9a0e-9f8f6d3c1b2a")).add(17).strong();
        current = Validators.of(tag, Instant.ofEpochSecond(1_700_000_000L));
        tagLine = List.of(tag.toString());
        ifNoneMatch = Conditionals.of(List.of(), tagLine, List.of(), List.of());
        ifMatch = Conditionals.of(tagLine, List.of(), List.of(), List.of());
        ifModifiedSince = Conditionals.of(List.of(), List.of(), List.of("Tue, 14 Nov 2023 22:13:20 GMT"), List.of());
    }

    /** @return 304 */
    @Benchmark
    public Decision decideIfNoneMatch() {
        return PreconditionEvaluator.evaluate(true, ifNoneMatch, current);
    }

    /** @return proceed */
    @Benchmark
    public Decision decideIfMatchWrite() {
        return PreconditionEvaluator.evaluateWrite(ifMatch, current, true);
    }

    /** @return 304 (the parsed date is cached in the Conditionals after the first call) */
    @Benchmark
    public Decision decideIfModifiedSince() {
        return PreconditionEvaluator.evaluate(true, ifModifiedSince, current);
    }

    /** @return 304, including wrapping the header lines */
    @Benchmark
    public Decision wrapAndDecideIfNoneMatch() {
        return PreconditionEvaluator.evaluate(true, Conditionals.of(List.of(), tagLine, List.of(), List.of()), current);
    }
}
