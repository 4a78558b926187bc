package org.clinic.courses.web;

import io.agroal.api.AgroalPoolInterceptor;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * On PostgreSQL, every statement is planned with its parameters' values. The driver prepares a
 * statement on the server once it has run five times, and PostgreSQL may then keep one generic plan
 * for all values; for the patient search ({@code like :prefix or like :infix}) a generic plan cannot
 * use the MRN and trigram name indexes and scans every patient (46 to 74 ms at 100,000 patients,
 * where the same query with its values takes under a millisecond; docs/performance.md).
 */
@ApplicationScoped
public class PostgresPlans implements AgroalPoolInterceptor {
    @Override
    public void onConnectionCreate(Connection connection) {
        try {
            if (!connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgresql")) {
                return;
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("set plan_cache_mode = force_custom_plan");
            }
            if (!connection.getAutoCommit()) {
                connection.commit(); // a SET in a transaction that is rolled back would be undone
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set the plan cache mode of a new PostgreSQL connection", e);
        }
    }
}
