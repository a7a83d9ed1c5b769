package io.precondition.sample.reliability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

/**
 * A page's row read straight from the database (not through the app), to check that nothing is half-written:
 * every write sets title and body together and bumps the version by one.
 *
 * @param version the row's {@code @Version}
 * @param title the title
 * @param body the body
 */
public record StoredPage(long version, String title, String body) {

    /** Reads the row of {@code slug} from the database the datasource properties point at; null when absent. */
    public static StoredPage read(Map<String, Object> datasource, String slug) {
        String url = String.valueOf(datasource.get("datasources.default.url"));
        String user = String.valueOf(datasource.get("datasources.default.username"));
        String password = String.valueOf(datasource.getOrDefault("datasources.default.password", ""));
        try (Connection c = DriverManager.getConnection(url, user, password);
             PreparedStatement st = c.prepareStatement("SELECT version, title, body FROM page WHERE slug = ?")) {
            st.setString(1, slug);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? new StoredPage(rs.getLong(1), rs.getString(2), rs.getString(3)) : null;
            }
        } catch (SQLException e) {
            throw new AssertionError("could not read page " + slug + " from " + url + ": " + e, e);
        }
    }

    /** Title and body come from one write: {@code title == "counter " + body}. */
    public boolean whole() {
        return title.equals("counter " + body);
    }

    public long counter() {
        return Long.parseLong(body);
    }
}
