package io.precondition.security;

import java.util.List;
import java.util.Optional;

/**
 * The test app's user accounts, known to {@link AccountAuthenticationProvider} and sent by {@link DocumentClient}
 * as HTTP Basic credentials.
 *
 * @param name the user name
 * @param password the password
 * @param roles the roles granted on a successful login
 */
record Account(String name, String password, List<String> roles) {

    /** May read and write documents. */
    static final Account WRITER = new Account("writer", "writer-secret", List.of(Roles.READ, Roles.WRITE));

    /** May only read documents. */
    static final Account READER = new Account("reader", "reader-secret", List.of(Roles.READ));

    /** The writer's name with a wrong password: authentication fails. */
    static final Account WRONG_PASSWORD = new Account(WRITER.name(), "not-the-password", List.of());

    private static final List<Account> KNOWN = List.of(WRITER, READER);

    /** @return the known account with this name and password */
    static Optional<Account> find(String name, String password) {
        return KNOWN.stream().filter(a -> a.name().equals(name) && a.password().equals(password)).findFirst();
    }
}
