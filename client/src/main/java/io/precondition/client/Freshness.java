package io.precondition.client;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import io.precondition.http.HttpDate;

/**
 * The freshness of a stored response, RFC 9111 §4.2: its lifetime from {@code max-age} or {@code Expires} (a private
 * cache ignores {@code s-maxage}; no heuristic lifetime is ever used, so a response without explicit freshness is
 * revalidated before each use), and its age at the time it was received (§4.2.3).
 *
 * @param lifetime how long the response is fresh after it was generated
 * @param initialAge its corrected initial age when it was received
 * @param responseTime when it was received
 */
record Freshness(Duration lifetime, Duration initialAge, Instant responseTime) {

    /** §5.1: delta-seconds; more than 9 digits is not taken as an age. */
    private static final Pattern AGE = Pattern.compile("[0-9]{1,9}");

    /**
     * @param headers the response's header section, lower-case names
     * @param requestTime when the request was sent
     * @param responseTime when the response was received
     * @return its freshness
     */
    static Freshness of(Map<String, List<String>> headers, Instant requestTime, Instant responseTime) {
        Optional<Instant> date = Answers.single(headers, "date").flatMap(HttpDate::parse);
        return new Freshness(lifetime(headers, date.orElse(responseTime)), initialAge(headers, date, requestTime,
                responseTime), responseTime);
    }

    /**
     * @param now the current time
     * @return whether the response may be used without revalidation (§4.2: lifetime &gt; current age)
     */
    boolean isFresh(Instant now) {
        return lifetime.compareTo(currentAge(now)) > 0;
    }

    /**
     * @param now the current time
     * @return the current age (§4.2.3: corrected initial age + resident time)
     */
    Duration currentAge(Instant now) {
        Duration resident = Duration.between(responseTime, now);
        return initialAge.plus(resident.isNegative() ? Duration.ZERO : resident);
    }

    private static Duration lifetime(Map<String, List<String>> headers, Instant date) {
        CacheControl cacheControl = CacheControl.parse(Answers.lines(headers, "cache-control"));
        if (cacheControl.noCache()) {
            return Duration.ZERO; // §5.2.2.4: every use must be revalidated
        }
        Optional<Long> maxAge = cacheControl.maxAge();
        if (maxAge.isPresent()) {
            return Duration.ofSeconds(maxAge.get());
        }
        if (!Answers.lines(headers, "expires").isEmpty()) {
            // §5.3: an invalid Expires (e.g. "0") means already expired
            return Answers.single(headers, "expires").flatMap(HttpDate::parse)
                    .map(expires -> Duration.between(date, expires))
                    .filter(d -> !d.isNegative()).orElse(Duration.ZERO);
        }
        return Duration.ZERO;
    }

    private static Duration initialAge(Map<String, List<String>> headers, Optional<Instant> date, Instant requestTime,
                                       Instant responseTime) {
        Duration apparentAge = date.map(d -> Duration.between(d, responseTime)).filter(d -> !d.isNegative())
                .orElse(Duration.ZERO);
        Duration ageValue = Answers.single(headers, "age").filter(a -> AGE.matcher(a).matches())
                .map(a -> Duration.ofSeconds(Long.parseLong(a))).orElse(Duration.ZERO);
        Duration correctedAgeValue = ageValue.plus(Duration.between(requestTime, responseTime));
        return apparentAge.compareTo(correctedAgeValue) > 0 ? apparentAge : correctedAgeValue;
    }
}
