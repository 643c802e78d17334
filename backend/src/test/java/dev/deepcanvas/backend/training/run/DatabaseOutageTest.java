package dev.deepcanvas.backend.training.run;

import org.hibernate.TransactionException;
import org.junit.jupiter.api.Test;
import org.springframework.orm.jpa.JpaSystemException;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failures of a write mean the database is away (wait and write again) and which mean the write is wrong. */
class DatabaseOutageTest {

    @Test
    void aLostConnectionIsAnOutage() {
        assertThat(DatabaseOutage.isOutage(new SQLException("I/O error", "08006"))).isTrue();
        assertThat(DatabaseOutage.isOutage(new SQLException("terminating connection", "57P01"))).isTrue();
    }

    /** As seen when PostgreSQL stopped during an epoch's transaction: the rollback on the evicted connection failed. */
    @Test
    void aRollbackOnAConnectionThePoolClosedIsAnOutage() {
        RuntimeException failure = new JpaSystemException(new TransactionException(
                "Unable to rollback against JDBC Connection", new SQLException("Connection is closed")));

        assertThat(DatabaseOutage.isOutage(failure)).isTrue();
    }

    @Test
    void aWrongWriteIsNotAnOutage() {
        assertThat(DatabaseOutage.isOutage(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(DatabaseOutage.isOutage(new SQLException("Connection is closed", "23505"))).isFalse();
        assertThat(DatabaseOutage.isOutage(new IllegalStateException("no such run"))).isFalse();
    }
}
