package io.precondition.micronaut.engine;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MutableHttpResponse;
import io.precondition.micronaut.binding.HandlerBinding;
import io.precondition.micronaut.binding.HandlerPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Warns, once per handler, when a read's 2xx carries a {@code Cache-Control} or {@code Vary} of the handler's own that
 * a 304 decided by its lookup would not: that 304 knows only the annotation, and must carry what the 200 would (RFC
 * 9110 §15.4.5). The warning quotes the {@code @Versioned(cacheControl, vary)} that makes them agree.
 */
final class CachingMismatch {

    private static final Logger LOG = LoggerFactory.getLogger(CachingMismatch.class);

    private final String defaultCacheControl;
    private final Set<String> warned = ConcurrentHashMap.newKeySet();

    CachingMismatch(String defaultCacheControl) {
        this.defaultCacheControl = defaultCacheControl;
    }

    /** Checks a read's 2xx before Precondition adds its own caching fields. */
    void check(HandlerBinding binding, MutableHttpResponse<?> response) {
        HandlerPolicy policy = binding.policy();
        if (binding.lookup() == null || warned.contains(policy.handler())) {
            return;
        }
        String cacheControl = response.getHeaders().get(HttpHeaders.CACHE_CONTROL);
        String vary = response.getHeaders().get(HttpHeaders.VARY);
        String declaredCacheControl = policy.cacheControl() != null ? policy.cacheControl() : defaultCacheControl;
        String declaredVary = String.join(", ", policy.vary());
        boolean cacheControlDiffers = cacheControl != null && !normalized(cacheControl).equals(normalized(declaredCacheControl));
        boolean varyDiffers = vary != null && !normalized(vary).equals(normalized(declaredVary));
        if ((cacheControlDiffers || varyDiffers) && warned.add(policy.handler())) {
            LOG.warn("{} sends {}on its 2xx, but a 304 decided by its lookup before it runs would carry {}: a cache"
                            + " that revalidates would then change what it stored (RFC 9110 §15.4.5). Declare them on the"
                            + " handler: @Versioned(..., cacheControl = \"{}\", vary = {})",
                    policy.handler(),
                    (cacheControl != null ? "Cache-Control: " + cacheControl + " " : "")
                            + (vary != null ? "Vary: " + vary + " " : ""),
                    "Cache-Control: " + (declaredCacheControl.isEmpty() ? "(none)" : declaredCacheControl)
                            + " and " + (declaredVary.isEmpty() ? "no Vary" : "Vary: " + declaredVary),
                    cacheControl != null ? cacheControl : declaredCacheControl,
                    quoted(vary != null ? vary : declaredVary));
        }
    }

    private static String quoted(String vary) {
        String names = Arrays.stream(vary.split(",")).map(String::trim).filter(name -> !name.isEmpty())
                .map(name -> "\"" + name + "\"").collect(Collectors.joining(", "));
        return names.contains(",") ? "{" + names + "}" : (names.isEmpty() ? "{}" : names);
    }

    private static Set<String> normalized(String list) {
        Set<String> items = new TreeSet<>();
        for (String item : list.split(",")) {
            if (!item.isBlank()) {
                items.add(item.trim().toLowerCase(Locale.ROOT));
            }
        }
        return items;
    }
}
