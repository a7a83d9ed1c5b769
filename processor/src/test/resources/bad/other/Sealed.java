package other;

import io.micronaut.data.annotation.Version;

public class Sealed {
    @Version
    private long version;
}
