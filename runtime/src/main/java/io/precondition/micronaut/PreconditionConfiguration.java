package io.precondition.micronaut;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.util.Toggleable;

/**
 * Settings under {@code precondition.*}.
 *
 * <pre>{@code
 * precondition:
 *   enabled: true            # the generated filters run
 *   cache-control: no-cache  # sent with versioned 200 and 304 responses that set none themselves; "" sends none
 * }</pre>
 */
@ConfigurationProperties(PreconditionConfiguration.PREFIX)
public class PreconditionConfiguration implements Toggleable {

    /** The configuration prefix. */
    public static final String PREFIX = "precondition";

    private boolean enabled = true;
    private String cacheControl = "no-cache";

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /**
     * @param enabled whether the generated filters run; default {@code true}
     */
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /**
     * @return the {@code Cache-Control} value for versioned GET responses; default {@code no-cache}, so that
     *     caches revalidate with the validators on every use (RFC 9111 §5.2.2.4)
     */
    public String getCacheControl() {
        return cacheControl;
    }

    /**
     * @param cacheControl the {@code Cache-Control} value for versioned GET responses; empty for none
     */
    public void setCacheControl(String cacheControl) {
        this.cacheControl = cacheControl == null ? "" : cacheControl;
    }
}
