package io.precondition.jmh;

import io.precondition.http.HttpDate;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.Optional;

/** The date parser on the three forms of RFC 9110 §5.6.7, and the formatter. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class HttpDateBenchmark {

    private final String imfFixdate = "Sun, 06 Nov 1994 08:49:37 GMT";
    private final String rfc850 = "Sunday, 06-Nov-94 08:49:37 GMT";
    private final String asctime = "Sun Nov  6 08:49:37 1994";
    private final Instant instant = Instant.ofEpochSecond(784111777L);

    /** @return the parsed IMF-fixdate */
    @Benchmark
    public Optional<Instant> parseImfFixdate() {
        return HttpDate.parse(imfFixdate);
    }

    /** @return the parsed obsolete RFC 850 date */
    @Benchmark
    public Optional<Instant> parseRfc850() {
        return HttpDate.parse(rfc850);
    }

    /** @return the parsed asctime date */
    @Benchmark
    public Optional<Instant> parseAsctime() {
        return HttpDate.parse(asctime);
    }

    /** @return the IMF-fixdate of an instant */
    @Benchmark
    public String format() {
        return HttpDate.format(instant);
    }
}
