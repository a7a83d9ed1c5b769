package io.precondition.http;

/**
 * The result of one precondition header, as RFC 9110 §13.2.2 uses it: the condition is true, false, or
 * there is none (the field is absent, or must be ignored, e.g. an invalid date).
 */
enum Condition {
    /** The field is absent or ignored. */
    NONE,
    /** The condition holds. */
    TRUE,
    /** The condition does not hold. */
    FALSE;

    static Condition of(boolean holds) {
        return holds ? TRUE : FALSE;
    }
}
