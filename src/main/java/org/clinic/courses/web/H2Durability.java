package org.clinic.courses.web;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * H2 acknowledges a commit before writing it unless WRITE_DELAY is 0, so a kill -9 right after a
 * saved dose could lose it. The setting is stored in the database file: set it on every start,
 * whatever JDBC URL an operator configured.
 */
@ApplicationScoped
public class H2Durability {
    private static final Logger LOG = Logger.getLogger(H2Durability.class);

    @Inject
    AgroalDataSource dataSource;

    void onStart(@Observes @Priority(1) StartupEvent event) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.getMetaData().getDatabaseProductName().toLowerCase().contains("h2")) {
                return;
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET WRITE_DELAY 0");
            }
            LOG.debug("H2 WRITE_DELAY set to 0: every commit is written before it is acknowledged");
        }
    }
}
