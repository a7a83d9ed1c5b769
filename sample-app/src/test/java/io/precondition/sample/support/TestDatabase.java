package io.precondition.sample.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A fresh, empty database for one test class (or one extra app instance).
 *
 * <p>The system property {@code precondition.test.database} selects the kind: {@code h2} (the default) gives
 * an in-memory H2 database of its own name; {@code postgres} creates {@code precondition_<random>} on the
 * local PostgreSQL ({@code jdbc:postgresql://127.0.0.1:5432/test}, user {@code postgres}, no password) and
 * drops it on {@link #close()}. PostgreSQL being unreachable fails the run; it is never skipped.
 */
public final class TestDatabase implements AutoCloseable {
    public static final String SELECTOR = "precondition.test.database";
    public static final String ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/test";
    public static final String ADMIN_USER = "postgres";

    private final String name;
    private final Map<String, Object> properties;
    private final boolean postgres;

    private TestDatabase(String name, Map<String, Object> properties, boolean postgres) {
        this.name = name;
        this.properties = properties;
        this.postgres = postgres;
    }

    /** True when this run is against PostgreSQL. */
    public static boolean isPostgres() {
        String kind = System.getProperty(SELECTOR, "h2").trim();
        if (kind.equals("postgres")) {
            return true;
        }
        if (kind.isEmpty() || kind.equals("h2")) {
            return false;
        }
        throw new IllegalStateException("-D" + SELECTOR + " must be h2 or postgres, not '" + kind + "'");
    }

    /** The Micronaut environments an app instance of this run uses (besides micronaut-test's "test"). */
    public static String[] environments() {
        return isPostgres() ? new String[] {"test", "postgres"} : new String[] {"test"};
    }

    public static TestDatabase createFresh() {
        String name = "precondition_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        Map<String, Object> props = new LinkedHashMap<>();
        if (!isPostgres()) {
            props.put("datasources.default.url", "jdbc:h2:mem:" + name
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE");
            props.put("datasources.default.username", "sa");
            props.put("datasources.default.password", "");
            props.put("datasources.default.driver-class-name", "org.h2.Driver");
            return new TestDatabase(name, props, false);
        }
        try (Connection admin = admin(); Statement st = admin.createStatement()) {
            try {
                // A natural-language collation that ignores punctuation (like glibc's en_US.UTF-8, a common
                // PostgreSQL default): "a0" < "a-b" < "ab" there, but "a-b" < "a0" < "ab" in code-point
                // order, which the API promises whatever the database's collation is.
                st.execute("CREATE DATABASE " + name + " TEMPLATE template0 ENCODING 'UTF8'"
                        + " LOCALE_PROVIDER icu ICU_LOCALE 'en-US-u-ka-shifted' LOCALE 'C.UTF-8'");
            } catch (SQLException noIcu) {
                System.err.println("[TestDatabase] ICU collation unavailable (" + noIcu.getMessage()
                        + "); creating " + name + " with the server's default collation");
                st.execute("CREATE DATABASE " + name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The PostgreSQL test run (-D" + SELECTOR + "=postgres, surefire execution"
                    + " 'postgres') needs PostgreSQL at " + ADMIN_URL + " as user " + ADMIN_USER
                    + " without password, and could not create a database there: " + e.getMessage()
                    + ". Start it with: pg_ctlcluster --skip-systemctl-redirect <version> main start", e);
        }
        props.put("datasources.default.url", "jdbc:postgresql://127.0.0.1:5432/" + name);
        props.put("datasources.default.username", ADMIN_USER);
        props.put("datasources.default.password", "");
        props.put("datasources.default.driver-class-name", "org.postgresql.Driver");
        return new TestDatabase(name, props, true);
    }

    private static Connection admin() throws SQLException {
        return DriverManager.getConnection(ADMIN_URL, ADMIN_USER, "");
    }

    public String name() {
        return name;
    }

    /** Datasource properties that point an app instance at this database. */
    public Map<String, Object> properties() {
        return properties;
    }

    /** The same properties as strings, for {@code TestPropertyProvider}. */
    public Map<String, String> stringProperties() {
        Map<String, String> out = new LinkedHashMap<>();
        properties.forEach((k, v) -> out.put(k, String.valueOf(v)));
        return out;
    }

    /**
     * Drops a PostgreSQL database (forcing off connections an app instance may still hold); an H2 in-memory
     * database disappears with the last connection of its pool.
     */
    @Override
    public void close() {
        if (!postgres) {
            return;
        }
        try (Connection admin = admin(); Statement st = admin.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop test database " + name + ": " + e.getMessage(), e);
        }
    }
}
