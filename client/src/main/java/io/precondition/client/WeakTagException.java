package io.precondition.client;

/**
 * Thrown before sending a write whose only precondition would be a weak entity tag: If-Match uses the strong
 * comparison (RFC 9110 §13.1.1), so a weak tag never matches and the write could only fail with 412. Apache httpd, for
 * one, gives a file changed within the last second a weak tag; read it again a second later for a strong one.
 */
public final class WeakTagException extends IllegalArgumentException {

    /** @param message which write and which tag */
    public WeakTagException(String message) {
        super(message);
    }
}
