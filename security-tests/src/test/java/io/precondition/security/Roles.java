package io.precondition.security;

/** The roles of the secured test app: readers may only read documents, writers may also change them. */
final class Roles {

    /** May GET documents. */
    static final String READ = "documents:read";

    /** May GET, PUT and DELETE documents. */
    static final String WRITE = "documents:write";

    private Roles() {
    }
}
