package org.entente.deploy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Each PostgreSQL service's own database on an external server given as {@code PG_URL}, a JDBC URL
 * of a database the user may connect to (e.g. {@code jdbc:postgresql://db:5432/postgres}). The
 * service databases are created there when missing and the user may create databases.
 */
final class PostgresDatabases {

    private static final Pattern JDBC_URL = Pattern.compile("(jdbc:postgresql://[^/?]+)(/[^?]*)?(\\?.*)?");

    private final String serverUrl;
    private final String query;
    private final String user;
    private final String password;
    private final String maintenanceUrl;

    PostgresDatabases(String url, String user, String password) {
        Matcher m = JDBC_URL.matcher(url);
        if (!m.matches()) {
            throw new SuiteException("PG_URL=" + url + " is not a PostgreSQL JDBC URL such as "
                    + "jdbc:postgresql://db.example:5432/postgres");
        }
        this.serverUrl = m.group(1);
        this.query = m.group(3) == null ? "" : m.group(3);
        this.maintenanceUrl = url;
        this.user = user;
        this.password = password;
    }

    String urlOf(String database) {
        try (Connection c = DriverManager.getConnection(maintenanceUrl, user, password);
             PreparedStatement exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, database);
            try (ResultSet rs = exists.executeQuery()) {
                if (!rs.next()) {
                    try (Statement create = c.createStatement()) {
                        create.execute("CREATE DATABASE " + database);
                    }
                }
            }
        } catch (SQLException e) {
            throw new SuiteException("Cannot prepare database " + database + " on " + serverUrl + ": " + e.getMessage());
        }
        return serverUrl + "/" + database + query;
    }
}
